-- The candidate's answers to an offer and HR's replies to a counter-proposal, kept beside the
-- offer's versions so the whole exchange reads in order with who and when.

-- One row per answer, about the version the candidate saw. An acceptance carries the name the
-- candidate typed, their consent and a SHA-256 of their IP address and user agent (never the
-- address itself); a decline an optional reason from the domain's list; a counter-proposal an
-- amount (gross monthly, whole rupiah) and/or a start date, and a note.
CREATE TABLE offer_answers (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  offer_id uuid NOT NULL REFERENCES offers (id) ON DELETE CASCADE,
  version integer NOT NULL,
  kind text NOT NULL CHECK (kind IN ('accept', 'decline', 'counter')),
  signed_name text,
  consent_given boolean,
  client_hash text,
  decline_reason text CHECK (
    decline_reason IN (
      'accepted_other_offer', 'salary', 'benefits', 'start_date', 'location_or_work_mode',
      'role_or_career', 'personal', 'other'
    )
  ),
  counter_salary bigint CHECK (counter_salary > 0),
  counter_start_date date,
  note text NOT NULL DEFAULT '',
  answered_at timestamptz NOT NULL DEFAULT clock_timestamp(),
  FOREIGN KEY (offer_id, version) REFERENCES offer_versions (offer_id, version) ON DELETE CASCADE,
  CONSTRAINT offer_answers_accept_signed CHECK (
    kind <> 'accept' OR (signed_name IS NOT NULL AND consent_given AND client_hash IS NOT NULL)
  ),
  CONSTRAINT offer_answers_counter_proposes CHECK (
    kind <> 'counter' OR counter_salary IS NOT NULL OR counter_start_date IS NOT NULL
  )
);
-- The first accept or decline stands: the database refuses a second one too.
CREATE UNIQUE INDEX offer_answers_one_final_idx
  ON offer_answers (offer_id) WHERE kind IN ('accept', 'decline');
CREATE INDEX offer_answers_offer_idx ON offer_answers (offer_id, answered_at);

-- HR's reply to a counter-proposal: holding firm (the offer stands as sent, with a note for the
-- candidate) or revising (a new version, which goes through approval and sending again).
CREATE TABLE offer_counter_replies (
  answer_id uuid PRIMARY KEY REFERENCES offer_answers (id) ON DELETE CASCADE,
  kind text NOT NULL CHECK (kind IN ('hold_firm', 'revised')),
  note text NOT NULL DEFAULT '',
  revised_version integer,
  replied_by uuid REFERENCES users (id),
  replied_at timestamptz NOT NULL DEFAULT clock_timestamp()
);

-- The expiry date the candidate was last reminded of: the daily sweep reminds once per date, and
-- again if HR extends the offer.
ALTER TABLE offers ADD COLUMN reminded_for_expiry date;

-- An accepted offer's start date on the hired application; and when HR confirmed closing the
-- candidate's other open applications (never automatic).
ALTER TABLE applications ADD COLUMN start_date date;
ALTER TABLE offers ADD COLUMN other_applications_closed_at timestamptz;
