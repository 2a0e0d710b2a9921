-- Data subject requests under UU PDP (access, correction, withdrawal of consent, erasure): a ledger
-- with each request's arrival and completion, and the candidate's restriction after a withdrawal.

ALTER TABLE candidates ADD COLUMN processing_restricted_at timestamptz;

CREATE TABLE data_requests (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  -- NULL once the candidate is erased: the request stays in the ledger, the person does not.
  candidate_id uuid REFERENCES candidates (id) ON DELETE SET NULL,
  kind text NOT NULL CHECK (kind IN ('access', 'correction', 'withdrawal', 'erasure')),
  channel text NOT NULL CHECK (channel IN ('email', 'portal', 'phone', 'letter', 'in_person')),
  received_at timestamptz NOT NULL,
  due_at timestamptz NOT NULL,
  recorded_by uuid REFERENCES users (id),
  recorded_at timestamptz NOT NULL DEFAULT now(),
  completed_at timestamptz,
  completed_by uuid REFERENCES users (id),
  -- Codes only (no free text), so the ledger holds no personal data after an erasure.
  outcome text CHECK (outcome IN ('exported', 'corrected', 'restricted', 'erased', 'refused'))
);
CREATE INDEX data_requests_open_idx ON data_requests (due_at) WHERE completed_at IS NULL;
CREATE INDEX data_requests_candidate_idx ON data_requests (candidate_id);
