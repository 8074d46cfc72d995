-- Issue 24: the vendor's answer to a request for a deletion confirmation (Art. 28(3)(g)) or a confirmation of its
-- sub-processor list (Art. 28(2) and (4)). Kept on the request until procurement or legal accept it: then the
-- deletion feature records the confirmation and the chain the notices, as if our own people had typed them.
ALTER TABLE processor_request ADD COLUMN deleted_on DATE NULL;
ALTER TABLE processor_request ADD COLUMN deletion_method VARCHAR(10) NULL;
ALTER TABLE processor_request ADD COLUMN deletion_remark VARCHAR(1000) NULL;
-- The chain keeps links, not confirmations of a whole list: the day an unchanged list was confirmed lives here.
ALTER TABLE processor_request ADD COLUMN list_confirmed_on DATE NULL;

-- A sub-processor the vendor added (name, country, service) or a link on file it no longer uses; link_id is that
-- link, or for an addition the link it became once accepted. No foreign key to the link: a link registered in error
-- may be removed from the chain, and the vendor's answer stays as it was sent.
CREATE TABLE request_subprocessor_change (
    request_id BIGINT NOT NULL,
    list_index INT NOT NULL,
    change_kind VARCHAR(20) NOT NULL,
    name VARCHAR(200) NULL,
    country VARCHAR(2) NULL,
    service VARCHAR(300) NULL,
    link_id BIGINT NULL,
    PRIMARY KEY (request_id, list_index),
    CONSTRAINT fk_request_subprocessor_change FOREIGN KEY (request_id) REFERENCES processor_request (id)
) ${table_options};
