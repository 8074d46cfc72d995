-- Issue 23: an item the signed DPA addresses but excludes or negates ("shall not be required to assist") is kept
-- as a proposal of its own, with its passage, beside "not found".
ALTER TABLE dpa_proposal ADD COLUMN says_otherwise BOOLEAN NOT NULL DEFAULT FALSE;
