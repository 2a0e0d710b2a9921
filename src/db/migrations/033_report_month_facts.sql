-- Reports at volume, fourth step (issue 18): the funnel, sources and speed reports count 300,000
-- rows of report facts on every read, only to count applications. Whole months are counted once,
-- ahead: per month applied (Jakarta time), job, source and the facts those reports count (stages
-- reached, furthest stage, how it ended, the stages of its finished stays), how many
-- applications share them. A report sums the whole months inside its period and counts the two
-- partial months at its ends from the report facts themselves, so any date range stays exact.
--
-- Without hot rows: a write never updates a shared month row (two moves in one job and month
-- would wait on each other, and transactions moving several applications could deadlock).
-- Triggers on the report facts only INSERT their change, +n and −n, into report_month_deltas,
-- in the same statement and so the same transaction as the write. A month's count is its
-- report_month_facts row plus its deltas; fold_report_month_deltas (a scheduled job, and after a
-- bulk load) moves the deltas into report_month_facts in one transaction.
CREATE TABLE report_month_facts (
  -- The month's first instant in Asia/Jakarta.
  month_start timestamptz NOT NULL,
  job_id uuid NOT NULL,
  source text NOT NULL,
  reached text[] NOT NULL,
  furthest_rank integer NOT NULL,
  end_from_stage text,
  end_outcome text,
  end_reason text,
  stay_stages text[] NOT NULL,
  applications integer NOT NULL,
  UNIQUE NULLS NOT DISTINCT (month_start, job_id, source, reached, furthest_rank, end_from_stage,
    end_outcome, end_reason, stay_stages)
);

-- Rows whose count fell to zero, removed by the fold that emptied them.
CREATE INDEX report_month_facts_empty_idx ON report_month_facts (month_start)
  WHERE applications = 0;

-- Append-only: one row per change and key, never updated; folded away by id.
CREATE TABLE report_month_deltas (
  id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  month_start timestamptz NOT NULL,
  job_id uuid NOT NULL,
  source text NOT NULL,
  reached text[] NOT NULL,
  furthest_rank integer NOT NULL,
  end_from_stage text,
  end_outcome text,
  end_reason text,
  stay_stages text[] NOT NULL,
  applications integer NOT NULL
);

CREATE INDEX report_month_deltas_month_idx ON report_month_deltas (month_start);

-- Records the report facts rows `added` and takes away `removed` (an update passes both: what
-- did not change cancels out) as delta rows: inserts only, so no writer waits for another.
CREATE FUNCTION record_report_month_deltas(added application_report_facts[],
  removed application_report_facts[]) RETURNS void
LANGUAGE sql VOLATILE AS $$
  INSERT INTO report_month_deltas (month_start, job_id, source, reached, furthest_rank,
      end_from_stage, end_outcome, end_reason, stay_stages, applications)
    SELECT date_trunc('month', c.applied_at AT TIME ZONE 'Asia/Jakarta') AT TIME ZONE 'Asia/Jakarta',
      c.job_id, c.source, c.reached, c.furthest_rank, c.end_from_stage, c.end_outcome,
      c.end_reason, c.stay_stages, sum(c.delta)
    FROM (SELECT f.*, 1 AS delta FROM unnest(added) f
      UNION ALL SELECT f.*, -1 AS delta FROM unnest(removed) f) c
    GROUP BY 1, 2, 3, 4, 5, 6, 7, 8, 9
    HAVING sum(c.delta) <> 0
$$;

CREATE FUNCTION report_month_facts_follow() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF TG_OP = 'INSERT' THEN
    PERFORM record_report_month_deltas(ARRAY(SELECT n::application_report_facts FROM new_rows n),
      '{}');
  ELSIF TG_OP = 'UPDATE' THEN
    PERFORM record_report_month_deltas(ARRAY(SELECT n::application_report_facts FROM new_rows n),
      ARRAY(SELECT o::application_report_facts FROM old_rows o));
  ELSE
    PERFORM record_report_month_deltas('{}',
      ARRAY(SELECT o::application_report_facts FROM old_rows o));
  END IF;
  RETURN NULL;
END
$$;

CREATE TRIGGER application_report_facts_months_insert AFTER INSERT ON application_report_facts
  REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION report_month_facts_follow();
CREATE TRIGGER application_report_facts_months_update AFTER UPDATE ON application_report_facts
  REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows FOR EACH STATEMENT
  EXECUTE FUNCTION report_month_facts_follow();
CREATE TRIGGER application_report_facts_months_delete AFTER DELETE ON application_report_facts
  REFERENCING OLD TABLE AS old_rows FOR EACH STATEMENT EXECUTE FUNCTION report_month_facts_follow();

-- Moves the deltas recorded so far (ids up to the highest now visible) into report_month_facts,
-- in the caller's one transaction: exactly the rows it deletes are summed, so a delta committed
-- meanwhile waits for the next fold. Keys in a fixed order, so two folds lock rows in one order.
-- Returns how many deltas were folded.
CREATE FUNCTION fold_report_month_deltas() RETURNS integer
LANGUAGE plpgsql VOLATILE AS $$
DECLARE
  upto bigint;
  folded integer;
BEGIN
  SELECT max(id) INTO upto FROM report_month_deltas;
  IF upto IS NULL THEN
    RETURN 0;
  END IF;
  WITH taken AS (
    DELETE FROM report_month_deltas WHERE id <= upto RETURNING *
  ),
  summed AS (
    SELECT month_start, job_id, source, reached, furthest_rank, end_from_stage, end_outcome,
      end_reason, stay_stages, sum(applications)::integer AS applications, count(*) AS deltas
    FROM taken
    GROUP BY 1, 2, 3, 4, 5, 6, 7, 8, 9
  ),
  upserted AS (
    INSERT INTO report_month_facts AS m (month_start, job_id, source, reached, furthest_rank,
        end_from_stage, end_outcome, end_reason, stay_stages, applications)
      SELECT month_start, job_id, source, reached, furthest_rank, end_from_stage, end_outcome,
        end_reason, stay_stages, applications
      FROM summed WHERE applications <> 0
      ORDER BY 1, 2, 3, 4, 5, 6, 7, 8, 9
    ON CONFLICT (month_start, job_id, source, reached, furthest_rank, end_from_stage, end_outcome,
      end_reason, stay_stages)
    DO UPDATE SET applications = m.applications + EXCLUDED.applications
  )
  -- A data-modifying WITH runs to completion whether read or not.
  SELECT coalesce(sum(deltas), 0)::integer INTO folded FROM summed;
  DELETE FROM report_month_facts WHERE applications = 0;
  RETURN folded;
END
$$;

-- Counts every month afresh from the report facts (the backfill, and the tests' recomputation).
CREATE FUNCTION refresh_report_month_facts() RETURNS void
LANGUAGE sql VOLATILE AS $$
  DELETE FROM report_month_deltas;
  DELETE FROM report_month_facts;
  INSERT INTO report_month_facts (month_start, job_id, source, reached, furthest_rank,
      end_from_stage, end_outcome, end_reason, stay_stages, applications)
    SELECT date_trunc('month', f.applied_at AT TIME ZONE 'Asia/Jakarta') AT TIME ZONE 'Asia/Jakarta',
      f.job_id, f.source, f.reached, f.furthest_rank, f.end_from_stage, f.end_outcome,
      f.end_reason, f.stay_stages, count(*)::integer
    FROM application_report_facts f
    GROUP BY 1, 2, 3, 4, 5, 6, 7, 8, 9;
$$;

SELECT refresh_report_month_facts();

ANALYZE report_month_facts;
