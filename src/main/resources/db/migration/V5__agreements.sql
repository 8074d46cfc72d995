-- Data processing agreements, one row per version (revision); an amendment points at the version it amends.
-- Catalogue codes are stored as codes, the way the API and the coverage engine refer to them.
CREATE TABLE agreement (
    id BIGINT NOT NULL AUTO_INCREMENT,
    version BIGINT NOT NULL DEFAULT 0,
    processor_id BIGINT NOT NULL,
    reference VARCHAR(100) NOT NULL,
    revision INT NOT NULL,
    supersedes_id BIGINT NULL,
    status VARCHAR(20) NOT NULL,
    signed_on DATE NULL,
    effective_from DATE NULL,
    expires_on DATE NULL,
    tacit_renewal BOOLEAN NOT NULL DEFAULT FALSE,
    renewal_term_months INT NULL,
    notice_period_days INT NULL,
    special_categories BOOLEAN NOT NULL DEFAULT FALSE,
    sub_processing VARCHAR(20) NOT NULL,
    sub_processing_notice_days INT NULL,
    objection_period_days INT NULL,
    breach_notification_hours INT NULL,
    standard VARCHAR(30) NULL,
    governing_law CHAR(2) NULL,
    submitted_by VARCHAR(64) NULL,
    submitted_at DATETIME(6) NULL,
    decided_by VARCHAR(64) NULL,
    decided_at DATETIME(6) NULL,
    decision_reason VARCHAR(1000) NULL,
    terminated_on DATE NULL,
    superseded_on DATE NULL,
    created_at DATETIME(6) NOT NULL,
    updated_at DATETIME(6) NOT NULL,
    PRIMARY KEY (id),
    CONSTRAINT uq_agreement_revision UNIQUE (reference, revision),
    CONSTRAINT fk_agreement_processor FOREIGN KEY (processor_id) REFERENCES processor (id),
    CONSTRAINT fk_agreement_supersedes FOREIGN KEY (supersedes_id) REFERENCES agreement (id)
) ${table_options};

CREATE INDEX ix_agreement_status ON agreement (status);
CREATE INDEX ix_agreement_processor ON agreement (processor_id, status);
CREATE INDEX ix_agreement_expires ON agreement (expires_on);

CREATE TABLE agreement_purpose (
    agreement_id BIGINT NOT NULL,
    code VARCHAR(64) NOT NULL,
    PRIMARY KEY (agreement_id, code),
    CONSTRAINT fk_agreement_purpose FOREIGN KEY (agreement_id) REFERENCES agreement (id) ON DELETE CASCADE
) ${table_options};

CREATE TABLE agreement_data_category (
    agreement_id BIGINT NOT NULL,
    code VARCHAR(64) NOT NULL,
    PRIMARY KEY (agreement_id, code),
    CONSTRAINT fk_agreement_data_category FOREIGN KEY (agreement_id) REFERENCES agreement (id) ON DELETE CASCADE
) ${table_options};

CREATE TABLE agreement_data_subject (
    agreement_id BIGINT NOT NULL,
    code VARCHAR(64) NOT NULL,
    PRIMARY KEY (agreement_id, code),
    CONSTRAINT fk_agreement_data_subject FOREIGN KEY (agreement_id) REFERENCES agreement (id) ON DELETE CASCADE
) ${table_options};

CREATE TABLE agreement_country (
    agreement_id BIGINT NOT NULL,
    country CHAR(2) NOT NULL,
    PRIMARY KEY (agreement_id, country),
    CONSTRAINT fk_agreement_country FOREIGN KEY (agreement_id) REFERENCES agreement (id) ON DELETE CASCADE
) ${table_options};

CREATE TABLE agreement_safeguard (
    agreement_id BIGINT NOT NULL,
    country CHAR(2) NOT NULL,
    safeguard VARCHAR(40) NOT NULL,
    PRIMARY KEY (agreement_id, country),
    CONSTRAINT fk_agreement_safeguard FOREIGN KEY (agreement_id) REFERENCES agreement (id) ON DELETE CASCADE
) ${table_options};

CREATE TABLE agreement_clause (
    agreement_id BIGINT NOT NULL,
    clause VARCHAR(30) NOT NULL,
    present BOOLEAN NOT NULL DEFAULT FALSE,
    clause_reference VARCHAR(100) NULL,
    note VARCHAR(1000) NULL,
    waiver_reason VARCHAR(1000) NULL,
    PRIMARY KEY (agreement_id, clause),
    CONSTRAINT fk_agreement_clause FOREIGN KEY (agreement_id) REFERENCES agreement (id) ON DELETE CASCADE
) ${table_options};

CREATE TABLE agreement_event (
    id BIGINT NOT NULL AUTO_INCREMENT,
    agreement_id BIGINT NOT NULL,
    action VARCHAR(30) NOT NULL,
    actor VARCHAR(64) NOT NULL,
    occurred_at DATETIME(6) NOT NULL,
    reason VARCHAR(1000) NULL,
    PRIMARY KEY (id),
    CONSTRAINT fk_agreement_event FOREIGN KEY (agreement_id) REFERENCES agreement (id)
) ${table_options};

CREATE INDEX ix_agreement_event ON agreement_event (agreement_id, occurred_at);

CREATE TABLE agreement_document (
    id BIGINT NOT NULL AUTO_INCREMENT,
    agreement_id BIGINT NOT NULL,
    file_name VARCHAR(255) NOT NULL,
    size_bytes BIGINT NOT NULL,
    sha256 CHAR(64) NOT NULL,
    content LONGBLOB NOT NULL,
    uploaded_by VARCHAR(64) NOT NULL,
    uploaded_at DATETIME(6) NOT NULL,
    PRIMARY KEY (id),
    CONSTRAINT fk_agreement_document FOREIGN KEY (agreement_id) REFERENCES agreement (id)
) ${table_options};

CREATE INDEX ix_agreement_document ON agreement_document (agreement_id, uploaded_at);
