-- A large import is written in chunks, each its own short transaction, so other requests are served
-- between them (PGlite has one connection). Each staged row records whether its candidate is
-- written yet: a failed chunk undoes the written ones (all or nothing), a retry resumes after them.
ALTER TABLE candidate_import_rows ADD COLUMN written boolean NOT NULL DEFAULT false;

-- The import's applications each get their first stage event in the same transaction, and that
-- event's trigger refreshes the report facts: the applications' own refresh would be done twice.
-- The import says so for its transaction only (SET LOCAL seleksi.facts_after_events = 'on').
CREATE OR REPLACE FUNCTION report_facts_after_application() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF current_setting('seleksi.facts_after_events', true) = 'on' THEN
    RETURN NULL;
  END IF;
  PERFORM refresh_report_facts(ARRAY(SELECT id FROM new_rows));
  RETURN NULL;
END
$$;
