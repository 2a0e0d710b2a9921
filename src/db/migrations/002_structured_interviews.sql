-- Structured interviews: stage templates, the question bank, per-job interview plans,
-- scorecards with their amendment history, and recorded decisions.

CREATE TABLE stage_templates (
  stage text PRIMARY KEY CHECK (stage IN ('hr', 'user')),
  template jsonb NOT NULL,
  updated_by uuid REFERENCES users (id),
  updated_at timestamptz NOT NULL DEFAULT now()
);

CREATE TABLE questions (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  key text UNIQUE,
  stage text NOT NULL CHECK (stage IN ('hr', 'user')),
  attribute text NOT NULL,
  type text NOT NULL,
  roles text[] NOT NULL DEFAULT '{}',
  text_id text NOT NULL,
  text_en text NOT NULL,
  good_answer_id text NOT NULL DEFAULT '',
  good_answer_en text NOT NULL DEFAULT '',
  red_flags_id text NOT NULL DEFAULT '',
  red_flags_en text NOT NULL DEFAULT '',
  created_by uuid REFERENCES users (id),
  created_at timestamptz NOT NULL DEFAULT now(),
  updated_at timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX questions_stage_idx ON questions (stage, attribute);

CREATE TABLE interview_plans (
  job_id uuid NOT NULL REFERENCES jobs (id) ON DELETE CASCADE,
  stage text NOT NULL CHECK (stage IN ('hr', 'user')),
  interviewer_ids uuid[] NOT NULL,
  duration_minutes integer NOT NULL,
  attributes text[] NOT NULL,
  questions jsonb NOT NULL DEFAULT '[]',
  brief text NOT NULL DEFAULT '',
  weight integer NOT NULL,
  updated_at timestamptz NOT NULL DEFAULT now(),
  PRIMARY KEY (job_id, stage)
);

CREATE TABLE scorecards (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  application_id uuid NOT NULL REFERENCES applications (id) ON DELETE CASCADE,
  stage text NOT NULL CHECK (stage IN ('hr', 'user')),
  interviewer_id uuid NOT NULL REFERENCES users (id),
  ratings jsonb NOT NULL DEFAULT '[]',
  recommendation text,
  summary text NOT NULL DEFAULT '',
  question_notes jsonb NOT NULL DEFAULT '{}',
  submitted_at timestamptz,
  created_at timestamptz NOT NULL DEFAULT now(),
  updated_at timestamptz NOT NULL DEFAULT now(),
  UNIQUE (application_id, stage, interviewer_id)
);

CREATE TABLE scorecard_revisions (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  scorecard_id uuid NOT NULL REFERENCES scorecards (id) ON DELETE CASCADE,
  ratings jsonb NOT NULL,
  recommendation text,
  summary text NOT NULL,
  reason text NOT NULL,
  changed_by uuid REFERENCES users (id),
  created_at timestamptz NOT NULL DEFAULT clock_timestamp()
);

CREATE TABLE decisions (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  application_id uuid NOT NULL REFERENCES applications (id) ON DELETE CASCADE,
  stage text NOT NULL CHECK (stage IN ('hr', 'user')),
  outcome text NOT NULL CHECK (outcome IN ('advance', 'reject', 'hold')),
  rationale text NOT NULL DEFAULT '',
  conflict boolean NOT NULL DEFAULT false,
  against_panel boolean NOT NULL DEFAULT false,
  scores jsonb NOT NULL,
  decided_by uuid REFERENCES users (id),
  created_at timestamptz NOT NULL DEFAULT clock_timestamp()
);
CREATE INDEX decisions_application_idx ON decisions (application_id, created_at);
