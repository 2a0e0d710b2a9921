-- Versions per area of the data (issue 19, after 048). With one version for everything, every
-- committed write emptied every kept answer (server/answer-cache.ts), so under a steady trickle of
-- writes the heavy screens were computed again on nearly every request. Now a write bumps only the
-- areas it changed, and an answer is kept against the versions of the areas it read:
--   'job:<id>'        everything shown for one job: its applications, their candidates, their
--                     interviews, scorecards, offers… (a board, a job's page);
--   'candidate:<id>'  everything shown for one candidate: the candidate, their applications and
--                     what hangs off those (the candidate's page);
--   'table:<name>'    any change to that table, for the lists that span every job or candidate;
--   data_version      (048's single number) any change to a table that is not tied to one job or
--                     candidate (jobs, users, settings…), and any bulk change of over 1,000 jobs
--                     and candidates in one statement; every kept answer reads it.
-- A table with candidate_id, application_id or job_id columns is tied to those areas: a row of a
-- candidate touches the candidate and every job they applied to (a name shows on each board); a
-- row of an application touches its candidate and its job; a row with only a job its job.
-- Statement-level triggers note the areas (from the rows each statement changed) in a transaction
-- setting, so a bulk write is one event; at commit one deferred trigger bumps them, in area
-- order after 048's number, so bumps never wait on each other in a cycle and rows are locked last
-- and briefly. A later migration that adds a table runs SELECT watch_data_areas('<table>').
CREATE TABLE data_versions (
  area text PRIMARY KEY,
  version bigint NOT NULL
);

-- One row while a transaction has areas to bump: its deferred trigger is the bump at commit.
CREATE TABLE data_version_pending (
  txid bigint PRIMARY KEY
);

CREATE FUNCTION note_data_areas(areas text[]) RETURNS void LANGUAGE plpgsql AS $$
DECLARE
  noted text := coalesce(current_setting('seleksi.data_areas', true), '');
BEGIN
  IF areas IS NULL OR cardinality(areas) = 0 THEN
    RETURN;
  END IF;
  -- The areas first: under SET CONSTRAINTS IMMEDIATE the pending row's bump runs at the end of
  -- its INSERT and must find them.
  PERFORM set_config('seleksi.data_areas',
    (SELECT string_agg(DISTINCT area, ',' ORDER BY area)
       FROM unnest(string_to_array(nullif(noted, ''), ',') || areas) area),
    true);
  IF noted = '' THEN
    INSERT INTO data_version_pending (txid) VALUES (txid_current()) ON CONFLICT DO NOTHING;
  END IF;
END $$;

-- TG_ARGV: the table's candidate, application and job columns ('' when it has none).
CREATE FUNCTION note_changed_data_areas() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE
  candidate_column text := TG_ARGV[0];
  application_column text := TG_ARGV[1];
  job_column text := TG_ARGV[2];
  candidate_ids uuid[] := '{}';
  application_ids uuid[] := '{}';
  job_ids uuid[] := '{}';
  of_applications uuid[] := '{}';
  changed text := 'SELECT %1$I AS id FROM changed_rows';
BEGIN
  IF TG_OP = 'TRUNCATE' OR TG_NARGS = 0 THEN
    PERFORM note_data_areas(ARRAY['*']);
    RETURN NULL;
  END IF;
  IF TG_OP = 'UPDATE' THEN
    changed := changed || ' UNION SELECT %1$I FROM changed_rows_before';
  END IF;
  changed := 'SELECT coalesce(array_agg(DISTINCT id), ''{}'') FROM (' || changed
             || ') r WHERE id IS NOT NULL';
  IF candidate_column <> '' THEN
    EXECUTE format(changed, candidate_column) INTO candidate_ids;
  END IF;
  IF application_column <> '' THEN
    EXECUTE format(changed, application_column) INTO application_ids;
  END IF;
  IF job_column <> '' THEN
    EXECUTE format(changed, job_column) INTO job_ids;
  END IF;
  IF cardinality(application_ids) > 0 THEN
    SELECT coalesce(array_agg(DISTINCT candidate_id), '{}'), job_ids || coalesce(array_agg(DISTINCT job_id), '{}')
      INTO of_applications, job_ids
      FROM applications WHERE id = ANY (application_ids);
  END IF;
  IF cardinality(candidate_ids) > 0 THEN
    job_ids := job_ids || ARRAY(SELECT DISTINCT job_id FROM applications
                                WHERE candidate_id = ANY (candidate_ids));
  END IF;
  candidate_ids := candidate_ids || of_applications;
  IF cardinality(candidate_ids) + cardinality(job_ids) > 1000 THEN
    -- A bulk change: one bump that every kept answer reads, rather than thousands of rows.
    PERFORM note_data_areas(ARRAY['*', 'table:' || TG_TABLE_NAME]);
  ELSE
    PERFORM note_data_areas(ARRAY['table:' || TG_TABLE_NAME]
      || ARRAY(SELECT 'candidate:' || id FROM unnest(candidate_ids) id)
      || ARRAY(SELECT 'job:' || id FROM unnest(job_ids) id));
  END IF;
  RETURN NULL;
END $$;

CREATE FUNCTION bump_data_versions() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE
  areas text[] := string_to_array(nullif(current_setting('seleksi.data_areas', true), ''), ',');
  gone text[];
BEGIN
  -- Cleared, so a later statement of this transaction notes again (SET CONSTRAINTS IMMEDIATE).
  PERFORM set_config('seleksi.data_areas', '', true);
  DELETE FROM data_version_pending WHERE txid = NEW.txid;
  IF areas IS NULL THEN
    RETURN NULL;
  END IF;
  -- A candidate erased or a job deleted: no row may still name them (an erasure leaves nothing
  -- that points at the person), so their version goes, and 048's number moves instead, which
  -- every kept answer reads (a missing version reads 0, as before the area's first write).
  gone := ARRAY(SELECT area FROM unnest(areas) area
                WHERE (area LIKE 'candidate:%' AND NOT EXISTS (
                         SELECT 1 FROM candidates c WHERE c.id = substr(area, 11)::uuid))
                   OR (area LIKE 'job:%' AND NOT EXISTS (
                         SELECT 1 FROM jobs j WHERE j.id = substr(area, 5)::uuid)));
  IF '*' = ANY (areas) OR cardinality(gone) > 0 THEN
    UPDATE data_version SET version = version + 1;
  END IF;
  DELETE FROM data_versions WHERE area = ANY (gone);
  INSERT INTO data_versions (area, version)
    SELECT area, 1 FROM unnest(areas) area WHERE area <> '*' AND NOT area = ANY (gone) ORDER BY area
    ON CONFLICT (area) DO UPDATE SET version = data_versions.version + 1;
  RETURN NULL;
END $$;

CREATE CONSTRAINT TRIGGER data_version_bump AFTER INSERT ON data_version_pending
  DEFERRABLE INITIALLY DEFERRED FOR EACH ROW EXECUTE FUNCTION bump_data_versions();

-- The triggers of one table, replacing 048's row-level ones.
CREATE FUNCTION watch_data_areas(name text) RETURNS void LANGUAGE plpgsql AS $$
DECLARE
  has_column text[] := ARRAY(SELECT column_name::text FROM information_schema.columns
                              WHERE table_schema = current_schema() AND table_name = name);
  candidate_column text := CASE WHEN name = 'candidates' THEN 'id'
                                WHEN 'candidate_id' = ANY (has_column) THEN 'candidate_id'
                                ELSE '' END;
  application_column text := CASE WHEN name <> 'applications' AND 'application_id' = ANY (has_column)
                                  THEN 'application_id' ELSE '' END;
  job_column text := CASE WHEN 'job_id' = ANY (has_column) THEN 'job_id' ELSE '' END;
  arguments text := format('%L, %L, %L', candidate_column, application_column, job_column);
BEGIN
  EXECUTE format('DROP TRIGGER IF EXISTS data_version_bump ON %I', name);
  EXECUTE format('DROP TRIGGER IF EXISTS data_version_bump_truncate ON %I', name);
  IF candidate_column = '' AND application_column = '' AND job_column = '' THEN
    arguments := '';
  END IF;
  EXECUTE format('CREATE TRIGGER data_areas_insert AFTER INSERT ON %I
                  REFERENCING NEW TABLE AS changed_rows
                  FOR EACH STATEMENT EXECUTE FUNCTION note_changed_data_areas(%s)', name, arguments);
  EXECUTE format('CREATE TRIGGER data_areas_update AFTER UPDATE ON %I
                  REFERENCING OLD TABLE AS changed_rows_before NEW TABLE AS changed_rows
                  FOR EACH STATEMENT EXECUTE FUNCTION note_changed_data_areas(%s)', name, arguments);
  EXECUTE format('CREATE TRIGGER data_areas_delete AFTER DELETE ON %I
                  REFERENCING OLD TABLE AS changed_rows
                  FOR EACH STATEMENT EXECUTE FUNCTION note_changed_data_areas(%s)', name, arguments);
  EXECUTE format('CREATE TRIGGER data_areas_truncate AFTER TRUNCATE ON %I
                  FOR EACH STATEMENT EXECUTE FUNCTION note_changed_data_areas()', name);
END $$;

SELECT watch_data_areas(tablename) FROM pg_tables
WHERE schemaname = current_schema()
  AND tablename NOT IN ('data_version', 'data_versions', 'data_version_pending', 'schema_migrations',
                        'sessions', 'sign_in_throttles', 'rate_limit_counters');

DROP FUNCTION bump_data_version();
