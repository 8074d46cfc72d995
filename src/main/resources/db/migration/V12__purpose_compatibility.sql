-- Purpose limitation (Art. 5(1)(b), 6(4)): data collected for a purpose may be used further for the purposes
-- recorded here as compatible with it (closely related, in the words of the privacy statement). Directed: from
-- the purpose the data was collected for to the purpose of the further use.
CREATE TABLE purpose_compatible (
    purpose_id BIGINT NOT NULL,
    code VARCHAR(64) NOT NULL,
    PRIMARY KEY (purpose_id, code),
    CONSTRAINT fk_purpose_compatible FOREIGN KEY (purpose_id) REFERENCES purpose (id) ON DELETE CASCADE
) ${table_options};

-- The purpose the engagement's data was originally collected for; empty when the data was collected for the
-- engagement's own purposes.
ALTER TABLE engagement ADD COLUMN original_purpose VARCHAR(64) NULL;

-- What the first customer's statement implies: entering into a contract leads to maintaining the relationship
-- and back; questions asked in the relationship improve the products; a supplier's or business customer's
-- contract is carried out in the relationship. Nothing leads to marketing (e), which rests on consent, and
-- nothing is used further from the protection of interests (c), such as fraud data.
INSERT INTO purpose_compatible (purpose_id, code) SELECT id, 'b' FROM purpose WHERE code = 'a';
INSERT INTO purpose_compatible (purpose_id, code) SELECT id, 'f' FROM purpose WHERE code = 'a';
INSERT INTO purpose_compatible (purpose_id, code) SELECT id, 'a' FROM purpose WHERE code = 'b';
INSERT INTO purpose_compatible (purpose_id, code) SELECT id, 'd' FROM purpose WHERE code = 'b';
INSERT INTO purpose_compatible (purpose_id, code) SELECT id, 'b' FROM purpose WHERE code = 'f';
