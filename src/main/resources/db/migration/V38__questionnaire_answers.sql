-- Issue 24: a SECURITY_QUESTIONNAIRE request carries the questionnaire version current when it was sent, and the
-- vendor's answers to it, question by question, kept on the request until procurement or legal accept them.
ALTER TABLE processor_request ADD COLUMN questionnaire_version INT NULL;
-- The overall score of the answers as accepted (per cent of the weights that apply); the sections' scores are
-- computed again from the answers and the version, which never change once accepted.
ALTER TABLE processor_request ADD COLUMN questionnaire_score INT NULL;

-- One answer per question: the values as a JSON array of strings (a choice's codes, YES/NO/NOT_APPLICABLE, a text,
-- an ISO day, a file's name), the vendor's comment, the reviewer's remark when the answers went back, and the
-- evidence the question asked for (its facts and the uploaded document), registered as evidence only once accepted.
CREATE TABLE request_answer (
    request_id BIGINT NOT NULL,
    question_code VARCHAR(40) NOT NULL,
    answer_values TEXT NULL,
    answer_comment VARCHAR(2000) NULL,
    review_remark VARCHAR(1000) NULL,
    evidence_type VARCHAR(40) NULL,
    evidence_issuer VARCHAR(200) NULL,
    evidence_issued_on DATE NULL,
    evidence_valid_until DATE NULL,
    document_id BIGINT NULL,
    document_name VARCHAR(255) NULL,
    evidence_id BIGINT NULL,
    PRIMARY KEY (request_id, question_code),
    CONSTRAINT fk_request_answer FOREIGN KEY (request_id) REFERENCES processor_request (id)
) ${table_options};

-- The score of the processor's last accepted security questionnaire, for its risk (issue 25): the score, the day
-- the answers were submitted, and the request they came through.
ALTER TABLE processor ADD COLUMN questionnaire_score INT NULL;
ALTER TABLE processor ADD COLUMN questionnaire_scored_on DATE NULL;
ALTER TABLE processor ADD COLUMN questionnaire_request_id BIGINT NULL;
