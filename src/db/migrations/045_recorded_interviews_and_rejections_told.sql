-- A held interview recorded afterwards (a walk-in) is held by definition, scorecards in or not;
-- a booking whose time passed with no scorecard may have been missed. The two were told apart
-- only by reading the first history entry (a 'scheduled' entry written after the start it names),
-- which no SQL rule read and which a corrected time would break. The row says so now.
ALTER TABLE interviews ADD COLUMN recorded boolean NOT NULL DEFAULT false;

UPDATE interviews i SET recorded = true
WHERE EXISTS (SELECT 1 FROM interview_events e WHERE e.interview_id = i.id
              AND e.kind = 'scheduled' AND e.created_at >= e.starts_at);

-- HR corrects such a record (its time, panel or place): nobody is told, the history says so.
ALTER TABLE interview_events DROP CONSTRAINT interview_events_kind_check;
ALTER TABLE interview_events ADD CONSTRAINT interview_events_kind_check
  CHECK (kind IN ('scheduled', 'rescheduled', 'cancelled', 'confirmed', 'reschedule_requested',
    'completed', 'corrected'));

-- HR told a rejected candidate by phone or in person: like a rejection e-mail, it ends Today's
-- "send word to the candidate" and lets the portal show the outcome. How, never what was said.
CREATE TABLE rejections_told (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  application_id uuid NOT NULL REFERENCES applications (id) ON DELETE CASCADE,
  how text NOT NULL CHECK (how IN ('phone', 'in_person')),
  told_by uuid REFERENCES users (id) ON DELETE SET NULL,
  created_at timestamptz NOT NULL DEFAULT clock_timestamp()
);
CREATE INDEX rejections_told_application_idx ON rejections_told (application_id, created_at);
