-- Issue 21, session 9.

-- The Art. 30 register reads the engagements of one tree of purposes at a time (a code and those beneath it):
-- without this index each of its reads scanned every purpose of every engagement.
CREATE INDEX ix_engagement_purpose_code ON engagement_purpose (code, engagement_id);

-- The processors list runs by name in any case. ORDER BY LOWER(name) cannot use the name index, so MariaDB sorted
-- every processor for each page; a generated column holds the lower-case name and its index gives the order.
-- Virtual on MariaDB (the default there), computed on H2: the same statement on both.
ALTER TABLE processor ADD COLUMN name_order VARCHAR(200) GENERATED ALWAYS AS (LOWER(name));
CREATE INDEX ix_processor_name_order ON processor (name_order, id);
