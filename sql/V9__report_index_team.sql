-- The SLA report reads each blocker's team (issue 14: a blocker's clock runs on its team's
-- calendar), which the covering index of V5 did not hold: every report row then read the whole
-- table row, and the report of a year of a million-blocker history took 3.2 s instead of 0.4 s
-- (io.eteam.bench.SlaReportBenchmark). The index holds the team again.
DROP INDEX blocker_report_ix;
CREATE INDEX blocker_report_ix ON blocker (resolved_at, raised_at, title, kind, impact, raised_by, blocking, status, team, id);
