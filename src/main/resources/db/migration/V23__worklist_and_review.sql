-- Alerts as a worklist: a person an alert is assigned to and the day it is due, and who assigned it.
ALTER TABLE alert ADD COLUMN assignee VARCHAR(64) NULL;
ALTER TABLE alert ADD COLUMN due_on DATE NULL;
ALTER TABLE alert ADD COLUMN assigned_by VARCHAR(64) NULL;
CREATE INDEX ix_alert_assignee ON alert (assignee, status);

-- The review workflow: legal's remark on one clause when sending an agreement back, shown to the submitter.
ALTER TABLE agreement_clause ADD COLUMN review_remark VARCHAR(1000) NULL;
