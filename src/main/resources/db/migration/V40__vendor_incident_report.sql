-- Issue 26: a processor reports a breach itself through its request link (kind INCIDENT_REPORT). The facts stay on
-- the request until procurement or legal accept them; then the incident register records them as an incident
-- (incident_id), reported to us at submitted_at through the vendor portal.
ALTER TABLE processor_request ADD COLUMN incident_occurred_at DATETIME(6) NULL;
ALTER TABLE processor_request ADD COLUMN incident_processor_aware_at DATETIME(6) NULL;
ALTER TABLE processor_request ADD COLUMN incident_description VARCHAR(4000) NULL;
ALTER TABLE processor_request ADD COLUMN incident_systems VARCHAR(2000) NULL;
ALTER TABLE processor_request ADD COLUMN incident_subjects_estimate BIGINT NULL;
ALTER TABLE processor_request ADD COLUMN incident_records_estimate BIGINT NULL;
ALTER TABLE processor_request ADD COLUMN incident_measures VARCHAR(4000) NULL;
-- The sub-processor where it happened, one on file for the processor; null: at the processor itself.
ALTER TABLE processor_request ADD COLUMN incident_source_id BIGINT NULL;
ALTER TABLE processor_request ADD COLUMN incident_id BIGINT NULL;
