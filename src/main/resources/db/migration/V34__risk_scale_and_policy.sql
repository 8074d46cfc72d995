-- Issue 25, the rest. An engagement's stated number of data subjects (optional: not every engagement knows it),
-- which the risk policy scores in bands (docs/decisions.md, "Scale and the policy admin edits").
ALTER TABLE engagement ADD COLUMN data_subject_count BIGINT NULL;

-- A policy version is now also saved by admin: who saved it and why, as the audit trail shows them too.
ALTER TABLE risk_policy ADD COLUMN created_by VARCHAR(100) NULL;
ALTER TABLE risk_policy ADD COLUMN reason VARCHAR(1000) NULL;
