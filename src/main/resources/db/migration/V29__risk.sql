-- The risk of each processor (issue 25). The tier on the processor stays the tier in force, which coverage and
-- the review cadence read; from now on it follows the computed risk unless a person overrides it. A tier typed
-- before risk was computed is a person's judgement: it stays, as an override without a reason, until someone lets
-- the computed tier take over (docs/decisions.md, "The risk tier follows the computed risk").
ALTER TABLE processor ADD COLUMN risk_tier_overridden BOOLEAN NOT NULL DEFAULT FALSE;
ALTER TABLE processor ADD COLUMN risk_tier_reason VARCHAR(1000) NULL;
UPDATE processor SET risk_tier_overridden = TRUE;

-- The scoring policy, one row per version (a properties text); the newest scores. Written at the first start.
CREATE TABLE risk_policy (
    version INT NOT NULL,
    settings TEXT NOT NULL,
    created_at DATETIME(6) NOT NULL,
    PRIMARY KEY (version)
) ${table_options};

-- A processor's latest score, and a row of history each time its figures change.
CREATE TABLE risk_score (
    processor_id BIGINT NOT NULL,
    inherent INT NOT NULL,
    residual INT NOT NULL,
    tier VARCHAR(16) NOT NULL,
    policy_version INT NOT NULL,
    scored_at DATETIME(6) NOT NULL,
    PRIMARY KEY (processor_id),
    CONSTRAINT fk_risk_score_processor FOREIGN KEY (processor_id) REFERENCES processor (id)
) ${table_options};
CREATE INDEX ix_risk_score_cell ON risk_score (inherent, residual);

CREATE TABLE risk_history (
    id BIGINT NOT NULL AUTO_INCREMENT,
    processor_id BIGINT NOT NULL,
    inherent INT NOT NULL,
    residual INT NOT NULL,
    tier VARCHAR(16) NOT NULL,
    policy_version INT NOT NULL,
    scored_at DATETIME(6) NOT NULL,
    cause VARCHAR(500) NULL,
    PRIMARY KEY (id),
    CONSTRAINT fk_risk_history_processor FOREIGN KEY (processor_id) REFERENCES processor (id)
) ${table_options};
CREATE INDEX ix_risk_history_processor ON risk_history (processor_id, scored_at);

-- The data subjects and the data the default policy names, where the catalogue lacks them.
INSERT INTO data_subject_category (code, name_nl, name_en, description_nl, description_en)
SELECT 'patients', 'Patiënten', 'Patients', 'Mensen die zorg ontvangen.', 'People receiving care.' FROM DUAL
WHERE NOT EXISTS (SELECT 1 FROM data_subject_category WHERE code = 'patients');
INSERT INTO data_subject_category (code, name_nl, name_en, description_nl, description_en)
SELECT 'children', 'Kinderen', 'Children', 'Mensen jonger dan 16 jaar.', 'People younger than 16.' FROM DUAL
WHERE NOT EXISTS (SELECT 1 FROM data_subject_category WHERE code = 'children');
INSERT INTO data_category (code, name_nl, name_en, description_nl, description_en, special, criminal)
SELECT 'location', 'Locatiegegevens', 'Location data', 'Waar iemand is of was.', 'Where someone is or was.',
FALSE, FALSE FROM DUAL
WHERE NOT EXISTS (SELECT 1 FROM data_category WHERE code = 'location');
