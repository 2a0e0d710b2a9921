-- How many working days a candidate may wait in each stage of a job before "Today" flags them.
-- A stage without a row uses the default in src/domain/today.ts.
CREATE TABLE stage_targets (
  job_id uuid NOT NULL REFERENCES jobs (id) ON DELETE CASCADE,
  stage text NOT NULL
    CHECK (stage IN ('applied', 'cv_screening', 'hr_interview', 'tests', 'user_interview', 'offer')),
  working_days integer NOT NULL CHECK (working_days BETWEEN 1 AND 65),
  updated_by uuid REFERENCES users (id),
  updated_at timestamptz NOT NULL DEFAULT now(),
  PRIMARY KEY (job_id, stage)
);
