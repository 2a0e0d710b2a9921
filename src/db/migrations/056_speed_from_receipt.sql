-- Time to first contact and time to hire count from when the team received the application: its
-- import, or else its first stage event. For an application made in Seleksi (the careers page, HR by hand, the demo)
-- that is the moment it was made, its applied_at; for an imported one it is the import, while
-- applied_at keeps the spreadsheet's day (the funnel, the trends and the exports count by it). So
-- the speed report's times to contact and to hire measure the team, as its time in each stage
-- already does (stays run from event to event), not the weeks before the import.
ALTER TABLE application_report_facts ADD COLUMN received_at timestamptz;

-- Migration 021's function, with received_at.
CREATE OR REPLACE FUNCTION refresh_report_facts(ids uuid[]) RETURNS void
LANGUAGE sql VOLATILE AS $$
  INSERT INTO application_report_facts AS f (application_id, job_id, source, applied_at, reached,
      furthest_rank, end_from_stage, end_outcome, end_reason, hired_at, contacted_at, stay_stages,
      stay_days, hr_advanced, user_advanced, hr_score, hr_recommendation, received_at)
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
      hr_card.score, hr_card.recommendation,
      COALESCE((SELECT min(l.at) FROM audit_log l WHERE l.candidate_id = a.candidate_id
          AND l.action IN ('candidate.imported', 'application.created') AND l.detail ? 'importId'
          AND l.detail->>'jobId' = a.job_id::text),
        (SELECT min(e.created_at) FROM application_events e WHERE e.application_id = a.id))
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
      hr_score = EXCLUDED.hr_score, hr_recommendation = EXCLUDED.hr_recommendation,
      received_at = EXCLUDED.received_at
$$;

-- Only imported applications differ from applied_at; the reads fall back to it (NULL). An import
-- made before this migration wrote its first event on the file's day, so the import's audit entry
-- (which the function reads first) says when the team received it.
UPDATE application_report_facts f SET received_at = imported.at
FROM (SELECT a.id, min(l.at) AS at FROM applications a
    JOIN audit_log l ON l.candidate_id = a.candidate_id
      AND l.action IN ('candidate.imported', 'application.created') AND l.detail ? 'importId'
      AND l.detail->>'jobId' = a.job_id::text
    GROUP BY a.id) imported
WHERE imported.id = f.application_id AND imported.at > f.applied_at + interval '1 minute';

-- Migration 032's indexes for the speed report, holding received_at too (read without the rows).
DROP INDEX application_report_facts_hired_idx;
CREATE INDEX application_report_facts_hired_idx ON application_report_facts (applied_at)
  INCLUDE (job_id, source, hired_at, received_at) WHERE hired_at IS NOT NULL;
DROP INDEX application_report_facts_contacted_idx;
CREATE INDEX application_report_facts_contacted_idx ON application_report_facts (applied_at)
  INCLUDE (job_id, source, contacted_at, received_at) WHERE contacted_at IS NOT NULL;
