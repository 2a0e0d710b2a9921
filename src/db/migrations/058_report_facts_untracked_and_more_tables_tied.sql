-- Issue 19 at 100,000 candidates (scale28): what still cost.
--
-- 1. The Sources report's "interviewed" looked up the interviews of every application of the
--    period (an EXISTS per report-facts row: a second for a year at 300,000 applications). Now the
--    history counts it with the report's other figures, and only the applications at the HR
--    interview and no further look up their interviews (report-sources.ts), read from this small
--    index alone (its predicate is the query's, word for word).
CREATE INDEX application_report_facts_at_hr_interview_idx ON application_report_facts (applied_at)
  INCLUDE (job_id, source, application_id)
  WHERE 'hr_interview' = ANY (reached)
    AND NOT reached && ARRAY['user_interview', 'offer', 'hired']
    AND end_reason IS DISTINCT FROM 'failed_hr_interview'
    AND end_reason IS DISTINCT FROM 'failed_user_interview';

-- 2. Tables that belong to an application through another row, and the jobs themselves, were not
--    tied to a job or candidate (052, 053), so every write to them moved 048's number and emptied
--    every kept answer: a scorecard corrected (scorecard_revisions), an interview booked, moved or
--    called off (interview_events), an offer drafted, revised, approved or answered
--    (offer_versions, offer_approvals, offer_answers, offer_counter_replies), two candidates marked
--    as different people (distinct_candidates), a job edited (jobs). Now a row of those notes its
--    application's candidate and job, as a row with an application_id column does; a candidate
--    pair both candidates; a job its own area. A row whose application is no longer there (its
--    scorecard, interview or offer deleted in this transaction, which noted the application
--    itself) moves 048's number, as before. The triggers' arguments stay the candidate,
--    application and job columns: for a row reached through another, the column naming that row.
CREATE OR REPLACE FUNCTION watch_data_areas(name text) RETURNS void LANGUAGE plpgsql AS $$
DECLARE
  has_column text[] := ARRAY(SELECT column_name::text FROM information_schema.columns
                              WHERE table_schema = current_schema() AND table_name = name);
  candidate_columns text[] := CASE
    WHEN name = 'candidates' THEN ARRAY['id']
    WHEN name = 'distinct_candidates' THEN ARRAY['candidate_a', 'candidate_b']
    WHEN 'candidate_id' = ANY (has_column) THEN ARRAY['candidate_id']
    ELSE '{}'::text[] END;
  application_column text := CASE
    WHEN name = 'applications' THEN ''
    WHEN 'application_id' = ANY (has_column) THEN 'application_id'
    WHEN 'scorecard_id' = ANY (has_column) THEN 'scorecard_id'
    WHEN 'interview_id' = ANY (has_column) THEN 'interview_id'
    WHEN 'offer_id' = ANY (has_column) THEN 'offer_id'
    WHEN name = 'offer_counter_replies' THEN 'answer_id'
    ELSE '' END;
  -- The application of a changed row, read through the row it belongs to where it has no column.
  application_of text := CASE application_column
    WHEN '' THEN 'NULL::uuid'
    WHEN 'application_id' THEN 'application_id'
    WHEN 'scorecard_id' THEN
      '(SELECT p.application_id FROM scorecards p WHERE p.id = scorecard_id)'
    WHEN 'interview_id' THEN
      '(SELECT p.application_id FROM interviews p WHERE p.id = interview_id)'
    WHEN 'offer_id' THEN '(SELECT p.application_id FROM offers p WHERE p.id = offer_id)'
    WHEN 'answer_id' THEN
      '(SELECT p.application_id FROM offer_answers q JOIN offers p ON p.id = q.offer_id
        WHERE q.id = answer_id)' END;
  through_another boolean := application_column NOT IN ('', 'application_id');
  job_column text := CASE WHEN name = 'jobs' THEN 'id'
                          WHEN 'job_id' = ANY (has_column) THEN 'job_id'
                          ELSE '' END;
  candidate_column text := array_to_string(candidate_columns, ',');
  arguments text := format('%L, %L, %L', candidate_column, application_column, job_column);
  function_name text := 'note_data_areas_of_' || name;
  -- The changed rows' ids (NULL where the table has no such column), a row per candidate column.
  ids text := format('%s AS candidate_id, %s AS application_id, %s AS job_id',
                     CASE cardinality(candidate_columns)
                       WHEN 0 THEN 'NULL::uuid'
                       WHEN 1 THEN quote_ident(candidate_columns[1])
                       ELSE format('unnest(ARRAY[%s])', (SELECT string_agg(quote_ident(c), ', ')
                                                         FROM unnest(candidate_columns) c)) END,
                     application_of,
                     CASE WHEN job_column = '' THEN 'NULL::uuid' ELSE quote_ident(job_column) END);
  gathered text := 'SELECT count(*) > 0,
                      array_agg(DISTINCT candidate_id) FILTER (WHERE candidate_id IS NOT NULL),
                      array_agg(DISTINCT application_id) FILTER (WHERE application_id IS NOT NULL),
                      array_agg(DISTINCT job_id) FILTER (WHERE job_id IS NOT NULL),
                      count(*) FILTER (WHERE application_id IS NULL) > 0
                    INTO changed, candidate_ids, application_ids, job_ids, unplaced';
  -- A row of an application touches its candidate and its job; a row of a candidate every job
  -- they applied to (a name shows on each board). One lookup for both.
  lookup text := CASE
    WHEN application_column = '' AND candidate_column = '' THEN ''
    ELSE format('
  IF application_ids IS NOT NULL OR candidate_ids IS NOT NULL THEN
    SELECT %s, coalesce(job_ids, ''{}'') || coalesce(array_agg(DISTINCT a.job_id), ''{}'')
      INTO candidate_ids, job_ids
      FROM applications a WHERE %s;
  END IF;',
      CASE WHEN application_column = '' THEN 'candidate_ids'
           WHEN candidate_column = '' THEN 'coalesce(array_agg(DISTINCT a.candidate_id), ''{}'')'
           ELSE 'coalesce(candidate_ids, ''{}'') || coalesce(array_agg(DISTINCT a.candidate_id)
                   FILTER (WHERE a.id = ANY (application_ids)), ''{}'')' END,
      concat_ws(' OR ',
        CASE WHEN application_column <> '' THEN 'a.id = ANY (application_ids)' END,
        CASE WHEN candidate_column <> '' THEN 'a.candidate_id = ANY (candidate_ids)' END))
  END;
  unplaced_rows text := CASE WHEN through_another THEN '
  IF unplaced THEN
    PERFORM note_data_areas(ARRAY[''*'']);
  END IF;' ELSE '' END;
  body text;
BEGIN
  IF candidate_column = '' AND application_column = '' AND job_column = '' THEN
    arguments := '';
    -- Not tied to one job or candidate: 048's number, which every kept answer reads.
    body := '
BEGIN
  -- Apart: a TRUNCATE trigger has no changed_rows to plan a query on.
  IF TG_OP = ''TRUNCATE'' THEN
    PERFORM note_data_areas(ARRAY[''*'']);
  ELSIF EXISTS (SELECT 1 FROM changed_rows) THEN
    PERFORM note_data_areas(ARRAY[''*'']);
  END IF;
  RETURN NULL;
END';
  ELSE
    body := format('
DECLARE
  changed boolean;
  unplaced boolean;
  candidate_ids uuid[];
  application_ids uuid[];
  job_ids uuid[];
BEGIN
  IF TG_OP = ''TRUNCATE'' THEN
    PERFORM note_data_areas(ARRAY[''*'']);
    RETURN NULL;
  ELSIF TG_OP = ''UPDATE'' THEN
    %1$s FROM (SELECT %2$s FROM changed_rows UNION ALL SELECT %2$s FROM changed_rows_before) r;
  ELSE
    %1$s FROM (SELECT %2$s FROM changed_rows) r;
  END IF;
  IF NOT changed THEN
    RETURN NULL;
  END IF;%3$s%4$s
  PERFORM note_changed_rows(TG_TABLE_NAME, candidate_ids, job_ids);
  RETURN NULL;
END', gathered, ids, unplaced_rows, lookup);
  END IF;
  EXECUTE format('CREATE OR REPLACE FUNCTION %I() RETURNS trigger LANGUAGE plpgsql AS %L',
                 function_name, body);
  EXECUTE format('DROP TRIGGER IF EXISTS data_areas_insert ON %I', name);
  EXECUTE format('DROP TRIGGER IF EXISTS data_areas_update ON %I', name);
  EXECUTE format('DROP TRIGGER IF EXISTS data_areas_delete ON %I', name);
  EXECUTE format('DROP TRIGGER IF EXISTS data_areas_truncate ON %I', name);
  EXECUTE format('CREATE TRIGGER data_areas_insert AFTER INSERT ON %I
                  REFERENCING NEW TABLE AS changed_rows
                  FOR EACH STATEMENT EXECUTE FUNCTION %I(%s)', name, function_name, arguments);
  EXECUTE format('CREATE TRIGGER data_areas_update AFTER UPDATE ON %I
                  REFERENCING OLD TABLE AS changed_rows_before NEW TABLE AS changed_rows
                  FOR EACH STATEMENT EXECUTE FUNCTION %I(%s)', name, function_name, arguments);
  EXECUTE format('CREATE TRIGGER data_areas_delete AFTER DELETE ON %I
                  REFERENCING OLD TABLE AS changed_rows
                  FOR EACH STATEMENT EXECUTE FUNCTION %I(%s)', name, function_name, arguments);
  EXECUTE format('CREATE TRIGGER data_areas_truncate AFTER TRUNCATE ON %I
                  FOR EACH STATEMENT EXECUTE FUNCTION %I()', name, function_name);
END $$;

SELECT watch_data_areas(name) FROM unnest(ARRAY['jobs', 'scorecard_revisions', 'interview_events',
  'offer_versions', 'offer_approvals', 'offer_answers', 'offer_counter_replies',
  'distinct_candidates']) name;

-- 3. The report facts (021, 029, 033) are written only by the triggers of the tables they sum up,
--    in the same statement, and those tables' own triggers note the same candidates and jobs. No
--    kept answer reads them either (only the reports do, which keep none). Yet each of their
--    statements noted its areas again, with its own lookup of the applications: 4 to 13 times a
--    write (a scorecard draft ran 46 such triggers). They note nothing now; a screen that comes
--    to read them must read the tables they sum up too (answer-cache-areas.test.ts checks it).
DO $$
DECLARE
  facts text;
BEGIN
  FOREACH facts IN ARRAY ARRAY['application_report_facts', 'panel_rating_facts', 'panelist_facts',
                               'stage_stay_facts', 'report_month_facts', 'report_month_deltas'] LOOP
    EXECUTE format('DROP TRIGGER IF EXISTS data_areas_insert ON %I', facts);
    EXECUTE format('DROP TRIGGER IF EXISTS data_areas_update ON %I', facts);
    EXECUTE format('DROP TRIGGER IF EXISTS data_areas_delete ON %I', facts);
    EXECUTE format('DROP TRIGGER IF EXISTS data_areas_truncate ON %I', facts);
    EXECUTE format('DROP FUNCTION IF EXISTS %I()', 'note_data_areas_of_' || facts);
  END LOOP;
END $$;
