-- Whether the user chose the language of the pages themselves; until they do, pages follow the browser
-- (a Dutch browser gets Dutch), while mail keeps using the language column as before.
ALTER TABLE account ADD COLUMN language_chosen BOOLEAN NOT NULL DEFAULT FALSE;
