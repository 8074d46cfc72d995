-- Reviews of a processor's guarantees (Art. 28(1)): who, when, the outcome and when to look again.
CREATE TABLE processor_review (
    id BIGINT NOT NULL AUTO_INCREMENT,
    processor_id BIGINT NOT NULL,
    reviewed_on DATE NOT NULL,
    reviewed_by VARCHAR(100) NOT NULL,
    outcome VARCHAR(30) NOT NULL,
    notes VARCHAR(2000) NULL,
    next_review_on DATE NOT NULL,
    created_at DATETIME(6) NOT NULL,
    PRIMARY KEY (id),
    CONSTRAINT fk_review_processor FOREIGN KEY (processor_id) REFERENCES processor (id)
) ${table_options};

CREATE INDEX ix_review_processor ON processor_review (processor_id, reviewed_on);

-- Who receives alert mail, in which language, and how: each new alert at once, a daily digest, or none.
ALTER TABLE account ADD COLUMN email VARCHAR(254) NULL;
ALTER TABLE account ADD COLUMN language VARCHAR(5) NOT NULL DEFAULT 'en';
ALTER TABLE account ADD COLUMN alert_mail VARCHAR(10) NOT NULL DEFAULT 'IMMEDIATE';
ALTER TABLE account ADD COLUMN last_digest_at DATETIME(6) NULL;

-- When an alert last asked for attention: opened, reopened, or escalated to a higher severity.
ALTER TABLE alert ADD COLUMN raised_at DATETIME(6) NULL;
UPDATE alert SET raised_at = opened_at;

-- Mail waits here, written in the transaction that raised the alert, until it is sent: nothing is lost when
-- the mail server is away, and no request waits for it.
CREATE TABLE mail_outbox (
    id BIGINT NOT NULL AUTO_INCREMENT,
    version BIGINT NOT NULL DEFAULT 0,
    recipient VARCHAR(254) NOT NULL,
    subject VARCHAR(300) NOT NULL,
    body TEXT NOT NULL,
    status VARCHAR(10) NOT NULL,
    attempts INT NOT NULL DEFAULT 0,
    next_attempt_at DATETIME(6) NOT NULL,
    last_error VARCHAR(1000) NULL,
    created_at DATETIME(6) NOT NULL,
    sent_at DATETIME(6) NULL,
    PRIMARY KEY (id)
) ${table_options};

CREATE INDEX ix_outbox_due ON mail_outbox (status, next_attempt_at);

-- Daily jobs run once per day across all nodes: the first node to insert the day's row does the work.
CREATE TABLE job_run (
    job VARCHAR(40) NOT NULL,
    run_on DATE NOT NULL,
    node VARCHAR(100) NOT NULL,
    started_at DATETIME(6) NOT NULL,
    finished_at DATETIME(6) NULL,
    outcome VARCHAR(300) NULL,
    PRIMARY KEY (job, run_on)
) ${table_options};
