-- Reports at volume, second step (issue 18): what was still seconds at 300,000 applications.

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

-- An application's job, applied date or candidate source changed: the report facts took it (they
-- follow applications and candidates), and so do its panel ratings.
CREATE FUNCTION panel_rating_facts_follow_report_facts() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  UPDATE panel_rating_facts p
  SET job_id = n.job_id, source = n.source, applied_at = n.applied_at
  FROM new_rows n
  WHERE p.application_id = n.application_id
    AND (p.job_id, p.source, p.applied_at) IS DISTINCT FROM (n.job_id, n.source, n.applied_at);
  RETURN NULL;
END
$$;

CREATE TRIGGER application_report_facts_panel_ratings_update AFTER UPDATE
  ON application_report_facts REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT
  EXECUTE FUNCTION panel_rating_facts_follow_report_facts();

SELECT refresh_panel_rating_facts(ARRAY(SELECT DISTINCT application_id FROM scorecards
  WHERE submitted_at IS NOT NULL));

ANALYZE panel_rating_facts;

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
