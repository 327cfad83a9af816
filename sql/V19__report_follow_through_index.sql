-- The SLA report's follow-through (issue 18) read whole blocker rows: H2 answered the actions
-- due in the period through blocker_status_ix (every resolved blocker, most of the table) and
-- the recurrences through blocker_raised_at_ix (every blocker raised in the period), which put
-- a year's report of a million-blocker history at 3.1 s against a 0.36 s read of its rows
-- (io.eteam.bench.SlaReportBenchmark). These two indexes hold every column those reads need,
-- so each reads a short range of one index (SlaRepository.actionsDue and recurrences).
DROP INDEX blocker_due_ix;
CREATE INDEX blocker_due_ix ON blocker (due, status, owner, id);
CREATE INDEX blocker_repeats_report_ix ON blocker (repeats, raised_at, blocking, id);
