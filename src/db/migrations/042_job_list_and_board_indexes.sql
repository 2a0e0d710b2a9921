-- Indexes for the jobs list and the board at scale (issue 19; measured at 100,000 candidates and
-- 300,000 applications on PostgreSQL 15).

-- The jobs list shows each job's active applications. Counted through the board index it read
-- every application of the job and dropped the settled ones (8 of 10 are rejected, withdrawn or
-- hired): 21 ms a job, 0.2-0.9 s a page of 40 jobs. Only the active ones are in this index.
CREATE INDEX applications_active_job_idx ON applications (job_id)
  WHERE stage NOT IN ('hired', 'rejected', 'withdrawn');

-- A board card is marked when the candidate asked for another interview time or countered the
-- offer. The planner answers both as a set built once per board page: without these it read
-- every scheduled interview (8 ms) and every offer; with them it reads the few that qualify.
CREATE INDEX interviews_reschedule_requested_idx ON interviews (application_id)
  WHERE status = 'scheduled' AND candidate_response = 'reschedule_requested';
CREATE INDEX offers_countered_idx ON offers (application_id) WHERE status = 'countered';
