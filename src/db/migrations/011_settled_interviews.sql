-- A move settles the interviews of the stage it leaves: one that already took place is
-- completed (kept apart from a cancellation, which the candidate and panel are told about).
ALTER TABLE interviews DROP CONSTRAINT interviews_status_check;
ALTER TABLE interviews ADD CONSTRAINT interviews_status_check
  CHECK (status IN ('scheduled', 'cancelled', 'completed'));

ALTER TABLE interview_events DROP CONSTRAINT interview_events_kind_check;
ALTER TABLE interview_events ADD CONSTRAINT interview_events_kind_check
  CHECK (kind IN ('scheduled', 'rescheduled', 'cancelled', 'confirmed', 'reschedule_requested',
    'completed'));

-- Interviews left behind before this rule: those of a stage the application has left are settled
-- the same way (no e-mails: they belong to the past).
UPDATE interviews i SET status = CASE WHEN i.starts_at <= now() THEN 'completed' ELSE 'cancelled' END,
  sequence = sequence + 1, updated_at = now()
FROM applications a
WHERE a.id = i.application_id AND i.status = 'scheduled'
  AND a.stage <> CASE i.stage WHEN 'hr' THEN 'hr_interview' ELSE 'user_interview' END;

-- A user-stage verdict taken before the interview or before the whole panel scored: the decider's
-- written reason, kept in the application's history.
ALTER TABLE application_events ADD COLUMN verdict_override_reason text;
