-- The jobs list shows each job's active applications (not hired, rejected or withdrawn). Counted
-- per request, 40 jobs cost 3,400 index pages and 12 ms of the database at 300,000 applications
-- (issue 19), on every visit to the jobs list. This table keeps the number: a trigger changes it
-- in the same statement (and so the same transaction) as any write to applications, whoever
-- writes (a move, an apply, an import, a merge, erasure, demo or test data), so it never drifts.
CREATE TABLE job_active_counts (
  job_id uuid PRIMARY KEY REFERENCES jobs (id) ON DELETE CASCADE,
  active integer NOT NULL
);

INSERT INTO job_active_counts (job_id, active)
  SELECT job_id, count(*) FROM applications
  WHERE stage NOT IN ('hired', 'rejected', 'withdrawn')
  GROUP BY job_id;

-- Adds what a statement changed, per job. New applications and moves lock the counts in job
-- order, so two such writes that touch several jobs take them in the same order.
CREATE FUNCTION job_active_counts_after_write() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF TG_OP = 'INSERT' THEN
    INSERT INTO job_active_counts AS c (job_id, active)
      SELECT job_id, count(*) FROM new_rows
      WHERE stage NOT IN ('hired', 'rejected', 'withdrawn')
      GROUP BY job_id ORDER BY job_id
    ON CONFLICT (job_id) DO UPDATE SET active = c.active + EXCLUDED.active;
  ELSIF TG_OP = 'UPDATE' THEN
    INSERT INTO job_active_counts AS c (job_id, active)
      SELECT job_id, sum(change) FROM (
        SELECT job_id, 1 AS change FROM new_rows
        WHERE stage NOT IN ('hired', 'rejected', 'withdrawn')
        UNION ALL
        SELECT job_id, -1 FROM old_rows
        WHERE stage NOT IN ('hired', 'rejected', 'withdrawn')
      ) changes
      GROUP BY job_id HAVING sum(change) <> 0 ORDER BY job_id
    ON CONFLICT (job_id) DO UPDATE SET active = c.active + EXCLUDED.active;
  ELSE
    UPDATE job_active_counts c SET active = c.active - gone.n
      FROM (SELECT job_id, count(*) AS n FROM old_rows
        WHERE stage NOT IN ('hired', 'rejected', 'withdrawn') GROUP BY job_id) gone
      WHERE c.job_id = gone.job_id;
  END IF;
  RETURN NULL;
END
$$;

CREATE TRIGGER applications_job_active_counts_insert AFTER INSERT ON applications
  REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION job_active_counts_after_write();
CREATE TRIGGER applications_job_active_counts_update AFTER UPDATE ON applications
  REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows
  FOR EACH STATEMENT EXECUTE FUNCTION job_active_counts_after_write();
CREATE TRIGGER applications_job_active_counts_delete AFTER DELETE ON applications
  REFERENCING OLD TABLE AS old_rows FOR EACH STATEMENT EXECUTE FUNCTION job_active_counts_after_write();
