-- Security questionnaires (issue 24): each version as the JSON document QuestionnaireFormat writes. A version once
-- stored is never changed, as a request names the version its vendor answered; a change is the next version.
-- Version 1, Annex III of the EU 2021/915 clauses, is written at the first start.
CREATE TABLE questionnaire_version (
    version INT NOT NULL,
    content MEDIUMTEXT NOT NULL,
    created_by VARCHAR(100) NOT NULL,
    created_at DATETIME(6) NOT NULL,
    PRIMARY KEY (version)
) ${table_options};
