-- Reports at volume, second step (issue 18): what was still seconds at 300,000 applications.
-- Three narrow tables read instead of unpacking scorecards, interviews and stays per report, each
-- kept by triggers in the same statement as the write (test/api/reports-facts.test.ts checks they
-- equal a recomputation), and an inlinable working-days function.

-- Calibration compared every submitted rating with the rest of its panel on each read: 800,000
-- ratings unpacked from JSON and grouped per panel. Instead, one row per rating that has a panel
-- to compare with (same application, stage and attribute, someone else rated it too): its point,
-- its difference from the mean of the others and the others' ratings per point, with the
-- application's job, source and applied date so a report filters it without a join. Triggers
-- keep it in the same statement as any write to scorecards, and follow the report facts when an
-- application's job, source or date changes.
CREATE TABLE panel_rating_facts (
  application_id uuid NOT NULL REFERENCES applications (id) ON DELETE CASCADE,
  stage text NOT NULL,
  interviewer_id uuid NOT NULL,
  attribute text NOT NULL,
  job_id uuid NOT NULL,
  source text NOT NULL,
  applied_at timestamptz NOT NULL,
  -- The rating on the 4-point scale (the domain's ratingValue).
  point smallint NOT NULL,
  -- point minus the mean of the others' points.
  difference float8 NOT NULL,
  -- The others' ratings per point, 1 (strong no) to 4 (strong yes).
  others_1 integer NOT NULL,
  others_2 integer NOT NULL,
  others_3 integer NOT NULL,
  others_4 integer NOT NULL
);

CREATE INDEX panel_rating_facts_application_idx ON panel_rating_facts (application_id);
CREATE INDEX panel_rating_facts_applied_idx ON panel_rating_facts (applied_at);

CREATE FUNCTION refresh_panel_rating_facts(ids uuid[]) RETURNS void
LANGUAGE sql VOLATILE AS $$
  DELETE FROM panel_rating_facts WHERE application_id = ANY(ids);
  INSERT INTO panel_rating_facts (application_id, stage, interviewer_id, attribute, job_id, source,
      applied_at, point, difference, others_1, others_2, others_3, others_4)
    WITH rated AS (
      SELECT sc.application_id, sc.stage, sc.interviewer_id, r->>'attribute' AS attribute,
        CASE r->>'rating' WHEN 'strong_no' THEN 1 WHEN 'no' THEN 2 WHEN 'yes' THEN 3 WHEN 'strong_yes' THEN 4 END AS point
      FROM scorecards sc CROSS JOIN jsonb_array_elements(sc.ratings) r
      WHERE sc.application_id = ANY(ids) AND sc.submitted_at IS NOT NULL
        AND r->>'rating' IS NOT NULL
    ),
    panel AS (
      SELECT application_id, stage, attribute, count(*) AS n, sum(point) AS total,
        count(*) FILTER (WHERE point = 1) AS p1, count(*) FILTER (WHERE point = 2) AS p2,
        count(*) FILTER (WHERE point = 3) AS p3, count(*) FILTER (WHERE point = 4) AS p4
      FROM rated GROUP BY 1, 2, 3
      HAVING count(*) > 1
    )
    SELECT r.application_id, r.stage, r.interviewer_id, r.attribute, a.job_id, c.source,
      a.created_at, r.point, r.point - (p.total - r.point)::float8 / (p.n - 1),
      p.p1 - (r.point = 1)::int, p.p2 - (r.point = 2)::int, p.p3 - (r.point = 3)::int,
      p.p4 - (r.point = 4)::int
    FROM rated r
    JOIN panel p ON p.application_id = r.application_id AND p.stage = r.stage
      AND p.attribute = r.attribute
    JOIN applications a ON a.id = r.application_id
    JOIN candidates c ON c.id = a.candidate_id
$$;

-- Scorecards: on update only when what the comparison is made of changed (drafts save often).
CREATE FUNCTION panel_rating_facts_after_scorecards() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF TG_OP = 'INSERT' THEN
    PERFORM refresh_panel_rating_facts(ARRAY(SELECT DISTINCT application_id FROM new_rows
      WHERE submitted_at IS NOT NULL));
  ELSIF TG_OP = 'UPDATE' THEN
    PERFORM refresh_panel_rating_facts(ARRAY(
      SELECT x.application_id FROM new_rows n JOIN old_rows o ON o.id = n.id,
        LATERAL (VALUES (n.application_id), (o.application_id)) x (application_id)
      WHERE (n.application_id, n.stage, n.interviewer_id, n.ratings, n.submitted_at IS NULL)
        IS DISTINCT FROM (o.application_id, o.stage, o.interviewer_id, o.ratings, o.submitted_at IS NULL)));
  ELSE
    PERFORM refresh_panel_rating_facts(ARRAY(SELECT DISTINCT application_id FROM old_rows
      WHERE submitted_at IS NOT NULL));
  END IF;
  RETURN NULL;
END
$$;

CREATE TRIGGER scorecards_panel_rating_facts_insert AFTER INSERT ON scorecards
  REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT
  EXECUTE FUNCTION panel_rating_facts_after_scorecards();
CREATE TRIGGER scorecards_panel_rating_facts_update AFTER UPDATE ON scorecards
  REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows FOR EACH STATEMENT
  EXECUTE FUNCTION panel_rating_facts_after_scorecards();
CREATE TRIGGER scorecards_panel_rating_facts_delete AFTER DELETE ON scorecards
  REFERENCING OLD TABLE AS old_rows FOR EACH STATEMENT
  EXECUTE FUNCTION panel_rating_facts_after_scorecards();

-- Calibration's other half (recommendations against the outcome, late and missing scorecards)
-- joined every scorecard and held interview with the report facts. Instead, one row per
-- interviewer on an application's stage, whether they have a scorecard there or sat on one of its
-- interviews: the scorecard's recommendation and submission, the ends of the stage's interviews
-- they sat on (latest start first; "held" depends on the time of reading) and the stage's outcome
-- from the report facts.
CREATE TABLE panelist_facts (
  application_id uuid NOT NULL REFERENCES applications (id) ON DELETE CASCADE,
  stage text NOT NULL,
  interviewer_id uuid NOT NULL,
  job_id uuid NOT NULL,
  source text NOT NULL,
  applied_at timestamptz NOT NULL,
  -- The stage's outcome (the report facts' hr_advanced or user_advanced).
  advanced boolean,
  has_scorecard boolean NOT NULL,
  recommendation text,
  submitted_at timestamptz,
  -- Ends of the non-cancelled interviews of the stage they sat on, latest start first.
  interview_ends timestamptz[] NOT NULL
);

CREATE INDEX panelist_facts_application_idx ON panelist_facts (application_id);
CREATE INDEX panelist_facts_applied_idx ON panelist_facts (applied_at);

CREATE FUNCTION refresh_panelist_facts(ids uuid[]) RETURNS void
LANGUAGE sql VOLATILE AS $$
  DELETE FROM panelist_facts WHERE application_id = ANY(ids);
  INSERT INTO panelist_facts (application_id, stage, interviewer_id, job_id, source, applied_at,
      advanced, has_scorecard, recommendation, submitted_at, interview_ends)
    WITH cards AS (
      SELECT application_id, stage, interviewer_id, recommendation, submitted_at
      FROM scorecards WHERE application_id = ANY(ids)
    ),
    sat AS (
      SELECT i.application_id, i.stage, panelist AS interviewer_id,
        array_agg(i.starts_at + i.duration_minutes * interval '1 minute' ORDER BY i.starts_at DESC)
          AS ends
      FROM interviews i CROSS JOIN unnest(i.interviewer_ids) AS panelist
      WHERE i.application_id = ANY(ids) AND i.status <> 'cancelled'
      GROUP BY 1, 2, 3
    ),
    panelist AS (
      SELECT coalesce(c.application_id, s.application_id) AS application_id,
        coalesce(c.stage, s.stage) AS stage, coalesce(c.interviewer_id, s.interviewer_id)
          AS interviewer_id,
        c.application_id IS NOT NULL AS has_scorecard, c.recommendation, c.submitted_at,
        coalesce(s.ends, '{}') AS ends
      FROM cards c
      FULL JOIN sat s ON s.application_id = c.application_id AND s.stage = c.stage
        AND s.interviewer_id = c.interviewer_id
    )
    SELECT p.application_id, p.stage, p.interviewer_id, f.job_id, f.source, f.applied_at,
      CASE p.stage WHEN 'hr' THEN f.hr_advanced WHEN 'user' THEN f.user_advanced END,
      p.has_scorecard, p.recommendation, p.submitted_at, p.ends
    FROM panelist p
    JOIN application_report_facts f ON f.application_id = p.application_id
$$;

-- Scorecards and interviews: on update only when what counts changed.
CREATE FUNCTION panelist_facts_after_scorecards() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF TG_OP = 'INSERT' THEN
    PERFORM refresh_panelist_facts(ARRAY(SELECT DISTINCT application_id FROM new_rows));
  ELSIF TG_OP = 'UPDATE' THEN
    PERFORM refresh_panelist_facts(ARRAY(
      SELECT x.application_id FROM new_rows n JOIN old_rows o ON o.id = n.id,
        LATERAL (VALUES (n.application_id), (o.application_id)) x (application_id)
      WHERE (n.application_id, n.stage, n.interviewer_id, n.recommendation, n.submitted_at)
        IS DISTINCT FROM (o.application_id, o.stage, o.interviewer_id, o.recommendation, o.submitted_at)));
  ELSE
    PERFORM refresh_panelist_facts(ARRAY(SELECT DISTINCT application_id FROM old_rows));
  END IF;
  RETURN NULL;
END
$$;

CREATE FUNCTION panelist_facts_after_interviews() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF TG_OP = 'INSERT' THEN
    PERFORM refresh_panelist_facts(ARRAY(SELECT DISTINCT application_id FROM new_rows));
  ELSIF TG_OP = 'UPDATE' THEN
    PERFORM refresh_panelist_facts(ARRAY(
      SELECT x.application_id FROM new_rows n JOIN old_rows o ON o.id = n.id,
        LATERAL (VALUES (n.application_id), (o.application_id)) x (application_id)
      WHERE (n.application_id, n.stage, n.interviewer_ids, n.status, n.starts_at, n.duration_minutes)
        IS DISTINCT FROM (o.application_id, o.stage, o.interviewer_ids, o.status, o.starts_at, o.duration_minutes)));
  ELSE
    PERFORM refresh_panelist_facts(ARRAY(SELECT DISTINCT application_id FROM old_rows));
  END IF;
  RETURN NULL;
END
$$;

CREATE TRIGGER scorecards_panelist_facts_insert AFTER INSERT ON scorecards
  REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT
  EXECUTE FUNCTION panelist_facts_after_scorecards();
CREATE TRIGGER scorecards_panelist_facts_update AFTER UPDATE ON scorecards
  REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows FOR EACH STATEMENT
  EXECUTE FUNCTION panelist_facts_after_scorecards();
CREATE TRIGGER scorecards_panelist_facts_delete AFTER DELETE ON scorecards
  REFERENCING OLD TABLE AS old_rows FOR EACH STATEMENT
  EXECUTE FUNCTION panelist_facts_after_scorecards();

CREATE TRIGGER interviews_panelist_facts_insert AFTER INSERT ON interviews
  REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT
  EXECUTE FUNCTION panelist_facts_after_interviews();
CREATE TRIGGER interviews_panelist_facts_update AFTER UPDATE ON interviews
  REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows FOR EACH STATEMENT
  EXECUTE FUNCTION panelist_facts_after_interviews();
CREATE TRIGGER interviews_panelist_facts_delete AFTER DELETE ON interviews
  REFERENCING OLD TABLE AS old_rows FOR EACH STATEMENT
  EXECUTE FUNCTION panelist_facts_after_interviews();

-- The report facts changed (they follow every write to what they are made of): an application's
-- job, applied date, candidate source or stage outcome moves into the rows above with them.
CREATE FUNCTION calibration_facts_follow_report_facts() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  UPDATE panel_rating_facts p
  SET job_id = n.job_id, source = n.source, applied_at = n.applied_at
  FROM new_rows n
  WHERE p.application_id = n.application_id
    AND (p.job_id, p.source, p.applied_at) IS DISTINCT FROM (n.job_id, n.source, n.applied_at);
  UPDATE panelist_facts p
  SET job_id = n.job_id, source = n.source, applied_at = n.applied_at,
    advanced = CASE p.stage WHEN 'hr' THEN n.hr_advanced WHEN 'user' THEN n.user_advanced END
  FROM new_rows n
  WHERE p.application_id = n.application_id
    AND (p.job_id, p.source, p.applied_at, p.advanced) IS DISTINCT FROM (n.job_id, n.source,
      n.applied_at, CASE p.stage WHEN 'hr' THEN n.hr_advanced WHEN 'user' THEN n.user_advanced END);
  RETURN NULL;
END
$$;

CREATE TRIGGER application_report_facts_calibration_update AFTER UPDATE
  ON application_report_facts REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT
  EXECUTE FUNCTION calibration_facts_follow_report_facts();

SELECT refresh_panel_rating_facts(ARRAY(SELECT DISTINCT application_id FROM scorecards
  WHERE submitted_at IS NOT NULL));

SELECT refresh_panelist_facts(ARRAY(SELECT application_id FROM scorecards
  UNION SELECT application_id FROM interviews));

ANALYZE panel_rating_facts;
ANALYZE panelist_facts;

-- Speed's time in each stage unpacked every application's stays from its report facts' arrays
-- on each read (600,000 stays at 300,000 applications). Instead, one row per finished stay, kept
-- from the report facts themselves whenever an application's stays, job, source or date change.
CREATE TABLE stage_stay_facts (
  application_id uuid NOT NULL REFERENCES applications (id) ON DELETE CASCADE,
  job_id uuid NOT NULL,
  source text NOT NULL,
  applied_at timestamptz NOT NULL,
  stage text NOT NULL,
  days float8 NOT NULL
);

CREATE INDEX stage_stay_facts_application_idx ON stage_stay_facts (application_id);
CREATE INDEX stage_stay_facts_applied_idx ON stage_stay_facts (applied_at);

CREATE FUNCTION refresh_stage_stay_facts(ids uuid[]) RETURNS void
LANGUAGE sql VOLATILE AS $$
  DELETE FROM stage_stay_facts WHERE application_id = ANY(ids);
  INSERT INTO stage_stay_facts (application_id, job_id, source, applied_at, stage, days)
    SELECT f.application_id, f.job_id, f.source, f.applied_at, stay.stage, stay.days
    FROM application_report_facts f
    CROSS JOIN unnest(f.stay_stages, f.stay_days) AS stay (stage, days)
    WHERE f.application_id = ANY(ids)
$$;

CREATE FUNCTION stage_stay_facts_after_insert() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  PERFORM refresh_stage_stay_facts(ARRAY(SELECT application_id FROM new_rows));
  RETURN NULL;
END
$$;

CREATE FUNCTION stage_stay_facts_after_update() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  PERFORM refresh_stage_stay_facts(ARRAY(
    SELECT n.application_id FROM new_rows n JOIN old_rows o ON o.application_id = n.application_id
    WHERE (n.job_id, n.source, n.applied_at, n.stay_stages, n.stay_days)
      IS DISTINCT FROM (o.job_id, o.source, o.applied_at, o.stay_stages, o.stay_days)));
  RETURN NULL;
END
$$;

CREATE TRIGGER application_report_facts_stays_insert AFTER INSERT ON application_report_facts
  REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT
  EXECUTE FUNCTION stage_stay_facts_after_insert();
CREATE TRIGGER application_report_facts_stays_update AFTER UPDATE ON application_report_facts
  REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows FOR EACH STATEMENT
  EXECUTE FUNCTION stage_stay_facts_after_update();

SELECT refresh_stage_stay_facts(ARRAY(SELECT application_id FROM application_report_facts));

ANALYZE stage_stay_facts;

-- The agreement report's table reads only the applications with a user verdict (a few percent).
CREATE INDEX application_report_facts_verdict_idx ON application_report_facts (applied_at)
  WHERE user_advanced IS NOT NULL;

-- A report on one job reads that job's applications, not the whole period's.
CREATE INDEX application_report_facts_job_idx ON application_report_facts (job_id, applied_at);

ANALYZE application_report_facts;

-- "Waiting past the target" counted working days with a function the planner could not inline
-- (its body was a WITH query), so it ran as a separate call per application. The same arithmetic
-- as one expression is inlined into the report's query. Same results (test/api/reports.test.ts).
CREATE OR REPLACE FUNCTION working_days_from(first_day date, n integer) RETURNS integer
LANGUAGE sql IMMUTABLE PARALLEL SAFE AS $$
  SELECT (n / 7) * 5
    + GREATEST(0, LEAST(extract(isodow FROM first_day)::integer - 1 + n % 7, 5)
      - (extract(isodow FROM first_day)::integer - 1))
    + GREATEST(0, extract(isodow FROM first_day)::integer - 1 + n % 7 - 7)
$$;

CREATE OR REPLACE FUNCTION working_days_between(from_at timestamptz, to_at timestamptz)
RETURNS integer LANGUAGE sql IMMUTABLE PARALLEL SAFE AS $$
  SELECT working_days_from((from_at AT TIME ZONE 'Asia/Jakarta')::date + 1,
    GREATEST((to_at AT TIME ZONE 'Asia/Jakarta')::date
      - ((from_at AT TIME ZONE 'Asia/Jakarta')::date + 1), 0))
$$;
