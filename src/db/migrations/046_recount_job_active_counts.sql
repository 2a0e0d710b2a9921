-- The demo load turned off every user trigger on applications, migration 044's counting triggers
-- included, so an install seeded with the demo since 044 lists wrong active counts (0, then
-- negative after a rejection). The load now leaves those triggers on; this counts once afresh.
DELETE FROM job_active_counts;

INSERT INTO job_active_counts (job_id, active)
  SELECT job_id, count(*) FROM applications
  WHERE stage NOT IN ('hired', 'rejected', 'withdrawn')
  GROUP BY job_id;
