-- Personal data breaches reported by a processor (Art. 33(2)), for itself or for one of its sub-processors. The
-- moments are instants (DATETIME(6) in UTC, as every instant here); the processor's notice window is fixed at
-- registration from the agreement in force on the day the processor became aware, so that a later amendment does
-- not change whether the notice was late. Nothing is deleted: no ON DELETE anywhere, and the application has no
-- delete.
CREATE TABLE incident (
    id BIGINT NOT NULL AUTO_INCREMENT,
    version BIGINT NOT NULL DEFAULT 0,
    processor_id BIGINT NOT NULL,
    source_processor_id BIGINT NOT NULL,
    occurred_at DATETIME(6) NULL,
    processor_aware_at DATETIME(6) NOT NULL,
    reported_at DATETIME(6) NOT NULL,
    reported_via VARCHAR(16) NOT NULL,
    aware_at DATETIME(6) NOT NULL,
    description VARCHAR(4000) NOT NULL,
    systems VARCHAR(2000) NULL,
    subjects_estimate BIGINT NULL,
    records_estimate BIGINT NULL,
    measures VARCHAR(4000) NULL,
    notice_window_hours INT NULL,
    notice_agreement_id BIGINT NULL,
    registered_by VARCHAR(64) NOT NULL,
    narrowed BOOLEAN NOT NULL DEFAULT FALSE,
    decided_at DATETIME(6) NULL,
    decided_by VARCHAR(64) NULL,
    notify_authority BOOLEAN NULL,
    authority_reason VARCHAR(2000) NULL,
    notified_on DATE NULL,
    notification_reference VARCHAR(100) NULL,
    subjects_informed BOOLEAN NULL,
    subjects_reason VARCHAR(2000) NULL,
    created_at DATETIME(6) NOT NULL,
    updated_at DATETIME(6) NOT NULL,
    PRIMARY KEY (id),
    CONSTRAINT ck_incident_order CHECK (reported_at >= processor_aware_at
        AND (occurred_at IS NULL OR occurred_at <= processor_aware_at)),
    CONSTRAINT ck_incident_decision CHECK (decided_at IS NULL
        OR (notify_authority IS NOT NULL AND subjects_informed IS NOT NULL)),
    CONSTRAINT fk_incident_processor FOREIGN KEY (processor_id) REFERENCES processor (id),
    CONSTRAINT fk_incident_source FOREIGN KEY (source_processor_id) REFERENCES processor (id),
    CONSTRAINT fk_incident_agreement FOREIGN KEY (notice_agreement_id) REFERENCES agreement (id)
) ${table_options};

CREATE INDEX ix_incident_processor ON incident (processor_id, aware_at);
CREATE INDEX ix_incident_source ON incident (source_processor_id);
CREATE INDEX ix_incident_undecided ON incident (decided_at, aware_at);

-- The engagements the privacy officer kept as really involved, once the incident is narrowed down; before that,
-- every engagement derived as affected counts.
CREATE TABLE incident_engagement (
    incident_id BIGINT NOT NULL,
    engagement_id BIGINT NOT NULL,
    PRIMARY KEY (incident_id, engagement_id),
    CONSTRAINT fk_incident_engagement_incident FOREIGN KEY (incident_id) REFERENCES incident (id),
    CONSTRAINT fk_incident_engagement_engagement FOREIGN KEY (engagement_id) REFERENCES engagement (id)
) ${table_options};

-- Follow-up actions of the decision: what, who, by when, and when done.
CREATE TABLE incident_action (
    incident_id BIGINT NOT NULL,
    action_order INT NOT NULL,
    description VARCHAR(500) NOT NULL,
    owner VARCHAR(64) NOT NULL,
    due_on DATE NOT NULL,
    done_on DATE NULL,
    PRIMARY KEY (incident_id, action_order),
    CONSTRAINT fk_incident_action FOREIGN KEY (incident_id) REFERENCES incident (id)
) ${table_options};
