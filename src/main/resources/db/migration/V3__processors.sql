-- The processor registry. KvK numbers are unique where present; several processors may have none.
CREATE TABLE processor (
    id BIGINT NOT NULL AUTO_INCREMENT,
    version BIGINT NOT NULL DEFAULT 0,
    name VARCHAR(200) NOT NULL,
    kvk_number VARCHAR(8) NULL,
    vat_number VARCHAR(20) NULL,
    country CHAR(2) NOT NULL,
    address VARCHAR(500) NULL,
    website VARCHAR(300) NULL,
    risk_tier VARCHAR(10) NOT NULL,
    status VARCHAR(12) NOT NULL,
    offboarded_on DATE NULL,
    offboarding_reason VARCHAR(1000) NULL,
    created_at DATETIME(6) NOT NULL,
    updated_at DATETIME(6) NOT NULL,
    PRIMARY KEY (id),
    CONSTRAINT uq_processor_kvk UNIQUE (kvk_number)
) ${table_options};

CREATE INDEX ix_processor_name ON processor (name);
CREATE INDEX ix_processor_status ON processor (status);

CREATE TABLE processor_service (
    processor_id BIGINT NOT NULL,
    list_index INT NOT NULL,
    service VARCHAR(200) NOT NULL,
    PRIMARY KEY (processor_id, list_index),
    CONSTRAINT fk_processor_service_processor FOREIGN KEY (processor_id) REFERENCES processor (id) ON DELETE CASCADE
) ${table_options};

CREATE TABLE processor_contact (
    processor_id BIGINT NOT NULL,
    list_index INT NOT NULL,
    name VARCHAR(200) NOT NULL,
    email VARCHAR(254) NULL,
    phone VARCHAR(40) NULL,
    contact_role VARCHAR(100) NULL,
    PRIMARY KEY (processor_id, list_index),
    CONSTRAINT fk_processor_contact_processor FOREIGN KEY (processor_id) REFERENCES processor (id) ON DELETE CASCADE
) ${table_options};
