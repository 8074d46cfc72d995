-- Engagements: what a processor is actually used for. Catalogue codes are stored as codes.
CREATE TABLE engagement (
    id BIGINT NOT NULL AUTO_INCREMENT,
    version BIGINT NOT NULL DEFAULT 0,
    processor_id BIGINT NOT NULL,
    description VARCHAR(200) NOT NULL,
    business_owner VARCHAR(100) NOT NULL,
    starts_on DATE NOT NULL,
    ends_on DATE NULL,
    created_at DATETIME(6) NOT NULL,
    updated_at DATETIME(6) NOT NULL,
    PRIMARY KEY (id),
    CONSTRAINT fk_engagement_processor FOREIGN KEY (processor_id) REFERENCES processor (id)
) ${table_options};

CREATE INDEX ix_engagement_processor ON engagement (processor_id);

CREATE TABLE engagement_purpose (
    engagement_id BIGINT NOT NULL,
    code VARCHAR(64) NOT NULL,
    PRIMARY KEY (engagement_id, code),
    CONSTRAINT fk_engagement_purpose FOREIGN KEY (engagement_id) REFERENCES engagement (id) ON DELETE CASCADE
) ${table_options};

CREATE TABLE engagement_data_category (
    engagement_id BIGINT NOT NULL,
    code VARCHAR(64) NOT NULL,
    PRIMARY KEY (engagement_id, code),
    CONSTRAINT fk_engagement_data_category FOREIGN KEY (engagement_id) REFERENCES engagement (id) ON DELETE CASCADE
) ${table_options};

CREATE TABLE engagement_data_subject (
    engagement_id BIGINT NOT NULL,
    code VARCHAR(64) NOT NULL,
    PRIMARY KEY (engagement_id, code),
    CONSTRAINT fk_engagement_data_subject FOREIGN KEY (engagement_id) REFERENCES engagement (id) ON DELETE CASCADE
) ${table_options};

CREATE TABLE engagement_country (
    engagement_id BIGINT NOT NULL,
    country CHAR(2) NOT NULL,
    PRIMARY KEY (engagement_id, country),
    CONSTRAINT fk_engagement_country FOREIGN KEY (engagement_id) REFERENCES engagement (id) ON DELETE CASCADE
) ${table_options};

-- Alerts: one open alert per (rule, subject), enforced by open_key, which is empty once resolved
-- (both databases allow many NULLs under a unique constraint).
CREATE TABLE alert (
    id BIGINT NOT NULL AUTO_INCREMENT,
    version BIGINT NOT NULL DEFAULT 0,
    rule VARCHAR(40) NOT NULL,
    subject VARCHAR(100) NOT NULL,
    subject_label VARCHAR(300) NULL,
    open_key VARCHAR(150) NULL,
    severity VARCHAR(10) NOT NULL,
    status VARCHAR(15) NOT NULL,
    processor_id BIGINT NOT NULL,
    engagement_id BIGINT NULL,
    missing VARCHAR(2000) NULL,
    looked_at VARCHAR(2000) NULL,
    opened_at DATETIME(6) NOT NULL,
    times_opened INT NOT NULL DEFAULT 1,
    acknowledged_by VARCHAR(64) NULL,
    acknowledged_at DATETIME(6) NULL,
    acknowledgement_note VARCHAR(1000) NULL,
    resolved_at DATETIME(6) NULL,
    resolution VARCHAR(300) NULL,
    PRIMARY KEY (id),
    CONSTRAINT uq_alert_open UNIQUE (open_key)
) ${table_options};

CREATE INDEX ix_alert_subject ON alert (subject, rule);
CREATE INDEX ix_alert_status ON alert (status, severity);
CREATE INDEX ix_alert_processor ON alert (processor_id, status);
