-- Applications in: careers-page applications with consent, CV files and their extracted text,
-- full-text search over candidates, and merging duplicate candidates.

ALTER TABLE candidates ADD COLUMN city text;
ALTER TABLE candidates ADD COLUMN portfolio_url text;
-- The extracted text of the candidate's CVs, kept here so one generated column can index it.
ALTER TABLE candidates ADD COLUMN cv_text text NOT NULL DEFAULT '';

-- array_to_string is only STABLE (element output functions could change); for text[] it cannot.
CREATE FUNCTION seleksi_tags_text(tags text[]) RETURNS text LANGUAGE sql IMMUTABLE PARALLEL SAFE AS 'SELECT array_to_string(tags, '' '')';

-- Names, e-mail, phone and tags match word for word ('simple'); notes and CVs also by Indonesian
-- and English stems, so "mengembangkan" finds "pengembangan" and "developed" finds "developer".
-- The phone is indexed in its national form (0812…) as people type it.
ALTER TABLE candidates ADD COLUMN search_vector tsvector GENERATED ALWAYS AS (
  setweight(to_tsvector('simple', full_name || ' ' || email || ' ' || coalesce(phone, '') || ' ' || coalesce(regexp_replace(phone, '^\+62', '0'), '')), 'A')
  || setweight(to_tsvector('simple', seleksi_tags_text(tags)), 'B')
  || setweight(to_tsvector('simple', notes) || to_tsvector('indonesian', notes) || to_tsvector('english', notes), 'C')
  || setweight(to_tsvector('simple', cv_text) || to_tsvector('indonesian', cv_text) || to_tsvector('english', cv_text), 'D')
) STORED;
CREATE INDEX candidates_search_idx ON candidates USING gin (search_vector);
CREATE INDEX candidates_phone_idx ON candidates (phone);
CREATE INDEX candidates_created_idx ON candidates (created_at DESC, id);
CREATE INDEX applications_candidate_idx ON applications (candidate_id);

-- One row per uploaded CV; the bytes live in the file store under their SHA-256.
CREATE TABLE cv_files (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  candidate_id uuid NOT NULL REFERENCES candidates (id),
  application_id uuid REFERENCES applications (id) ON DELETE SET NULL,
  sha256 text NOT NULL CHECK (sha256 ~ '^[0-9a-f]{64}$'),
  kind text NOT NULL CHECK (kind IN ('pdf', 'docx')),
  byte_size integer NOT NULL CHECK (byte_size > 0),
  -- The candidate's own file name, cleaned, shown and offered on download; never a path.
  file_name text NOT NULL,
  text_status text NOT NULL DEFAULT 'pending' CHECK (text_status IN ('pending', 'extracted', 'no_text', 'failed')),
  text_problem text,
  text text,
  text_extracted_at timestamptz,
  created_at timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX cv_files_candidate_idx ON cv_files (candidate_id, created_at);
CREATE INDEX cv_files_pending_idx ON cv_files (created_at) WHERE text_status = 'pending';

-- What the candidate agreed to, when, and which version of the privacy notice they were shown.
CREATE TABLE consents (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  candidate_id uuid NOT NULL REFERENCES candidates (id),
  application_id uuid REFERENCES applications (id) ON DELETE SET NULL,
  purpose text NOT NULL CHECK (purpose IN ('recruitment')),
  privacy_notice_version text NOT NULL,
  locale text NOT NULL CHECK (locale IN ('id', 'en')),
  given_at timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX consents_candidate_idx ON consents (candidate_id);

-- Who merged which duplicate into which candidate; the merged record itself is gone.
CREATE TABLE candidate_merges (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  kept_candidate_id uuid NOT NULL REFERENCES candidates (id) ON DELETE CASCADE,
  merged_candidate_id uuid NOT NULL,
  merged_by uuid REFERENCES users (id),
  merged_at timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX candidate_merges_kept_idx ON candidate_merges (kept_candidate_id);
