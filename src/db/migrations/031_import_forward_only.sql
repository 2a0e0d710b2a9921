-- A background import is forward-only (issue 20 review): its candidates are visible while it runs,
-- so HR may already have added notes, interviews or moves to them, and undoing a failed import
-- would delete that work. It never deletes what it wrote:
-- - a row that became a problem since the preview (its e-mail or phone now belongs to someone who
--   arrived meanwhile, its job was closed) is skipped, and kept here by row number and reason
--   (the same shape as a preview problem: never a value from the file);
-- - an import that fails after its retries is 'stopped' at the first valid row it did not write,
--   and what it wrote stays.
ALTER TABLE candidate_imports DROP CONSTRAINT candidate_imports_status_check;
ALTER TABLE candidate_imports ADD CONSTRAINT candidate_imports_status_check CHECK (status IN
  ('uploaded', 'checking', 'checked', 'importing', 'completed', 'stopped', 'failed', 'cancelled'));
ALTER TABLE candidate_imports ADD COLUMN skipped_rows jsonb NOT NULL DEFAULT '[]';
ALTER TABLE candidate_imports ADD COLUMN stopped_at_row integer;
