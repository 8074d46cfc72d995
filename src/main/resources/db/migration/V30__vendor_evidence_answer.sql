-- Issue 24, the vendor's answer to an EVIDENCE request: the certificate's facts as the contact typed them, kept on
-- the request (not in evidence) until procurement or legal accept it, so that nothing from outside is on file
-- unreviewed. Accepting registers it as evidence like any other (evidence_id); returning says why (review_remark).
ALTER TABLE processor_request ADD COLUMN evidence_type VARCHAR(40) NULL;
ALTER TABLE processor_request ADD COLUMN evidence_issuer VARCHAR(200) NULL;
ALTER TABLE processor_request ADD COLUMN evidence_issued_on DATE NULL;
ALTER TABLE processor_request ADD COLUMN evidence_valid_until DATE NULL;
ALTER TABLE processor_request ADD COLUMN evidence_id BIGINT NULL;
ALTER TABLE processor_request ADD COLUMN review_remark VARCHAR(1000) NULL;

-- The vendor's uploads, every one kept like evidence_document; the newest is the one the answer sends. The
-- uploader is the contact by link, longer than an account name.
CREATE TABLE request_document (
    id BIGINT NOT NULL AUTO_INCREMENT,
    request_id BIGINT NOT NULL,
    file_name VARCHAR(255) NOT NULL,
    size_bytes BIGINT NOT NULL,
    sha256 CHAR(64) NOT NULL,
    content LONGBLOB NOT NULL,
    uploaded_by VARCHAR(500) NOT NULL,
    uploaded_at DATETIME(6) NOT NULL,
    PRIMARY KEY (id),
    CONSTRAINT fk_request_document FOREIGN KEY (request_id) REFERENCES processor_request (id)
) ${table_options};

CREATE INDEX ix_request_document ON request_document (request_id, uploaded_at);
