-- The areas of 052, noted for less (perf27). 052's one trigger function for every table built its
-- queries as text at every statement (EXECUTE format: parsed and planned each time, up to four
-- times a statement), merged the areas noted so far by unnesting, sorting and joining them again,
-- and noted a table's area even for a statement that changed no row. Every write statement paid
-- that, and PGlite runs it in the server's own thread: a demo seed took half as long again, a
-- scorecard draft twice as long. Now:
--   * each watched table has a trigger function of its own, written by watch_data_areas with the
--     table's columns in it: plain SQL, planned once per connection and kept;
--   * its applications are read in one lookup (the application rows' candidates and jobs, and the
--     jobs a candidate applied to), and only where the table has the column that needs it;
--   * a statement that changed no row notes nothing (an UPDATE that matched nothing, an INSERT …
--     ON CONFLICT that inserted nothing fires the INSERT and the UPDATE trigger);
--   * the areas noted so far are kept as ',a,b,' and an area is added only when it is not in it
--     yet (strpos), sorted once at the commit's bump.
-- The areas a statement notes, the bump at commit, its order (048's number, then the areas in
-- order) and the erasure rule (a gone candidate's or job's area is deleted, 048's number moves)
-- are 052's. The triggers keep their names and their arguments (the table's candidate,
-- application and job columns; tests and tools read them).

CREATE OR REPLACE FUNCTION note_data_areas(areas text[]) RETURNS void LANGUAGE plpgsql AS $$
DECLARE
  before text := coalesce(nullif(current_setting('seleksi.data_areas', true), ''), ',');
  noted text := before;
  area text;
BEGIN
  FOREACH area IN ARRAY coalesce(areas, '{}') LOOP
    IF strpos(noted, ',' || area || ',') = 0 THEN
      noted := noted || area || ',';
    END IF;
  END LOOP;
  IF noted = before THEN
    RETURN;
  END IF;
  -- The areas first: under SET CONSTRAINTS IMMEDIATE the pending row's bump runs at the end of
  -- its INSERT and must find them.
  PERFORM set_config('seleksi.data_areas', noted, true);
  IF before = ',' THEN
    INSERT INTO data_version_pending (txid) VALUES (txid_current()) ON CONFLICT DO NOTHING;
  END IF;
END $$;

-- What one statement on `table_name` changed: its table, the candidates and the jobs (the
-- trigger functions below have already looked up the jobs and candidates of applications).
CREATE FUNCTION note_changed_rows(table_name text, candidate_ids uuid[], job_ids uuid[])
RETURNS void LANGUAGE plpgsql AS $$
DECLARE
  areas text[];
  id uuid;
BEGIN
  IF coalesce(cardinality(candidate_ids), 0) + coalesce(cardinality(job_ids), 0) > 1000 THEN
    -- A bulk change: one bump that every kept answer reads, rather than thousands of rows.
    PERFORM note_data_areas(ARRAY['*', 'table:' || table_name]);
    RETURN;
  END IF;
  areas := ARRAY['table:' || table_name];
  FOREACH id IN ARRAY coalesce(candidate_ids, '{}') LOOP
    areas := areas || ('candidate:' || id);
  END LOOP;
  FOREACH id IN ARRAY coalesce(job_ids, '{}') LOOP
    areas := areas || ('job:' || id);
  END LOOP;
  PERFORM note_data_areas(areas);
END $$;

CREATE OR REPLACE FUNCTION bump_data_versions() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE
  noted text := trim(BOTH ',' FROM coalesce(current_setting('seleksi.data_areas', true), ''));
  areas text[];
  gone text[] := '{}';
BEGIN
  -- Cleared, so a later statement of this transaction notes again (SET CONSTRAINTS IMMEDIATE).
  PERFORM set_config('seleksi.data_areas', '', true);
  DELETE FROM data_version_pending WHERE txid = NEW.txid;
  IF noted = '' THEN
    RETURN NULL;
  END IF;
  areas := string_to_array(noted, ',');
  -- A candidate erased or a job deleted: no row may still name them (an erasure leaves nothing
  -- that points at the person), so their version goes, and 048's number moves instead, which
  -- every kept answer reads (a missing version reads 0, as before the area's first write).
  IF strpos(noted, 'candidate:') > 0 OR strpos(noted, 'job:') > 0 THEN
    gone := ARRAY(SELECT area FROM unnest(areas) area
                  WHERE (starts_with(area, 'candidate:') AND NOT EXISTS (
                           SELECT 1 FROM candidates c WHERE c.id = substr(area, 11)::uuid))
                     OR (starts_with(area, 'job:') AND NOT EXISTS (
                           SELECT 1 FROM jobs j WHERE j.id = substr(area, 5)::uuid))
                  ORDER BY area);
  END IF;
  IF '*' = ANY (areas) OR cardinality(gone) > 0 THEN
    UPDATE data_version SET version = version + 1;
  END IF;
  IF cardinality(gone) > 0 THEN
    DELETE FROM data_versions WHERE area = ANY (gone);
  END IF;
  INSERT INTO data_versions (area, version)
    SELECT area, 1 FROM unnest(areas) area WHERE area <> '*' AND NOT area = ANY (gone) ORDER BY area
    ON CONFLICT (area) DO UPDATE SET version = data_versions.version + 1;
  RETURN NULL;
END $$;

-- The triggers of one table and their function, replacing 052's (a later migration that adds a
-- table runs SELECT watch_data_areas('<table>'), as before).
CREATE OR REPLACE FUNCTION watch_data_areas(name text) RETURNS void LANGUAGE plpgsql AS $$
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
  function_name text := 'note_data_areas_of_' || name;
  -- The changed rows' ids (NULL where the table has no such column), and whether there were any.
  ids text := format('%s AS candidate_id, %s AS application_id, %s AS job_id',
                     CASE WHEN candidate_column = '' THEN 'NULL::uuid' ELSE quote_ident(candidate_column) END,
                     CASE WHEN application_column = '' THEN 'NULL::uuid' ELSE quote_ident(application_column) END,
                     CASE WHEN job_column = '' THEN 'NULL::uuid' ELSE quote_ident(job_column) END);
  gathered text := 'SELECT count(*) > 0,
                      array_agg(DISTINCT candidate_id) FILTER (WHERE candidate_id IS NOT NULL),
                      array_agg(DISTINCT application_id) FILTER (WHERE application_id IS NOT NULL),
                      array_agg(DISTINCT job_id) FILTER (WHERE job_id IS NOT NULL)
                    INTO changed, candidate_ids, application_ids, job_ids';
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
  END IF;%3$s
  PERFORM note_changed_rows(TG_TABLE_NAME, candidate_ids, job_ids);
  RETURN NULL;
END', gathered, ids, lookup);
  END IF;
  EXECUTE format('CREATE OR REPLACE FUNCTION %I() RETURNS trigger LANGUAGE plpgsql AS %L',
                 function_name, body);
  EXECUTE format('DROP TRIGGER IF EXISTS data_version_bump ON %I', name);
  EXECUTE format('DROP TRIGGER IF EXISTS data_version_bump_truncate ON %I', name);
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

SELECT watch_data_areas(c.relname) FROM pg_trigger t JOIN pg_class c ON c.oid = t.tgrelid
WHERE t.tgname = 'data_areas_insert' AND c.relnamespace = current_schema()::regnamespace;

DROP FUNCTION note_changed_data_areas();
