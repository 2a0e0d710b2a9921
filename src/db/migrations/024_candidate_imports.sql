-- Candidates imported from a spreadsheet (CSV or XLSX). The upload's rows wait here, as read, while
-- HR maps the columns and reads the preview; each row's check is kept beside it. Only the import's
-- commit writes candidates, in one transaction; the rows are then deleted (they are personal data
-- that erasure would not find here).
CREATE TABLE candidate_imports (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  created_by uuid NOT NULL REFERENCES users (id),
  file_name text NOT NULL,
  columns text[] NOT NULL,
  -- Field → column index, as HR confirmed it for the preview.
  mapping jsonb,
  status text NOT NULL DEFAULT 'uploaded' CHECK (status IN
    ('uploaded', 'checking', 'checked', 'importing', 'completed', 'failed', 'cancelled')),
  total_rows integer NOT NULL,
  -- Rows checked so far (the progress of a check that runs in the background).
  checked_rows integer NOT NULL DEFAULT 0,
  valid_rows integer NOT NULL DEFAULT 0,
  imported_rows integer NOT NULL DEFAULT 0,
  -- A code (never a value from the file) when the background work failed.
  failure text,
  created_at timestamptz NOT NULL DEFAULT now(),
  finished_at timestamptz
);
CREATE INDEX candidate_imports_created_by_idx ON candidate_imports (created_by, created_at DESC);

CREATE TABLE candidate_import_rows (
  import_id uuid NOT NULL REFERENCES candidate_imports (id) ON DELETE CASCADE,
  -- The spreadsheet's own row number (the header is row 1), as HR sees it in the file.
  row_number integer NOT NULL,
  cells jsonb NOT NULL,
  -- The candidate this row becomes, once checked and valid (ids chosen in advance).
  candidate jsonb,
  problems jsonb NOT NULL DEFAULT '[]',
  PRIMARY KEY (import_id, row_number)
);

-- An imported candidate's data is processed on HR's say-so ("imported by HR"), not a form.
ALTER TABLE consents DROP CONSTRAINT consents_channel_check;
ALTER TABLE consents ADD CONSTRAINT consents_channel_check
  CHECK (channel IN ('apply_form', 'portal', 'invitation', 'hr_import'));
