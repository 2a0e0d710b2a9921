-- The candidates list filtered by applied date (issue 19; see byAppliedDate in candidate-search.ts)
-- reads the range's applications first, then the open candidates' creation dates: both from an
-- index alone. At 100,000 candidates on PostgreSQL a 30-day range two to six months back went
-- from 0.1-0.4 s of database CPU (82,000-178,000 buffers) to ~35 ms (about 750 buffers).

-- The applications created in a range, with their candidate. Its prefix serves every query the
-- (created_at) index of migration 020 served (the reports' date ranges), so that one goes.
CREATE INDEX applications_created_candidate_idx ON applications (created_at, candidate_id);
DROP INDEX applications_created_idx;

-- The candidates lists show: newest first, without those who restricted processing. Also what the
-- plain list walks, without visiting the table.
CREATE INDEX candidates_open_created_idx ON candidates (created_at DESC, id)
  WHERE processing_restricted_at IS NULL;
