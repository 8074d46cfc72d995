-- Security evidence and confidentiality undertakings per processor: what supports our judgement that the processor
-- gives sufficient guarantees (Art. 28(1)). Removal is soft (withdrawn_*): what a judgement rested on at the time
-- stays visible to an auditor.
CREATE TABLE evidence (
    id BIGINT NOT NULL AUTO_INCREMENT,
    version BIGINT NOT NULL DEFAULT 0,
    processor_id BIGINT NOT NULL,
    type VARCHAR(40) NOT NULL,
    issuer VARCHAR(200) NOT NULL,
    scope VARCHAR(1000) NULL,
    issued_on DATE NOT NULL,
    valid_until DATE NULL,
    notes VARCHAR(2000) NULL,
    registered_by VARCHAR(100) NOT NULL,
    withdrawn_at DATETIME(6) NULL,
    withdrawn_by VARCHAR(100) NULL,
    withdrawn_reason VARCHAR(1000) NULL,
    created_at DATETIME(6) NOT NULL,
    updated_at DATETIME(6) NOT NULL,
    PRIMARY KEY (id),
    CONSTRAINT fk_evidence_processor FOREIGN KEY (processor_id) REFERENCES processor (id)
) ${table_options};

CREATE INDEX ix_evidence_processor ON evidence (processor_id, withdrawn_at);
CREATE INDEX ix_evidence_valid_until ON evidence (valid_until);

-- Every upload is kept, like agreement_document; the newest is the current one.
CREATE TABLE evidence_document (
    id BIGINT NOT NULL AUTO_INCREMENT,
    evidence_id BIGINT NOT NULL,
    file_name VARCHAR(255) NOT NULL,
    size_bytes BIGINT NOT NULL,
    sha256 CHAR(64) NOT NULL,
    content LONGBLOB NOT NULL,
    uploaded_by VARCHAR(64) NOT NULL,
    uploaded_at DATETIME(6) NOT NULL,
    PRIMARY KEY (id),
    CONSTRAINT fk_evidence_document FOREIGN KEY (evidence_id) REFERENCES evidence (id)
) ${table_options};

CREATE INDEX ix_evidence_document ON evidence_document (evidence_id, uploaded_at);
