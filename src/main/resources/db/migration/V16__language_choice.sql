-- The language the user picked for the pages (in the page header or on the profile page); empty until they do,
-- and pages follow the browser (a Dutch browser gets Dutch). The language column stays the language of mail.
ALTER TABLE account ADD COLUMN page_language VARCHAR(5) NULL;
