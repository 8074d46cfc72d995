-- Issue 21, session 12: the deletion list's read model. What ended (an engagement, or an agreement terminated or
-- run out with nothing else of its processor in force), as DeletionPolicy judged it when the processor last changed
-- in a way that matters (an engagement saved, an agreement decided, a deletion recorded) or at the daily scan. The
-- list pages over this table instead of judging every engagement and agreement on each request (240-380 ms for a
-- page of 20 at bench size, docs/benchmarks.md, "Everyday speed"). The state is not stored: it moves with the
-- calendar, and follows from ended_on and confirmed on the day of asking. V37 fills it from the rows already there.
CREATE TABLE ended_processing (
    subject VARCHAR(40) NOT NULL,
    kind VARCHAR(16) NOT NULL,
    subject_id BIGINT NOT NULL,
    processor_id BIGINT NOT NULL,
    label VARCHAR(220) NOT NULL,
    ended_on DATE NOT NULL,
    confirmed BOOLEAN NOT NULL,
    PRIMARY KEY (subject),
    CONSTRAINT fk_ended_processing_processor FOREIGN KEY (processor_id) REFERENCES processor (id)
) ${table_options};

-- The list's order (latest end first, then the subject as the alerts spell it), alone, by state (confirmed or not,
-- then the end decides between awaited and overdue) and by processor.
CREATE INDEX ix_ended_processing_order ON ended_processing (ended_on DESC, subject);
CREATE INDEX ix_ended_processing_state ON ended_processing (confirmed, ended_on DESC, subject);
CREATE INDEX ix_ended_processing_processor ON ended_processing (processor_id, ended_on DESC, subject);
