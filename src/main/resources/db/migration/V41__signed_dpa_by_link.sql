-- Issue 24: a processor sends its signed data processing agreement through the request link (kind SIGNED_DPA). The
-- PDF waits in request_document and the signing day here until procurement or legal accept it; then it becomes a
-- draft agreement version (agreement_id) that goes through the four-eyes review like any other.
ALTER TABLE processor_request ADD COLUMN dpa_signed_on DATE NULL;
ALTER TABLE processor_request ADD COLUMN agreement_id BIGINT NULL;
