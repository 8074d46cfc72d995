-- Sub-processor links: processor P uses S (also a processor) for part of the processing. A link is authorised
-- specifically (legal approves it) or generally (P notified us; we may object until the deadline). A notice that
-- announces a replacement points at the link it replaces.
CREATE TABLE subprocessor_link (
    id BIGINT NOT NULL AUTO_INCREMENT,
    version BIGINT NOT NULL DEFAULT 0,
    processor_id BIGINT NOT NULL,
    subprocessor_id BIGINT NOT NULL,
    service VARCHAR(300) NOT NULL,
    starts_on DATE NOT NULL,
    ends_on DATE NULL,
    authorisation VARCHAR(10) NOT NULL,
    notice_received_on DATE NULL,
    objection_deadline DATE NULL,
    deadline_basis VARCHAR(300) NULL,
    replaces_link_id BIGINT NULL,
    decision VARCHAR(10) NULL,
    decided_by VARCHAR(100) NULL,
    decided_at DATETIME(6) NULL,
    decision_note VARCHAR(1000) NULL,
    flow_down BOOLEAN NOT NULL DEFAULT FALSE,
    flow_down_reference VARCHAR(200) NULL,
    registered_by VARCHAR(100) NOT NULL,
    created_at DATETIME(6) NOT NULL,
    updated_at DATETIME(6) NOT NULL,
    PRIMARY KEY (id),
    CONSTRAINT fk_link_processor FOREIGN KEY (processor_id) REFERENCES processor (id),
    CONSTRAINT fk_link_subprocessor FOREIGN KEY (subprocessor_id) REFERENCES processor (id),
    CONSTRAINT fk_link_replaces FOREIGN KEY (replaces_link_id) REFERENCES subprocessor_link (id)
) ${table_options};

CREATE INDEX ix_link_processor ON subprocessor_link (processor_id);
CREATE INDEX ix_link_subprocessor ON subprocessor_link (subprocessor_id);

CREATE TABLE subprocessor_link_purpose (
    link_id BIGINT NOT NULL,
    code VARCHAR(64) NOT NULL,
    PRIMARY KEY (link_id, code),
    CONSTRAINT fk_link_purpose FOREIGN KEY (link_id) REFERENCES subprocessor_link (id) ON DELETE CASCADE
) ${table_options};

CREATE TABLE subprocessor_link_data_category (
    link_id BIGINT NOT NULL,
    code VARCHAR(64) NOT NULL,
    PRIMARY KEY (link_id, code),
    CONSTRAINT fk_link_data_category FOREIGN KEY (link_id) REFERENCES subprocessor_link (id) ON DELETE CASCADE
) ${table_options};

CREATE TABLE subprocessor_link_country (
    link_id BIGINT NOT NULL,
    country CHAR(2) NOT NULL,
    PRIMARY KEY (link_id, country),
    CONSTRAINT fk_link_country FOREIGN KEY (link_id) REFERENCES subprocessor_link (id) ON DELETE CASCADE
) ${table_options};

CREATE TABLE subprocessor_link_safeguard (
    link_id BIGINT NOT NULL,
    country CHAR(2) NOT NULL,
    safeguard VARCHAR(40) NOT NULL,
    PRIMARY KEY (link_id, country),
    CONSTRAINT fk_link_safeguard FOREIGN KEY (link_id) REFERENCES subprocessor_link (id) ON DELETE CASCADE
) ${table_options};
