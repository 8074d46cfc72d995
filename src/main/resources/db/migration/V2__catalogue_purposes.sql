-- Purposes of processing, hierarchical by code. Seeded with the first customer's privacy statement
-- (purposes a-f, their Art. 6(1) basis, 7 years for the financial administration, 2 years otherwise);
-- every organisation replaces them with its own.
CREATE TABLE purpose (
    id BIGINT NOT NULL AUTO_INCREMENT,
    version BIGINT NOT NULL DEFAULT 0,
    code VARCHAR(64) NOT NULL,
    parent_id BIGINT NULL,
    name_nl VARCHAR(200) NOT NULL,
    name_en VARCHAR(200) NOT NULL,
    legal_basis VARCHAR(1) NOT NULL,
    retention VARCHAR(20) NOT NULL,
    description_nl VARCHAR(1000) NULL,
    description_en VARCHAR(1000) NULL,
    PRIMARY KEY (id),
    CONSTRAINT uq_purpose_code UNIQUE (code),
    CONSTRAINT fk_purpose_parent FOREIGN KEY (parent_id) REFERENCES purpose (id)
) ${table_options};

INSERT INTO purpose (code, name_nl, name_en, legal_basis, retention, description_nl, description_en) VALUES
('a', 'Aangaan van een overeenkomst', 'Entering into a contract', 'B', 'P2Y',
 'Klantacceptatie en analyses of iemand in aanmerking komt voor een product of dienst.',
 'Customer acceptance and analyses of eligibility for a product or service.'),
('b', 'Onderhouden van de relatie en uitvoeren van opdrachten', 'Maintaining the relationship and carrying out assignments', 'B', 'P2Y',
 'Contact, administratie en de uitvoering van opdrachten.',
 'Contact, administration and carrying out assignments.'),
('c', 'Beschermen van uw en onze belangen', 'Protecting the customer''s and the company''s interests', 'F', 'P2Y',
 'Voorkomen en onderzoeken van fraude, incidenten en misbruik.',
 'Preventing and investigating fraud, incidents and abuse.'),
('d', 'Ontwikkeling en verbetering van producten en diensten', 'Developing and improving products and services', 'B', 'P2Y',
 'Vragen over en verbeteringen van producten en diensten.',
 'Questions about and improvements of products and services.'),
('e', 'Promotie en marketing', 'Promotion and marketing', 'A', 'P2Y',
 'Informeren over nieuwe producten en diensten; toestemming is altijd in te trekken.',
 'Informing about new products and services; consent can be withdrawn at any time.'),
('f', 'Overeenkomsten met leveranciers en zakelijke klanten', 'Contracts with suppliers and business customers', 'B', 'P2Y',
 'Afsluiten en uitvoeren van overeenkomsten met leveranciers en zakelijke klanten.',
 'Concluding and performing contracts with suppliers and business customers.');

INSERT INTO purpose (code, parent_id, name_nl, name_en, legal_basis, retention)
SELECT 'a.acceptance', id, 'Klantacceptatie', 'Customer acceptance', 'B', 'P2Y' FROM purpose WHERE code = 'a';
INSERT INTO purpose (code, parent_id, name_nl, name_en, legal_basis, retention)
SELECT 'a.third-party-checks', id, 'Controles bij derden (BKR, KvK)', 'Checks with third parties (credit register, chamber of commerce)', 'F', 'P2Y' FROM purpose WHERE code = 'a';
INSERT INTO purpose (code, parent_id, name_nl, name_en, legal_basis, retention)
SELECT 'b.contact', id, 'Contact met klanten', 'Contacting customers', 'B', 'P2Y' FROM purpose WHERE code = 'b';
INSERT INTO purpose (code, parent_id, name_nl, name_en, legal_basis, retention)
SELECT 'b.bookkeeping', id, 'Wettelijke boekhouding en facturering', 'Statutory bookkeeping and invoicing', 'C', 'P7Y' FROM purpose WHERE code = 'b';
INSERT INTO purpose (code, parent_id, name_nl, name_en, legal_basis, retention)
SELECT 'b.recordings', id, 'Opnames en logs van telefoon-, TeamViewer- en chatsessies', 'Recordings and logs of phone, TeamViewer and chat sessions', 'F', 'P2Y' FROM purpose WHERE code = 'b';
INSERT INTO purpose (code, parent_id, name_nl, name_en, legal_basis, retention)
SELECT 'c.fraud', id, 'Fraudepreventie en -onderzoek', 'Fraud prevention and investigation', 'F', 'P2Y' FROM purpose WHERE code = 'c';
INSERT INTO purpose (code, parent_id, name_nl, name_en, legal_basis, retention)
SELECT 'c.recordings', id, 'Beeld- en geluidsopnamen', 'Sound and video recordings', 'F', 'P2Y' FROM purpose WHERE code = 'c';
INSERT INTO purpose (code, parent_id, name_nl, name_en, legal_basis, retention)
SELECT 'c.incidents', id, 'Incidentenregisters en waarschuwingssystemen', 'Incident registers and sector warning systems', 'F', 'P2Y' FROM purpose WHERE code = 'c';
INSERT INTO purpose (code, parent_id, name_nl, name_en, legal_basis, retention)
SELECT 'c.cybercrime', id, 'Bestrijding van cybercrime (botnets)', 'Fighting cybercrime (botnets)', 'F', 'P2Y' FROM purpose WHERE code = 'c';
INSERT INTO purpose (code, parent_id, name_nl, name_en, legal_basis, retention)
SELECT 'd.questions', id, 'Vragen over een product', 'Questions about a product', 'F', 'P2Y' FROM purpose WHERE code = 'd';
INSERT INTO purpose (code, parent_id, name_nl, name_en, legal_basis, retention)
SELECT 'e.mailing', id, 'Klantmailing per post', 'Customer mailing by post', 'A', 'P2Y' FROM purpose WHERE code = 'e';
INSERT INTO purpose (code, parent_id, name_nl, name_en, legal_basis, retention)
SELECT 'f.representation', id, 'Controle vertegenwoordigingsbevoegdheid', 'Checking that a contact may represent their company', 'B', 'P2Y' FROM purpose WHERE code = 'f';
INSERT INTO purpose (code, parent_id, name_nl, name_en, legal_basis, retention)
SELECT 'f.software-access', id, 'Toegang tot de software', 'Giving access to the software', 'B', 'P2Y' FROM purpose WHERE code = 'f';
