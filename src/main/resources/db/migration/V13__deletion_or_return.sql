-- Deletion or return at the end of the processing (Art. 28(3)(g)): for an engagement that ended, or an agreement that
-- was terminated or ran out, the controller's choice (delete or return) and the processor's confirmation. One row per
-- engagement or agreement, never both: what ended is the subject, as it is for the alert DELETION_NOT_CONFIRMED.
CREATE TABLE deletion_or_return (
    id BIGINT NOT NULL AUTO_INCREMENT,
    version BIGINT NOT NULL DEFAULT 0,
    processor_id BIGINT NOT NULL,
    engagement_id BIGINT NULL,
    agreement_id BIGINT NULL,
    choice VARCHAR(10) NULL,
    chosen_by VARCHAR(64) NULL,
    chosen_at DATETIME(6) NULL,
    confirmed_on DATE NULL,
    confirmed_by VARCHAR(64) NULL,
    note VARCHAR(2000) NULL,
    created_at DATETIME(6) NOT NULL,
    updated_at DATETIME(6) NOT NULL,
    PRIMARY KEY (id),
    CONSTRAINT uq_deletion_engagement UNIQUE (engagement_id),
    CONSTRAINT uq_deletion_agreement UNIQUE (agreement_id),
    CONSTRAINT ck_deletion_subject CHECK ((engagement_id IS NULL AND agreement_id IS NOT NULL)
        OR (engagement_id IS NOT NULL AND agreement_id IS NULL)),
    CONSTRAINT ck_deletion_choice_first CHECK (confirmed_on IS NULL OR choice IS NOT NULL),
    CONSTRAINT fk_deletion_processor FOREIGN KEY (processor_id) REFERENCES processor (id),
    CONSTRAINT fk_deletion_engagement FOREIGN KEY (engagement_id) REFERENCES engagement (id),
    CONSTRAINT fk_deletion_agreement FOREIGN KEY (agreement_id) REFERENCES agreement (id)
) ${table_options};

CREATE INDEX ix_deletion_processor ON deletion_or_return (processor_id);

-- The processor's certificate of deletion or receipt of return; every upload is kept, the newest is the current one.
CREATE TABLE deletion_document (
    id BIGINT NOT NULL AUTO_INCREMENT,
    deletion_id BIGINT NOT NULL,
    file_name VARCHAR(255) NOT NULL,
    size_bytes BIGINT NOT NULL,
    sha256 CHAR(64) NOT NULL,
    content LONGBLOB NOT NULL,
    uploaded_by VARCHAR(64) NOT NULL,
    uploaded_at DATETIME(6) NOT NULL,
    PRIMARY KEY (id),
    CONSTRAINT fk_deletion_document FOREIGN KEY (deletion_id) REFERENCES deletion_or_return (id)
) ${table_options};

CREATE INDEX ix_deletion_document ON deletion_document (deletion_id, uploaded_at);
