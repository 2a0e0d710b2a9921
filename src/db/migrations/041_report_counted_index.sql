-- Reports at volume, fifth step (issue 18): funnel, sources and speed count the two partial months
-- at the ends of their period from the report facts themselves (migration 033). With "all time"
-- ending today, that is the whole current month, tens of thousands of rows, read by visiting
-- the table's wide rows (a third of the speed report's database time). This index holds what
-- those reports count of each application, so each end of the period is one index-only range
-- scan (src/db/queries/report-scope.ts, countedApplications). Same key as
-- application_report_facts_applied_idx, which stays for the reports that need the whole row.
CREATE INDEX application_report_facts_counted_idx ON application_report_facts (applied_at)
  INCLUDE (job_id, source, reached, furthest_rank, end_from_stage, end_outcome, end_reason,
    stay_stages);

ANALYZE application_report_facts;
