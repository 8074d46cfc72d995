-- Issue 24, chasing: the reminder last mailed before the due day (as its days before it), so that the daily scan sends
-- each at most once; the scan and the dashboard look for the requests still open by state and due day.
ALTER TABLE processor_request ADD COLUMN last_reminder_days INT NULL;
ALTER TABLE processor_request ADD COLUMN reminded_at DATETIME(6) NULL;

CREATE INDEX ix_processor_request_state ON processor_request (state, due_on);
