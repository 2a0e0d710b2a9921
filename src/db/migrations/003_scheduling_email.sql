-- Scheduling, e-mail and the candidate portal: interviews with their history, editable e-mail
-- templates, every message sent (the outbox), and the private portal links.

ALTER TABLE candidates ADD COLUMN locale text NOT NULL DEFAULT 'id' CHECK (locale IN ('id', 'en'));

CREATE TABLE interviews (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  application_id uuid NOT NULL REFERENCES applications (id) ON DELETE CASCADE,
  stage text NOT NULL CHECK (stage IN ('hr', 'user')),
  starts_at timestamptz NOT NULL,
  duration_minutes integer NOT NULL CHECK (duration_minutes BETWEEN 15 AND 480),
  time_zone text NOT NULL,
  mode text NOT NULL CHECK (mode IN ('online', 'onsite')),
  meeting_url text NOT NULL DEFAULT '',
  address text NOT NULL DEFAULT '',
  room text NOT NULL DEFAULT '',
  reception_contact text NOT NULL DEFAULT '',
  interviewer_ids uuid[] NOT NULL,
  locale text NOT NULL CHECK (locale IN ('id', 'en')),
  status text NOT NULL DEFAULT 'scheduled' CHECK (status IN ('scheduled', 'cancelled')),
  sequence integer NOT NULL DEFAULT 0,
  candidate_response text NOT NULL DEFAULT 'pending'
    CHECK (candidate_response IN ('pending', 'confirmed', 'reschedule_requested')),
  created_by uuid REFERENCES users (id),
  created_at timestamptz NOT NULL DEFAULT now(),
  updated_at timestamptz NOT NULL DEFAULT now()
);
CREATE UNIQUE INDEX interviews_one_active_idx ON interviews (application_id, stage)
  WHERE status = 'scheduled';
CREATE INDEX interviews_starts_idx ON interviews (starts_at) WHERE status = 'scheduled';

CREATE TABLE interview_events (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  interview_id uuid NOT NULL REFERENCES interviews (id) ON DELETE CASCADE,
  kind text NOT NULL
    CHECK (kind IN ('scheduled', 'rescheduled', 'cancelled', 'confirmed', 'reschedule_requested')),
  -- NULL: the candidate acted, through the portal.
  actor_id uuid REFERENCES users (id),
  starts_at timestamptz,
  previous_starts_at timestamptz,
  reason text NOT NULL DEFAULT '',
  proposed_times jsonb NOT NULL DEFAULT '[]',
  created_at timestamptz NOT NULL DEFAULT clock_timestamp()
);
CREATE INDEX interview_events_interview_idx ON interview_events (interview_id, created_at);

CREATE TABLE email_templates (
  key text NOT NULL,
  locale text NOT NULL CHECK (locale IN ('id', 'en')),
  subject text NOT NULL,
  body text NOT NULL,
  updated_by uuid REFERENCES users (id),
  updated_at timestamptz NOT NULL DEFAULT now(),
  PRIMARY KEY (key, locale)
);

CREATE TABLE email_messages (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  -- One message per cause and recipient: a retried job or a repeated request never sends twice.
  idempotency_key text NOT NULL UNIQUE,
  template text NOT NULL,
  locale text NOT NULL,
  to_email text NOT NULL,
  to_name text NOT NULL,
  subject text NOT NULL,
  body text NOT NULL,
  calendar_method text CHECK (calendar_method IN ('REQUEST', 'CANCEL')),
  calendar_ics text,
  application_id uuid REFERENCES applications (id) ON DELETE CASCADE,
  interview_id uuid REFERENCES interviews (id) ON DELETE SET NULL,
  status text NOT NULL DEFAULT 'queued' CHECK (status IN ('queued', 'sent', 'failed')),
  transport text CHECK (transport IN ('smtp', 'outbox')),
  attempts integer NOT NULL DEFAULT 0,
  last_error text,
  created_at timestamptz NOT NULL DEFAULT clock_timestamp(),
  sent_at timestamptz
);
CREATE INDEX email_messages_application_idx ON email_messages (application_id, created_at);
CREATE INDEX email_messages_created_idx ON email_messages (created_at DESC);

CREATE TABLE portal_links (
  token text PRIMARY KEY,
  application_id uuid NOT NULL REFERENCES applications (id) ON DELETE CASCADE,
  created_at timestamptz NOT NULL DEFAULT now(),
  revoked_at timestamptz
);
CREATE UNIQUE INDEX portal_links_active_idx ON portal_links (application_id)
  WHERE revoked_at IS NULL;
