-- Security and administration: one-time password links (invitations, resets), two-factor sign-in,
-- sign-in throttling, an absolute session lifetime, company security settings and the audit log.

-- An invited user has no password until they use their link.
ALTER TABLE users ALTER COLUMN password_hash DROP NOT NULL;
ALTER TABLE users ADD COLUMN totp_secret text;
ALTER TABLE users ADD COLUMN totp_pending_secret text;
-- The last TOTP time step accepted, so one code cannot be used twice.
ALTER TABLE users ADD COLUMN totp_last_step bigint;

-- However active a session stays, it ends at this point (sessions made before this migration: in a day).
ALTER TABLE sessions ADD COLUMN absolute_expires_at timestamptz NOT NULL DEFAULT now() + interval '24 hours';

CREATE TABLE password_links (
  token_hash text PRIMARY KEY,
  user_id uuid NOT NULL REFERENCES users (id) ON DELETE CASCADE,
  purpose text NOT NULL CHECK (purpose IN ('invitation', 'reset')),
  created_by uuid REFERENCES users (id),
  created_at timestamptz NOT NULL DEFAULT now(),
  expires_at timestamptz NOT NULL,
  used_at timestamptz
);
CREATE INDEX password_links_user_idx ON password_links (user_id);

-- Failed sign-ins per key: 'account:' + SHA-256 of the e-mail (known or not), or 'client:' + address.
CREATE TABLE sign_in_throttles (
  key text PRIMARY KEY,
  failures integer NOT NULL,
  window_started_at timestamptz NOT NULL,
  locked_until timestamptz
);

-- One row of company-wide settings; later settings add columns here.
CREATE TABLE company_settings (
  id boolean PRIMARY KEY DEFAULT true CHECK (id),
  require_admin_two_factor boolean NOT NULL DEFAULT false,
  updated_by uuid REFERENCES users (id),
  updated_at timestamptz NOT NULL DEFAULT now()
);
INSERT INTO company_settings (id) VALUES (true);

-- Who did what to which record, and when. Ids and codes only: no names, e-mails or free text,
-- so the log never becomes a second copy of personal data. `candidate_id` names the data subject
-- an entry is about (no foreign key), so erasing a candidate can find and remove its references.
CREATE TABLE audit_log (
  id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  at timestamptz NOT NULL DEFAULT clock_timestamp(),
  actor_id uuid REFERENCES users (id),
  action text NOT NULL,
  entity_type text NOT NULL,
  entity_id uuid,
  candidate_id uuid,
  detail jsonb NOT NULL DEFAULT '{}'
);
CREATE INDEX audit_log_at_idx ON audit_log (at DESC, id DESC);
CREATE INDEX audit_log_actor_idx ON audit_log (actor_id, at DESC);
CREATE INDEX audit_log_entity_idx ON audit_log (entity_type, entity_id);
CREATE INDEX audit_log_candidate_idx ON audit_log (candidate_id);
