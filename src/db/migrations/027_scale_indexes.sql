-- Indexes for the screens measured at 100,000 candidates (issue 19), each checked with EXPLAIN.

-- The board reads each stage column a page at a time, oldest in the stage first, and counts per
-- stage: one index serves both (the old (job_id, stage) index is its prefix, so it goes).
CREATE INDEX applications_board_idx ON applications (job_id, stage, stage_entered_at, id);
DROP INDEX applications_job_stage_idx;

-- The audit log filtered by action, newest first, reads only that action's newest rows.
CREATE INDEX audit_log_action_at_idx ON audit_log (action, at DESC, id DESC);

-- Retention and erasure ask whether anyone else still holds the same CV content.
CREATE INDEX cv_files_sha256_idx ON cv_files (sha256);

-- The duplicates check: same city (any case) and a name word in common. Both are read as
-- written in findPossibleDuplicates, so the expressions must stay identical to that query.
CREATE INDEX candidates_city_lower_idx ON candidates (lower(city));
CREATE INDEX candidates_name_words_idx ON candidates
  USING gin (regexp_split_to_array(lower(full_name), '[^[:alnum:]]+'));
