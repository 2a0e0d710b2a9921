-- Foundation: users and sessions, jobs with hiring teams, candidates, applications and their history.

CREATE TABLE users (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  email text NOT NULL UNIQUE,
  name text NOT NULL,
  role text NOT NULL CHECK (role IN ('admin', 'recruiter', 'hiring_manager', 'interviewer')),
  title text,
  password_hash text NOT NULL,
  locale text NOT NULL DEFAULT 'id' CHECK (locale IN ('id', 'en')),
  active boolean NOT NULL DEFAULT true,
  created_at timestamptz NOT NULL DEFAULT now()
);

CREATE TABLE sessions (
  token_hash text PRIMARY KEY,
  user_id uuid NOT NULL REFERENCES users (id) ON DELETE CASCADE,
  created_at timestamptz NOT NULL DEFAULT now(),
  expires_at timestamptz NOT NULL
);
CREATE INDEX sessions_user_idx ON sessions (user_id);

CREATE TABLE jobs (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  title text NOT NULL,
  department text NOT NULL,
  city text NOT NULL,
  work_mode text NOT NULL CHECK (work_mode IN ('onsite', 'hybrid', 'remote')),
  employment_type text NOT NULL,
  description text NOT NULL DEFAULT '',
  required_skills text[] NOT NULL DEFAULT '{}',
  tools text[] NOT NULL DEFAULT '{}',
  tests_enabled boolean NOT NULL DEFAULT false,
  status text NOT NULL DEFAULT 'draft' CHECK (status IN ('draft', 'open', 'closed')),
  created_by uuid REFERENCES users (id),
  created_at timestamptz NOT NULL DEFAULT now(),
  updated_at timestamptz NOT NULL DEFAULT now()
);

CREATE TABLE job_team_members (
  job_id uuid NOT NULL REFERENCES jobs (id) ON DELETE CASCADE,
  user_id uuid NOT NULL REFERENCES users (id),
  team_role text NOT NULL CHECK (team_role IN ('recruiter', 'hiring_manager', 'interviewer')),
  PRIMARY KEY (job_id, user_id, team_role)
);
CREATE INDEX job_team_members_user_idx ON job_team_members (user_id);

CREATE TABLE candidates (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  full_name text NOT NULL,
  email text NOT NULL,
  phone text,
  source text NOT NULL,
  tags text[] NOT NULL DEFAULT '{}',
  notes text NOT NULL DEFAULT '',
  created_by uuid REFERENCES users (id),
  created_at timestamptz NOT NULL DEFAULT now(),
  updated_at timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX candidates_email_idx ON candidates (email);

CREATE TABLE applications (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  candidate_id uuid NOT NULL REFERENCES candidates (id),
  job_id uuid NOT NULL REFERENCES jobs (id),
  stage text NOT NULL,
  hr_gate_cleared boolean NOT NULL DEFAULT false,
  stage_entered_at timestamptz NOT NULL DEFAULT now(),
  created_at timestamptz NOT NULL DEFAULT now(),
  UNIQUE (candidate_id, job_id)
);
CREATE INDEX applications_job_stage_idx ON applications (job_id, stage);

CREATE TABLE application_events (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  application_id uuid NOT NULL REFERENCES applications (id) ON DELETE CASCADE,
  actor_id uuid REFERENCES users (id),
  from_stage text,
  to_stage text NOT NULL,
  rejection_reason text,
  note text,
  overrode_hr_gate boolean NOT NULL DEFAULT false,
  created_at timestamptz NOT NULL DEFAULT clock_timestamp()
);
CREATE INDEX application_events_application_idx ON application_events (application_id, created_at);
