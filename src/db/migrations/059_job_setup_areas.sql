-- Issue 19 (scale29): writes of a normal day that emptied kept answers they could not change.
--
-- 1. A job's own row, its hiring team and its interview plans, as the candidate
-- page reads them.
--
-- The candidate page reads those three tables only for the jobs its candidate applied to (the job
-- titles and states, the teams, and a hiring manager's access through the team and the plans'
-- panels). Yet it declared them whole (table:jobs, table:job_team_members, table:interview_plans:
-- 052, 058), so the first scorecard of any job, which saves that job's interview plan, a plan
-- edited, or any job edited (it saves the team too) emptied every kept candidate page. The job's
-- own area (job:<id>) does not help: every move, note and scorecard of the job moves it.
--
-- Now a write to those tables also notes the job's setup, `job-setup:<job id>`, which nothing else
-- moves; the candidate page reads `candidate-jobs:<candidate id>`, worked out when the session is
-- read (queries/sessions.ts) as the sum of the setup versions of the jobs the candidate applied
-- to. Versions only grow, and the set of those jobs changes only with a write to the candidate's
-- applications, which moves the candidate's own area (also read by the page): the same numbers
-- mean the same rows. The tables keep their 052/058 triggers (job:<id>, table:<name>) for the other
-- screens. A job's deleted rows note no setup: the job gone moves 048's number (053's rule).
CREATE FUNCTION note_job_setup(job_ids uuid[]) RETURNS void LANGUAGE plpgsql AS $$
BEGIN
  IF coalesce(cardinality(job_ids), 0) = 0 THEN
    RETURN;
  END IF;
  IF cardinality(job_ids) > 1000 THEN
    -- A bulk change: one bump that every kept answer reads (052's rule).
    PERFORM note_data_areas(ARRAY['*']);
    RETURN;
  END IF;
  PERFORM note_data_areas(ARRAY(SELECT 'job-setup:' || j.id FROM jobs j
                                WHERE j.id = ANY (job_ids) ORDER BY j.id));
END $$;

CREATE FUNCTION note_job_setup_of_jobs() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF TG_OP = 'UPDATE' THEN
    PERFORM note_job_setup(ARRAY(SELECT id FROM changed_rows UNION SELECT id FROM changed_rows_before));
  ELSE
    PERFORM note_job_setup(ARRAY(SELECT DISTINCT id FROM changed_rows));
  END IF;
  RETURN NULL;
END $$;

CREATE FUNCTION note_job_setup_of_job_rows() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF TG_OP = 'UPDATE' THEN
    PERFORM note_job_setup(ARRAY(SELECT job_id FROM changed_rows
                                 UNION SELECT job_id FROM changed_rows_before));
  ELSE
    PERFORM note_job_setup(ARRAY(SELECT DISTINCT job_id FROM changed_rows));
  END IF;
  RETURN NULL;
END $$;

-- A new job has no candidate yet: only edits and the job's team and plans note its setup.
CREATE TRIGGER job_setup_update AFTER UPDATE ON jobs
  REFERENCING OLD TABLE AS changed_rows_before NEW TABLE AS changed_rows
  FOR EACH STATEMENT EXECUTE FUNCTION note_job_setup_of_jobs();

DO $$
DECLARE
  name text;
BEGIN
  FOREACH name IN ARRAY ARRAY['job_team_members', 'interview_plans'] LOOP
    EXECUTE format('CREATE TRIGGER job_setup_insert AFTER INSERT ON %I
                    REFERENCING NEW TABLE AS changed_rows
                    FOR EACH STATEMENT EXECUTE FUNCTION note_job_setup_of_job_rows()', name);
    EXECUTE format('CREATE TRIGGER job_setup_update AFTER UPDATE ON %I
                    REFERENCING OLD TABLE AS changed_rows_before NEW TABLE AS changed_rows
                    FOR EACH STATEMENT EXECUTE FUNCTION note_job_setup_of_job_rows()', name);
    EXECUTE format('CREATE TRIGGER job_setup_delete AFTER DELETE ON %I
                    REFERENCING OLD TABLE AS changed_rows
                    FOR EACH STATEMENT EXECUTE FUNCTION note_job_setup_of_job_rows()', name);
  END LOOP;
END $$;

-- 2. Tables not tied to a job or candidate move 048's number, which every kept answer reads. Of those
-- a normal day writes, no kept answer reads these (answer-cache-areas.test.ts records every cached
-- route's SQL and fails on a table that notes nothing): an API token's last use (written at most
-- once a minute per token by every integration's calls), set-password links, and a candidate
-- import's file and lines (each preview and run). They note nothing now; the candidates, the
-- applications and the audit entries an import writes note their own areas as before.
DO $$
DECLARE
  name text;
BEGIN
  FOREACH name IN ARRAY ARRAY['api_tokens', 'password_links', 'candidate_imports',
                              'candidate_import_rows'] LOOP
    EXECUTE format('DROP TRIGGER IF EXISTS data_areas_insert ON %I', name);
    EXECUTE format('DROP TRIGGER IF EXISTS data_areas_update ON %I', name);
    EXECUTE format('DROP TRIGGER IF EXISTS data_areas_delete ON %I', name);
    EXECUTE format('DROP TRIGGER IF EXISTS data_areas_truncate ON %I', name);
    EXECUTE format('DROP FUNCTION IF EXISTS %I()', 'note_data_areas_of_' || name);
  END LOOP;
END $$;

-- 3. A user's name, title, role or state shows on many screens, so a change of them stays a change
-- of everything. Their secrets show on none: a two-factor sign-in writes the last code's time
-- step, a new password its hash. An update that changed only those notes nothing.
CREATE OR REPLACE FUNCTION note_data_areas_of_users() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF TG_OP = 'TRUNCATE' THEN
    PERFORM note_data_areas(ARRAY['*']);
  ELSIF TG_OP = 'UPDATE' THEN
    IF EXISTS (SELECT 1 FROM changed_rows n FULL JOIN changed_rows_before o ON o.id = n.id
               WHERE to_jsonb(n) - ARRAY['password_hash', 'totp_secret', 'totp_pending_secret',
                                         'totp_last_step']
                     IS DISTINCT FROM
                     to_jsonb(o) - ARRAY['password_hash', 'totp_secret', 'totp_pending_secret',
                                         'totp_last_step']) THEN
      PERFORM note_data_areas(ARRAY['*']);
    END IF;
  ELSIF EXISTS (SELECT 1 FROM changed_rows) THEN
    PERFORM note_data_areas(ARRAY['*']);
  END IF;
  RETURN NULL;
END $$;
