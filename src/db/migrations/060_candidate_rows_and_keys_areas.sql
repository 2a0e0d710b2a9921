-- Issue 19 (scale31): the candidates list and the duplicates check kept only while nothing changed
-- anywhere in the candidates and applications tables (table:candidates, table:applications: 052),
-- so in an API mix with one request in five a write, a note on any of 100,000 candidates, a move
-- or a scorecard draft emptied them: a quarter of them were kept. What each one shows is a few
-- candidates' rows and applications (their own areas, candidate:<id>, told by the answer:
-- answer-cache.ts); what decides which candidates those are moves far less often:
--   * `candidate-rows`: which candidates a list without filters holds and in what order (the
--     newest not restricted): a candidate added or deleted, their created_at or their processing
--     restriction changed;
--   * `candidate-keys`: who could be anyone's possible duplicate (the same e-mail or phone, a name
--     word in the same city; queries/duplicates.ts): a candidate added or deleted, or their name,
--     e-mail, phone, city, created_at (the order) or processing restriction changed.
-- A note, tags or a CV on a candidate, a move or a scorecard notes neither (their candidate's own
-- area, as before). Noted beside 052/053's areas, which stay as they were for every other screen.
CREATE FUNCTION note_candidate_rows_and_keys() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE
  rows_moved boolean;
  keys_moved boolean;
BEGIN
  IF TG_OP = 'UPDATE' THEN
    SELECT coalesce(bool_or(n.id IS NULL OR o.id IS NULL
                            OR n.created_at IS DISTINCT FROM o.created_at
                            OR n.processing_restricted_at IS DISTINCT FROM o.processing_restricted_at),
                    false),
           coalesce(bool_or(n.id IS NULL OR o.id IS NULL
                            OR n.created_at IS DISTINCT FROM o.created_at
                            OR n.processing_restricted_at IS DISTINCT FROM o.processing_restricted_at
                            OR n.full_name IS DISTINCT FROM o.full_name
                            OR n.email IS DISTINCT FROM o.email
                            OR n.phone IS DISTINCT FROM o.phone
                            OR n.city IS DISTINCT FROM o.city),
                    false)
      INTO rows_moved, keys_moved
      FROM changed_rows n FULL JOIN changed_rows_before o ON o.id = n.id;
  ELSE
    rows_moved := EXISTS (SELECT 1 FROM changed_rows);
    keys_moved := rows_moved;
  END IF;
  IF keys_moved THEN
    PERFORM note_data_areas(CASE WHEN rows_moved THEN ARRAY['candidate-keys', 'candidate-rows']
                                 ELSE ARRAY['candidate-keys'] END);
  END IF;
  RETURN NULL;
END $$;

CREATE TRIGGER candidate_rows_insert AFTER INSERT ON candidates
  REFERENCING NEW TABLE AS changed_rows
  FOR EACH STATEMENT EXECUTE FUNCTION note_candidate_rows_and_keys();
CREATE TRIGGER candidate_rows_update AFTER UPDATE ON candidates
  REFERENCING OLD TABLE AS changed_rows_before NEW TABLE AS changed_rows
  FOR EACH STATEMENT EXECUTE FUNCTION note_candidate_rows_and_keys();
CREATE TRIGGER candidate_rows_delete AFTER DELETE ON candidates
  REFERENCING OLD TABLE AS changed_rows
  FOR EACH STATEMENT EXECUTE FUNCTION note_candidate_rows_and_keys();
-- TRUNCATE notes '*' already (053), which every kept answer reads.
