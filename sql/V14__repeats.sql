-- Recurring blockers (issue 18): a blocker may name the earlier, closed blocker it repeats, so
-- the report can count the problems that came back, by blocking area.
ALTER TABLE blocker ADD COLUMN repeats BIGINT;
ALTER TABLE blocker ADD CONSTRAINT blocker_repeats_fk FOREIGN KEY (repeats) REFERENCES blocker (id);
CREATE INDEX blocker_repeats_ix ON blocker (repeats);
-- The report's actions due in a period (SLA-16) read blockers by due date.
CREATE INDEX blocker_due_ix ON blocker (due);
