-- Reports: aggregated in SQL, never by loading every application into the server.

-- Reports pick applications by the day they applied.
CREATE INDEX applications_created_idx ON applications (created_at);
-- Funnel and sources look for the stages an application reached.
CREATE INDEX application_events_to_stage_idx ON application_events (to_stage, application_id);

-- Working days (Monday to Friday, Jakarta dates) that have ended between two instants: the days
-- after `from`'s date up to and including the day before `to`'s date; never negative. The same
-- rule as workingDaysBetween in src/domain/today.ts (without holidays), so a report counts
-- "waiting longer than the target" as Today does, without loading the applications.
CREATE FUNCTION working_days_between(from_at timestamptz, to_at timestamptz) RETURNS integer
LANGUAGE sql IMMUTABLE PARALLEL SAFE AS $$
  WITH span AS (
    SELECT (from_at AT TIME ZONE 'Asia/Jakarta')::date + 1 AS first_day,
           (to_at AT TIME ZONE 'Asia/Jakarta')::date AS end_day
  ), days AS (
    SELECT first_day, GREATEST(end_day - first_day, 0) AS n,
           extract(isodow FROM first_day)::integer - 1 AS start_dow
    FROM span
  )
  SELECT (n / 7) * 5
    + GREATEST(0, LEAST(start_dow + n % 7, 5) - start_dow)
    + GREATEST(0, start_dow + n % 7 - 7)
  FROM days
$$;

-- Speed finds each application's first interview booked.
CREATE INDEX interviews_application_idx ON interviews (application_id, created_at);
