-- Reports at volume (issue 18): one row of report facts per application, so a report reads
-- 300,000 narrow rows instead of walking every application's events, scorecards, interviews and
-- e-mails. Triggers recompute an application's row in the same statement (and so the same
-- transaction) as any write to what it is made of, whoever writes: a move, a scorecard, a
-- decision, an offer answer, a merge, an anonymisation, demo or test history. It never drifts.
CREATE TABLE application_report_facts (
  application_id uuid PRIMARY KEY REFERENCES applications (id) ON DELETE CASCADE,
  job_id uuid NOT NULL,
  source text NOT NULL,
  applied_at timestamptz NOT NULL,
  -- The funnel stages it entered ('applied' always), in funnel order, and the furthest one's place.
  reached text[] NOT NULL,
  furthest_rank integer NOT NULL,
  -- Now rejected or withdrawn: the latest move into that stage.
  end_from_stage text,
  end_outcome text,
  end_reason text,
  hired_at timestamptz,
  -- The first interview booked or e-mail of a first-contact template, whichever came first.
  contacted_at timestamptz,
  -- Each finished stay in an active stage, in order: the stage and its length in days.
  stay_stages text[] NOT NULL,
  stay_days float8[] NOT NULL,
  -- The HR and user interview outcomes: the latest move out of the stage that passed or failed it.
  hr_advanced boolean,
  user_advanced boolean,
  -- HR's submitted scorecards: the mean of the attribute means and the mean recommendation (1-4).
  hr_score numeric,
  hr_recommendation numeric
);

CREATE INDEX application_report_facts_applied_idx ON application_report_facts (applied_at);

-- Calibration reads the submitted scorecards of the selected applications.
CREATE INDEX scorecards_submitted_idx ON scorecards (application_id) WHERE submitted_at IS NOT NULL;

-- Recomputes the facts of these applications from the raw tables. The funnel stages and the
-- first-contact templates are src/domain/reports' funnelStages and firstContactTemplates
-- (test/api/reports-facts.test.ts checks they still agree).
CREATE FUNCTION refresh_report_facts(ids uuid[]) RETURNS void
LANGUAGE sql VOLATILE AS $$
  INSERT INTO application_report_facts AS f (application_id, job_id, source, applied_at, reached,
      furthest_rank, end_from_stage, end_outcome, end_reason, hired_at, contacted_at, stay_stages,
      stay_days, hr_advanced, user_advanced, hr_score, hr_recommendation)
    SELECT a.id, a.job_id, c.source, a.created_at, reached.stages, reached.furthest,
      ending.from_stage, ending.to_stage, ending.rejection_reason,
      (SELECT min(e.created_at) FROM application_events e
        WHERE e.application_id = a.id AND e.to_stage = 'hired'),
      LEAST((SELECT min(i.created_at) FROM interviews i WHERE i.application_id = a.id),
        (SELECT min(m.created_at) FROM email_messages m
          WHERE m.application_id = a.id AND m.template = ANY(ARRAY['hr_invitation', 'user_invitation', 'reschedule', 'cancellation', 'rejection', 'offer', 'thank_you', 'offer_sent', 'put_forward']::text[]))),
      COALESCE(stays.stages, '{}'), COALESCE(stays.days, '{}'),
      (
     SELECT e.to_stage <> 'rejected' FROM application_events e
     WHERE e.application_id = a.id AND e.from_stage = 'hr_interview'
       AND (e.to_stage IN ('tests', 'user_interview', 'offer', 'hired') OR (e.to_stage = 'rejected' AND e.rejection_reason = 'failed_hr_interview'))
     ORDER BY e.created_at DESC LIMIT 1),
      (
     SELECT e.to_stage <> 'rejected' FROM application_events e
     WHERE e.application_id = a.id AND e.from_stage = 'user_interview'
       AND (e.to_stage IN ('offer', 'hired') OR (e.to_stage = 'rejected' AND e.rejection_reason = 'failed_user_interview'))
     ORDER BY e.created_at DESC LIMIT 1),
      hr_card.score, hr_card.recommendation
    FROM applications a
    JOIN candidates c ON c.id = a.candidate_id
    CROSS JOIN LATERAL (
      SELECT array_agg(r.stage ORDER BY array_position(ARRAY['applied', 'cv_screening', 'hr_interview', 'tests', 'user_interview', 'offer', 'hired']::text[], r.stage)) AS stages,
        max(array_position(ARRAY['applied', 'cv_screening', 'hr_interview', 'tests', 'user_interview', 'offer', 'hired']::text[], r.stage)) AS furthest
      FROM (SELECT 'applied' AS stage UNION SELECT e.to_stage FROM application_events e
        WHERE e.application_id = a.id AND e.to_stage = ANY(ARRAY['applied', 'cv_screening', 'hr_interview', 'tests', 'user_interview', 'offer', 'hired']::text[])) r
    ) reached
    LEFT JOIN LATERAL (
      SELECT e.from_stage, e.to_stage, e.rejection_reason FROM application_events e
      WHERE a.stage IN ('rejected', 'withdrawn') AND e.application_id = a.id AND e.to_stage = a.stage
      ORDER BY e.created_at DESC LIMIT 1
    ) ending ON true
    CROSS JOIN LATERAL (
      SELECT array_agg(s.stage ORDER BY s.at, s.id) AS stages, array_agg(s.days ORDER BY s.at, s.id) AS days
      FROM (SELECT e.to_stage AS stage, e.created_at AS at, e.id,
          (extract(epoch FROM lead(e.created_at) OVER (ORDER BY e.created_at, e.id) - e.created_at)
            / 86400)::float8 AS days
        FROM application_events e WHERE e.application_id = a.id) s
      WHERE s.days IS NOT NULL
        AND s.stage IN ('applied', 'cv_screening', 'hr_interview', 'tests', 'user_interview', 'offer')
    ) stays
    CROSS JOIN LATERAL (
      SELECT
        (SELECT round(avg(x.mean), 2) FROM (
          SELECT round(avg(CASE r->>'rating' WHEN 'strong_no' THEN 1 WHEN 'no' THEN 2 WHEN 'yes' THEN 3 WHEN 'strong_yes' THEN 4 END)::numeric, 2) AS mean
          FROM scorecards sc CROSS JOIN jsonb_array_elements(sc.ratings) r
          WHERE sc.application_id = a.id AND sc.stage = 'hr' AND sc.submitted_at IS NOT NULL
            AND r->>'rating' IS NOT NULL
          GROUP BY r->>'attribute') x) AS score,
        (SELECT round(avg(CASE sc.recommendation WHEN 'strong_no' THEN 1 WHEN 'no' THEN 2 WHEN 'yes' THEN 3 WHEN 'strong_yes' THEN 4 END)::numeric, 2) FROM scorecards sc
          WHERE sc.application_id = a.id AND sc.stage = 'hr' AND sc.submitted_at IS NOT NULL
            AND sc.recommendation IS NOT NULL) AS recommendation
    ) hr_card
    WHERE a.id = ANY(ids)
    ON CONFLICT (application_id) DO UPDATE SET job_id = EXCLUDED.job_id, source = EXCLUDED.source,
      applied_at = EXCLUDED.applied_at, reached = EXCLUDED.reached,
      furthest_rank = EXCLUDED.furthest_rank, end_from_stage = EXCLUDED.end_from_stage,
      end_outcome = EXCLUDED.end_outcome, end_reason = EXCLUDED.end_reason,
      hired_at = EXCLUDED.hired_at, contacted_at = EXCLUDED.contacted_at,
      stay_stages = EXCLUDED.stay_stages, stay_days = EXCLUDED.stay_days,
      hr_advanced = EXCLUDED.hr_advanced, user_advanced = EXCLUDED.user_advanced,
      hr_score = EXCLUDED.hr_score, hr_recommendation = EXCLUDED.hr_recommendation
$$;

-- Tables whose rows name an application in application_id.
CREATE FUNCTION report_facts_after_write() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF TG_OP = 'INSERT' THEN
    PERFORM refresh_report_facts(ARRAY(SELECT DISTINCT application_id FROM new_rows
      WHERE application_id IS NOT NULL));
  ELSIF TG_OP = 'UPDATE' THEN
    PERFORM refresh_report_facts(ARRAY(SELECT application_id FROM new_rows
      UNION SELECT application_id FROM old_rows));
  ELSE
    PERFORM refresh_report_facts(ARRAY(SELECT DISTINCT application_id FROM old_rows
      WHERE application_id IS NOT NULL));
  END IF;
  RETURN NULL;
END
$$;

-- E-mails: only those of a first-contact template, and on update only when what counts changed
-- (delivery updates each message several times).
CREATE FUNCTION report_facts_after_email() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE
  contact text[] := ARRAY['hr_invitation', 'user_invitation', 'reschedule', 'cancellation',
    'rejection', 'offer', 'thank_you', 'offer_sent', 'put_forward'];
BEGIN
  IF TG_OP = 'INSERT' THEN
    PERFORM refresh_report_facts(ARRAY(SELECT DISTINCT application_id FROM new_rows
      WHERE application_id IS NOT NULL AND template = ANY(contact)));
  ELSIF TG_OP = 'UPDATE' THEN
    PERFORM refresh_report_facts(ARRAY(
      SELECT x.application_id FROM new_rows n JOIN old_rows o ON o.id = n.id,
        LATERAL (VALUES (n.application_id), (o.application_id)) x (application_id)
      WHERE (n.application_id, n.template, n.created_at)
          IS DISTINCT FROM (o.application_id, o.template, o.created_at)
        AND x.application_id IS NOT NULL));
  ELSE
    PERFORM refresh_report_facts(ARRAY(SELECT DISTINCT application_id FROM old_rows
      WHERE application_id IS NOT NULL AND template = ANY(contact)));
  END IF;
  RETURN NULL;
END
$$;

-- Applications themselves (a new one, a move, a backdated date) and candidates (their source).
CREATE FUNCTION report_facts_after_application() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  PERFORM refresh_report_facts(ARRAY(SELECT id FROM new_rows));
  RETURN NULL;
END
$$;

CREATE FUNCTION report_facts_after_candidate() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  PERFORM refresh_report_facts(ARRAY(SELECT a.id FROM applications a
    JOIN new_rows n ON n.id = a.candidate_id JOIN old_rows o ON o.id = n.id
    WHERE n.source IS DISTINCT FROM o.source));
  RETURN NULL;
END
$$;

CREATE TRIGGER application_events_report_facts_insert AFTER INSERT ON application_events
  REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION report_facts_after_write();
CREATE TRIGGER application_events_report_facts_update AFTER UPDATE ON application_events
  REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows
  FOR EACH STATEMENT EXECUTE FUNCTION report_facts_after_write();
CREATE TRIGGER application_events_report_facts_delete AFTER DELETE ON application_events
  REFERENCING OLD TABLE AS old_rows FOR EACH STATEMENT EXECUTE FUNCTION report_facts_after_write();

CREATE TRIGGER scorecards_report_facts_insert AFTER INSERT ON scorecards
  REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION report_facts_after_write();
CREATE TRIGGER scorecards_report_facts_update AFTER UPDATE ON scorecards
  REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows
  FOR EACH STATEMENT EXECUTE FUNCTION report_facts_after_write();
CREATE TRIGGER scorecards_report_facts_delete AFTER DELETE ON scorecards
  REFERENCING OLD TABLE AS old_rows FOR EACH STATEMENT EXECUTE FUNCTION report_facts_after_write();

CREATE TRIGGER interviews_report_facts_insert AFTER INSERT ON interviews
  REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION report_facts_after_write();
CREATE TRIGGER interviews_report_facts_update AFTER UPDATE ON interviews
  REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows
  FOR EACH STATEMENT EXECUTE FUNCTION report_facts_after_write();
CREATE TRIGGER interviews_report_facts_delete AFTER DELETE ON interviews
  REFERENCING OLD TABLE AS old_rows FOR EACH STATEMENT EXECUTE FUNCTION report_facts_after_write();

CREATE TRIGGER email_messages_report_facts_insert AFTER INSERT ON email_messages
  REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION report_facts_after_email();
CREATE TRIGGER email_messages_report_facts_update AFTER UPDATE ON email_messages
  REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows
  FOR EACH STATEMENT EXECUTE FUNCTION report_facts_after_email();
CREATE TRIGGER email_messages_report_facts_delete AFTER DELETE ON email_messages
  REFERENCING OLD TABLE AS old_rows FOR EACH STATEMENT EXECUTE FUNCTION report_facts_after_email();

CREATE TRIGGER applications_report_facts_insert AFTER INSERT ON applications
  REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT
  EXECUTE FUNCTION report_facts_after_application();
CREATE TRIGGER applications_report_facts_update AFTER UPDATE ON applications
  REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT
  EXECUTE FUNCTION report_facts_after_application();

CREATE TRIGGER candidates_report_facts_update AFTER UPDATE ON candidates
  REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows FOR EACH STATEMENT
  EXECUTE FUNCTION report_facts_after_candidate();

-- The backfill, then statistics for the planner.
SELECT refresh_report_facts(ARRAY(SELECT id FROM applications));

ANALYZE application_report_facts;
