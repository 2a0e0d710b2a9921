-- Reports at volume, third step (issue 18): indexes that hold what a report reads of the few rows
-- it needs, so the wide rows are not visited, and stays in order of their length, so a
-- percentile is read by position instead of sorting every stay.

-- Speed's time to hire and to first contact read only the hired and the contacted applications.
CREATE INDEX application_report_facts_hired_idx ON application_report_facts (applied_at)
  INCLUDE (job_id, source, hired_at) WHERE hired_at IS NOT NULL;
CREATE INDEX application_report_facts_contacted_idx ON application_report_facts (applied_at)
  INCLUDE (job_id, source, contacted_at) WHERE contacted_at IS NOT NULL;

-- The agreement report's "what it cannot show" reads only whom HR rejected and who reached the
-- user without a verdict (a tenth of the applications).
CREATE INDEX application_report_facts_unjudged_idx ON application_report_facts (applied_at)
  INCLUDE (job_id, source, hr_advanced, user_advanced, reached)
  WHERE hr_advanced = false OR (user_advanced IS NULL AND 'user_interview' = ANY(reached));

-- Its table reads the applications with a user verdict: the same index as migration 029's, now
-- holding what is read of them.
DROP INDEX application_report_facts_verdict_idx;
CREATE INDEX application_report_facts_verdict_idx ON application_report_facts (applied_at)
  INCLUDE (job_id, source, hr_recommendation, hr_score, user_advanced)
  WHERE user_advanced IS NOT NULL;

-- Speed's stays per stage, shortest first: a stage's median and 90th percentile are the stays at
-- two positions, read from here without a sort (src/db/queries/report-speed.ts); the filter's
-- columns ride along, so the table is not visited. A report on one job starts from that job's.
CREATE INDEX stage_stay_facts_length_idx ON stage_stay_facts (stage, days)
  INCLUDE (applied_at, job_id, source);
CREATE INDEX stage_stay_facts_job_length_idx ON stage_stay_facts (job_id, stage, days)
  INCLUDE (applied_at, source);

ANALYZE application_report_facts;
ANALYZE stage_stay_facts;
