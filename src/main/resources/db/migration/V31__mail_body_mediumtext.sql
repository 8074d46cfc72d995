-- A mail of fifty alerts whose explanations each list the agreements looked at outgrew TEXT (64 KB): found by the
-- hostile-text walk (issue 20). Lines are now cut at 1,000 characters as well; MEDIUMTEXT holds what remains.
ALTER TABLE mail_outbox MODIFY body MEDIUMTEXT NOT NULL;
