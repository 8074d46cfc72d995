-- The colleague who owns the relationship with a processor (a user name): they hear of its alerts by mail too.
ALTER TABLE processor ADD COLUMN owner VARCHAR(64) NULL;
