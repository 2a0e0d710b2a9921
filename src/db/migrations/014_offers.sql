-- The offer stage. An offer belongs to one application and is kept as numbered versions: a
-- revision after a counter-proposal, or any change after approval, is a new version that needs
-- approval again. Amounts are gross monthly, in whole rupiah.

-- Regional minimum wages: a province's UMP (city NULL) or a city's UMK, per year, with the
-- decree it comes from. Admins update the table each year.
CREATE TABLE minimum_wages (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  province text NOT NULL,
  city text,
  year integer NOT NULL CHECK (year BETWEEN 2000 AND 2100),
  monthly_amount bigint NOT NULL CHECK (monthly_amount > 0),
  decree text NOT NULL,
  updated_by uuid REFERENCES users (id),
  updated_at timestamptz NOT NULL DEFAULT now()
);
CREATE UNIQUE INDEX minimum_wages_region_year_idx
  ON minimum_wages (province, lower(coalesce(city, '')), year);

-- The company's approval rule: every offer needs approval, or only those outside the job's band;
-- and the approver an admin names (besides the job's hiring manager). One row.
CREATE TABLE offer_settings (
  id boolean PRIMARY KEY DEFAULT true CHECK (id),
  every_offer_needs_approval boolean NOT NULL DEFAULT false,
  approver_id uuid REFERENCES users (id) ON DELETE SET NULL,
  updated_by uuid REFERENCES users (id),
  updated_at timestamptz NOT NULL DEFAULT now()
);
INSERT INTO offer_settings DEFAULT VALUES;

CREATE TABLE offers (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  application_id uuid NOT NULL REFERENCES applications (id) ON DELETE CASCADE,
  status text NOT NULL DEFAULT 'draft' CHECK (
    status IN (
      'draft', 'awaiting_approval', 'approved', 'sent', 'countered', 'accepted', 'declined', 'withdrawn'
    )
  ),
  current_version integer NOT NULL DEFAULT 1,
  sent_at timestamptz,
  created_by uuid REFERENCES users (id),
  created_at timestamptz NOT NULL DEFAULT now(),
  updated_at timestamptz NOT NULL DEFAULT now()
);
-- One live offer per application; a declined or withdrawn one stays as history.
CREATE UNIQUE INDEX offers_one_live_per_application_idx
  ON offers (application_id) WHERE status NOT IN ('declined', 'withdrawn');

CREATE TABLE offer_versions (
  offer_id uuid NOT NULL REFERENCES offers (id) ON DELETE CASCADE,
  version integer NOT NULL CHECK (version >= 1),
  job_title text NOT NULL,
  contract_type text NOT NULL CHECK (contract_type IN ('pkwtt', 'pkwt')),
  contract_months integer CHECK (contract_months BETWEEN 1 AND 60),
  probation_months integer NOT NULL DEFAULT 0 CHECK (probation_months BETWEEN 0 AND 3),
  gross_monthly_salary bigint NOT NULL CHECK (gross_monthly_salary > 0),
  -- [{ "name": "Transport", "monthlyAmount": 500000 }]
  allowances jsonb NOT NULL DEFAULT '[]',
  -- ["Asuransi kesehatan keluarga", ...]
  benefits jsonb NOT NULL DEFAULT '[]',
  thr boolean NOT NULL DEFAULT true,
  bpjs_kesehatan boolean NOT NULL DEFAULT true,
  bpjs_ketenagakerjaan boolean NOT NULL DEFAULT true,
  working_days text NOT NULL DEFAULT '',
  working_hours text NOT NULL DEFAULT '',
  work_location text NOT NULL DEFAULT '',
  work_mode text NOT NULL CHECK (work_mode IN ('onsite', 'hybrid', 'remote')),
  offer_date date NOT NULL,
  start_date date NOT NULL,
  expires_on date NOT NULL,
  note text NOT NULL DEFAULT '',
  -- Why this version exists: the first draft, a change by HR, a revision answering a counter.
  reason text NOT NULL DEFAULT 'draft' CHECK (reason IN ('draft', 'change', 'counter_revision')),
  created_by uuid REFERENCES users (id),
  created_at timestamptz NOT NULL DEFAULT now(),
  PRIMARY KEY (offer_id, version)
);

-- Each approval or rejection of a version, with who, when and why.
CREATE TABLE offer_approvals (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  offer_id uuid NOT NULL,
  version integer NOT NULL,
  approver_id uuid NOT NULL REFERENCES users (id),
  decision text NOT NULL CHECK (decision IN ('approved', 'rejected')),
  reason text NOT NULL DEFAULT '',
  decided_at timestamptz NOT NULL DEFAULT clock_timestamp(),
  FOREIGN KEY (offer_id, version) REFERENCES offer_versions (offer_id, version) ON DELETE CASCADE
);
CREATE INDEX offer_approvals_offer_idx ON offer_approvals (offer_id, version);
