-- HR records that the candidate did not come to a booked interview. The interview is off as after
-- a cancellation (status 'cancelled': no scorecards awaited, the stage is to book again), and its
-- history says why, so the candidate page reads "Did not come" rather than "Cancelled".
ALTER TABLE interview_events DROP CONSTRAINT interview_events_kind_check;
ALTER TABLE interview_events ADD CONSTRAINT interview_events_kind_check
  CHECK (kind IN ('scheduled', 'rescheduled', 'cancelled', 'confirmed', 'reschedule_requested',
    'completed', 'corrected', 'no_show'));
