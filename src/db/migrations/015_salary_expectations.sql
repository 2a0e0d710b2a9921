-- The salary a candidate expects, per month in whole rupiah, kept as a history: the amount typed on
-- the apply form, then what they state to HR (gross or take-home, negotiable or not, with a note).
-- Personal data: it goes with the application (erasure cascades), and the audit log never holds it.
CREATE TABLE salary_expectations (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  application_id uuid NOT NULL REFERENCES applications (id) ON DELETE CASCADE,
  monthly_amount bigint NOT NULL CHECK (monthly_amount > 0),
  -- NULL: not said (the apply form asks for the amount only).
  basis text CHECK (basis IN ('gross', 'take_home')),
  negotiable boolean,
  note text NOT NULL DEFAULT '',
  source text NOT NULL CHECK (source IN ('apply_form', 'hr_interview')),
  recorded_by uuid REFERENCES users (id),
  recorded_at timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX salary_expectations_application_idx
  ON salary_expectations (application_id, recorded_at DESC);
