-- Issue 21: an index for every filter and sort the lists offer (REST and the pages' lazy tables), in the lists'
-- own order, so that a page reads its rows and stops instead of sorting the whole table. Filters that match
-- text anywhere ("contains") cannot use an index and have none. Plain CREATE INDEX: the same on MariaDB and H2.

-- processors: the table's sorts and exact filters (name, KvK number and status have theirs since V3)
CREATE INDEX ix_processor_country ON processor (country, id);
CREATE INDEX ix_processor_risk ON processor (risk_tier, id);

-- agreements: expiring within n days (approved, by end date); the table's sorts
CREATE INDEX ix_agreement_status_expires ON agreement (status, expires_on);
CREATE INDEX ix_agreement_effective ON agreement (effective_from, id);

-- engagements: newest start first, of all or of one processor; ended ones (deletion or return); the table's sorts
CREATE INDEX ix_engagement_starts ON engagement (starts_on, id);
CREATE INDEX ix_engagement_processor_starts ON engagement (processor_id, starts_on, id);
CREATE INDEX ix_engagement_ends ON engagement (ends_on, id);
CREATE INDEX ix_engagement_description ON engagement (description, id);
CREATE INDEX ix_engagement_owner ON engagement (business_owner, id);

-- evidence: by type, valid on a day, by issuer
CREATE INDEX ix_evidence_type ON evidence (type, withdrawn_at);
CREATE INDEX ix_evidence_issued ON evidence (issued_on, valid_until);
CREATE INDEX ix_evidence_issuer ON evidence (issuer, id);

-- alerts, newest first (V18), filtered by type, processor, severity or engagement
CREATE INDEX ix_alert_rule_opened ON alert (rule, opened_at, id);
CREATE INDEX ix_alert_processor_opened ON alert (processor_id, opened_at, id);
CREATE INDEX ix_alert_severity_opened ON alert (severity, opened_at, id);
CREATE INDEX ix_alert_engagement ON alert (engagement_id, opened_at);

-- the audit trail, newest first, by who or what was done
CREATE INDEX ix_audit_actor ON audit_entry (actor, occurred_at);
CREATE INDEX ix_audit_action ON audit_entry (action, occurred_at);

-- the notices still open to objection
CREATE INDEX ix_link_decision ON subprocessor_link (decision, objection_deadline);
