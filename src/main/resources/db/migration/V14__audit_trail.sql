-- The audit trail: every create, update, delete and state transition of every record, appended in the transaction
-- that made the change and never changed afterwards. No page or endpoint writes here; in production the
-- application's database user gets INSERT and SELECT on this table only (README, docs/security.md).
-- changes holds JSON, field -> [before, after]; secrets (password hashes, document bytes) appear as "(changed)".
-- entity_id is text: most records have a number, a transfer country its ISO code.
CREATE TABLE audit_entry (
    id BIGINT NOT NULL AUTO_INCREMENT,
    occurred_at DATETIME(6) NOT NULL,
    actor VARCHAR(100) NOT NULL,
    entity_type VARCHAR(60) NOT NULL,
    entity_id VARCHAR(64) NOT NULL,
    action VARCHAR(20) NOT NULL,
    changes MEDIUMTEXT NOT NULL,
    reason VARCHAR(2000) NULL,
    PRIMARY KEY (id)
) ${table_options};

-- a record's history, oldest first; the search by period, newest first
CREATE INDEX ix_audit_entity ON audit_entry (entity_type, entity_id, occurred_at);
CREATE INDEX ix_audit_at ON audit_entry (occurred_at);
