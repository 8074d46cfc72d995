-- What the reader found in an uploaded agreement document (issue 9): one analysis per upload, with its progress,
-- and the proposals legal accepts, corrects or dismisses. Proposals never change the agreement by themselves.
CREATE TABLE dpa_analysis (
    id BIGINT NOT NULL AUTO_INCREMENT,
    version BIGINT NOT NULL DEFAULT 0,
    agreement_id BIGINT NOT NULL,
    document_id BIGINT NOT NULL,
    status VARCHAR(20) NOT NULL,
    pages_done INT NOT NULL DEFAULT 0,
    pages_total INT NOT NULL DEFAULT 0,
    missing_clauses VARCHAR(300) NULL,
    error VARCHAR(1000) NULL,
    started_at DATETIME(6) NULL,
    finished_at DATETIME(6) NULL,
    created_at DATETIME(6) NOT NULL,
    PRIMARY KEY (id),
    CONSTRAINT uq_dpa_analysis_document UNIQUE (document_id),
    CONSTRAINT fk_dpa_analysis_agreement FOREIGN KEY (agreement_id) REFERENCES agreement (id),
    CONSTRAINT fk_dpa_analysis_document FOREIGN KEY (document_id) REFERENCES agreement_document (id)
) ${table_options};

CREATE INDEX ix_dpa_analysis_agreement ON dpa_analysis (agreement_id, created_at);

CREATE TABLE dpa_proposal (
    id BIGINT NOT NULL AUTO_INCREMENT,
    version BIGINT NOT NULL DEFAULT 0,
    analysis_id BIGINT NOT NULL,
    agreement_id BIGINT NOT NULL,
    kind VARCHAR(40) NOT NULL,
    clause VARCHAR(30) NULL,
    proposed_value VARCHAR(1000) NOT NULL,
    page_number INT NOT NULL,
    clause_reference VARCHAR(100) NULL,
    passage VARCHAR(2000) NOT NULL,
    marks VARCHAR(1000) NULL,
    confidence DECIMAL(3, 2) NOT NULL,
    state VARCHAR(20) NOT NULL,
    final_value VARCHAR(1000) NULL,
    decided_by VARCHAR(64) NULL,
    decided_at DATETIME(6) NULL,
    PRIMARY KEY (id),
    CONSTRAINT fk_dpa_proposal_analysis FOREIGN KEY (analysis_id) REFERENCES dpa_analysis (id),
    CONSTRAINT fk_dpa_proposal_agreement FOREIGN KEY (agreement_id) REFERENCES agreement (id)
) ${table_options};

CREATE INDEX ix_dpa_proposal_analysis ON dpa_proposal (analysis_id, id);
