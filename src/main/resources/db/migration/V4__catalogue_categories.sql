-- The rest of the catalogue: data categories and data subject categories, hierarchical by code like
-- purposes, and retirement for all three. Seeded with a small set every organisation adapts; special
-- categories (Art. 9) and criminal data (Art. 10) are flagged because they need more than an ordinary DPA.
ALTER TABLE purpose ADD COLUMN retired BOOLEAN NOT NULL DEFAULT FALSE;

CREATE TABLE data_category (
    id BIGINT NOT NULL AUTO_INCREMENT,
    version BIGINT NOT NULL DEFAULT 0,
    code VARCHAR(64) NOT NULL,
    parent_id BIGINT NULL,
    name_nl VARCHAR(200) NOT NULL,
    name_en VARCHAR(200) NOT NULL,
    description_nl VARCHAR(1000) NULL,
    description_en VARCHAR(1000) NULL,
    special BOOLEAN NOT NULL DEFAULT FALSE,
    criminal BOOLEAN NOT NULL DEFAULT FALSE,
    retired BOOLEAN NOT NULL DEFAULT FALSE,
    PRIMARY KEY (id),
    CONSTRAINT uq_data_category_code UNIQUE (code),
    CONSTRAINT fk_data_category_parent FOREIGN KEY (parent_id) REFERENCES data_category (id)
) ${table_options};

CREATE TABLE data_subject_category (
    id BIGINT NOT NULL AUTO_INCREMENT,
    version BIGINT NOT NULL DEFAULT 0,
    code VARCHAR(64) NOT NULL,
    parent_id BIGINT NULL,
    name_nl VARCHAR(200) NOT NULL,
    name_en VARCHAR(200) NOT NULL,
    description_nl VARCHAR(1000) NULL,
    description_en VARCHAR(1000) NULL,
    retired BOOLEAN NOT NULL DEFAULT FALSE,
    PRIMARY KEY (id),
    CONSTRAINT uq_data_subject_category_code UNIQUE (code),
    CONSTRAINT fk_data_subject_category_parent FOREIGN KEY (parent_id) REFERENCES data_subject_category (id)
) ${table_options};

INSERT INTO data_category (code, name_nl, name_en, description_nl, description_en, special, criminal) VALUES
('contact', 'Contactgegevens', 'Contact details',
 'Gegevens om iemand te bereiken.', 'Details to reach someone by.', FALSE, FALSE),
('financial', 'Financiële gegevens', 'Financial data',
 'Betaal- en factuurgegevens.', 'Payment and invoicing data.', FALSE, FALSE),
('logs-and-recordings', 'Logs en opnames', 'Logs and recordings',
 'Vastleggingen van contact en ondersteuning.', 'Records of contact and support sessions.', FALSE, FALSE),
('identity-documents', 'Identiteitsbewijzen', 'Identity documents',
 'Kopieën en nummers van paspoorten, identiteitskaarten en rijbewijzen.',
 'Copies and numbers of passports, identity cards and driving licences.', FALSE, FALSE),
('credit-checks', 'Kredietcontroles (BKR)', 'Credit checks (credit register)',
 'Toetsingen en registraties bij het Bureau Krediet Registratie en vergelijkbare registers.',
 'Checks with and registrations in the Dutch credit register (BKR) and similar registers.', FALSE, FALSE),
('account', 'Accountgegevens en toegang tot software', 'Account credentials and software access',
 'Inloggegevens, rechten en het gebruik van onze software.',
 'Login details, permissions and the use of our software.', FALSE, FALSE),
('health', 'Gezondheidsgegevens', 'Health data',
 'Bijzonder persoonsgegeven (art. 9 AVG).', 'Special category of personal data (Art. 9 GDPR).', TRUE, FALSE),
('criminal-records', 'Strafrechtelijke gegevens', 'Criminal convictions and offences',
 'Persoonsgegevens van strafrechtelijke aard (art. 10 AVG).',
 'Personal data relating to criminal convictions and offences (Art. 10 GDPR).', FALSE, TRUE);

INSERT INTO data_category (code, parent_id, name_nl, name_en)
SELECT 'contact.name', id, 'Naam', 'Name' FROM data_category WHERE code = 'contact';
INSERT INTO data_category (code, parent_id, name_nl, name_en)
SELECT 'contact.address', id, 'Adres', 'Postal address' FROM data_category WHERE code = 'contact';
INSERT INTO data_category (code, parent_id, name_nl, name_en)
SELECT 'contact.email', id, 'E-mailadres', 'Email address' FROM data_category WHERE code = 'contact';
INSERT INTO data_category (code, parent_id, name_nl, name_en)
SELECT 'contact.phone', id, 'Telefoonnummer', 'Phone number' FROM data_category WHERE code = 'contact';
INSERT INTO data_category (code, parent_id, name_nl, name_en)
SELECT 'financial.bank-account', id, 'Bankrekeningnummer', 'Bank account number' FROM data_category WHERE code = 'financial';
INSERT INTO data_category (code, parent_id, name_nl, name_en)
SELECT 'financial.payments', id, 'Facturen en betaalgeschiedenis', 'Invoices and payment history' FROM data_category WHERE code = 'financial';
INSERT INTO data_category (code, parent_id, name_nl, name_en)
SELECT 'logs-and-recordings.calls', id, 'Opnames van telefoongesprekken', 'Call recordings' FROM data_category WHERE code = 'logs-and-recordings';
INSERT INTO data_category (code, parent_id, name_nl, name_en)
SELECT 'logs-and-recordings.remote-sessions', id, 'Logs van sessies op afstand (zoals TeamViewer)', 'Remote-session logs (such as TeamViewer)' FROM data_category WHERE code = 'logs-and-recordings';
INSERT INTO data_category (code, parent_id, name_nl, name_en)
SELECT 'logs-and-recordings.chats', id, 'Chatgesprekken', 'Chat transcripts' FROM data_category WHERE code = 'logs-and-recordings';
INSERT INTO data_category (code, parent_id, name_nl, name_en)
SELECT 'account.credentials', id, 'Gebruikersnaam en wachtwoord', 'User name and password' FROM data_category WHERE code = 'account';
INSERT INTO data_category (code, parent_id, name_nl, name_en)
SELECT 'account.usage', id, 'Rechten en gebruik van de software', 'Permissions and use of the software' FROM data_category WHERE code = 'account';

INSERT INTO data_subject_category (code, name_nl, name_en, description_nl, description_en) VALUES
('customers', 'Klanten', 'Customers', 'Personen met wie we een overeenkomst hebben.', 'People we have a contract with.'),
('prospects', 'Prospects', 'Prospects', 'Personen die belangstelling toonden maar (nog) geen klant zijn.',
 'People who showed interest but are not (yet) customers.'),
('former-customers', 'Oud-klanten', 'Former customers', 'Personen van wie de overeenkomst is beëindigd.',
 'People whose contract has ended.'),
('business-contacts', 'Zakelijke contactpersonen', 'Business contacts',
 'Contactpersonen bij zakelijke partners, leveranciers en zakelijke klanten.',
 'Contacts at business partners, suppliers and business customers.'),
('staff', 'Medewerkers', 'Staff', 'Eigen medewerkers, ingehuurde krachten en stagiairs.',
 'Our own employees, contractors and interns.'),
('website-visitors', 'Websitebezoekers', 'Website visitors', 'Bezoekers van onze websites.',
 'Visitors of our websites.'),
('end-users-of-customers', 'Eindgebruikers van klanten', 'End users of customers',
 'Personen die de software gebruiken namens of als klant van onze klanten.',
 'People who use the software on behalf of, or as customers of, our customers.');
