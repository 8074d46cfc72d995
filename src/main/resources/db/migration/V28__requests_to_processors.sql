-- Issue 24: what we ask a processor (evidence, a questionnaire, its sub-processor list, a deletion confirmation,
-- a signed DPA), addressed to one of its contacts, answered through a personal link. The link's secret is never
-- stored: only its SHA-256 (a 256-bit random secret makes a fast hash enough, and the lookup one indexed read).
-- The contact's name and address are copied: the request says whom it was sent to, even after the processor's
-- contacts change.
CREATE TABLE processor_request (
    id BIGINT NOT NULL AUTO_INCREMENT,
    version BIGINT NOT NULL DEFAULT 0,
    processor_id BIGINT NOT NULL,
    kind VARCHAR(30) NOT NULL,
    state VARCHAR(20) NOT NULL,
    contact_name VARCHAR(200) NOT NULL,
    contact_email VARCHAR(254) NOT NULL,
    language VARCHAR(2) NOT NULL,
    due_on DATE NOT NULL,
    link_valid_until DATE NOT NULL,
    message VARCHAR(2000) NULL,
    token_hash CHAR(64) NOT NULL,
    alert_id BIGINT NULL,
    requested_by VARCHAR(100) NOT NULL,
    opened_at DATETIME(6) NULL,
    submitted_at DATETIME(6) NULL,
    decided_at DATETIME(6) NULL,
    decided_by VARCHAR(100) NULL,
    revoked_at DATETIME(6) NULL,
    revoked_by VARCHAR(100) NULL,
    created_at DATETIME(6) NOT NULL,
    updated_at DATETIME(6) NOT NULL,
    PRIMARY KEY (id),
    CONSTRAINT uq_processor_request_token UNIQUE (token_hash),
    CONSTRAINT fk_processor_request_processor FOREIGN KEY (processor_id) REFERENCES processor (id)
) ${table_options};

CREATE INDEX ix_processor_request_processor ON processor_request (processor_id, created_at);
