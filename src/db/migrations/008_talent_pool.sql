-- Talent pool (UU PDP): keeping a candidate for other openings needs its own consent, given on the
-- apply form, in the portal, or by answering HR's invitation, and withdrawable at any time.

ALTER TABLE consents DROP CONSTRAINT consents_purpose_check;
ALTER TABLE consents ADD CONSTRAINT consents_purpose_check
  CHECK (purpose IN ('recruitment', 'talent_pool'));
ALTER TABLE consents ADD COLUMN channel text NOT NULL DEFAULT 'apply_form'
  CHECK (channel IN ('apply_form', 'portal', 'invitation'));
ALTER TABLE consents ADD COLUMN withdrawn_at timestamptz;
-- At most one standing talent-pool consent per candidate.
CREATE UNIQUE INDEX consents_talent_pool_idx ON consents (candidate_id)
  WHERE purpose = 'talent_pool' AND withdrawn_at IS NULL;

-- HR asks a past candidate to join the talent pool. The e-mailed link is the candidate's key; only
-- its SHA-256 is kept, as for password links.
CREATE TABLE talent_pool_invitations (
  token_hash text PRIMARY KEY,
  candidate_id uuid NOT NULL REFERENCES candidates (id) ON DELETE CASCADE,
  -- The opening HR has in mind, named in the e-mail; the consent itself is for any opening.
  job_id uuid REFERENCES jobs (id) ON DELETE SET NULL,
  invited_by uuid REFERENCES users (id),
  created_at timestamptz NOT NULL DEFAULT now(),
  expires_at timestamptz NOT NULL,
  answer text CHECK (answer IN ('agreed', 'declined')),
  answered_at timestamptz
);
CREATE INDEX talent_pool_invitations_candidate_idx ON talent_pool_invitations (candidate_id);

-- E-mails to a candidate that belong to no application (the invitation) still go with them.
ALTER TABLE email_messages ADD COLUMN candidate_id uuid REFERENCES candidates (id) ON DELETE CASCADE;
CREATE INDEX email_messages_candidate_idx ON email_messages (candidate_id);
