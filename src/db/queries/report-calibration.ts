import type { Queryable } from '../database';
import { cohortParams, cohortSql, stageOutcomeSql, type CohortScope } from './report-cohort';
import { selectedRows } from './report-scope';

/**
 * Each interviewer's ratings against the rest of the same panels (same candidate, stage and
 * attribute), counted in the database from panel_rating_facts (migration 029: one row per rating
 * with a panel, its difference from the others' mean and the others' ratings, kept by triggers).
 * `interviewerId` narrows the rows to one interviewer; the panels they are compared with still
 * count everyone on them.
 */
export interface CalibrationScope extends CohortScope {
  interviewerId?: string | undefined;
}

const params = (scope: CalibrationScope) => [...cohortParams(scope), scope.interviewerId ?? null];
const ownRows = (column: string) => `($8::uuid IS NULL OR ${column} = $8::uuid)`;

export interface CalibrationAttributeRow {
  interviewerId: string;
  attribute: string;
  comparisons: number;
  differenceSum: number;
  /** The interviewer's own ratings 1..4 (index 0 = strong no). */
  own: [number, number, number, number];
  /** The rest of those panels' ratings 1..4. */
  panel: [number, number, number, number];
}

export async function calibrationAttributes(
  db: Queryable,
  scope: CalibrationScope,
): Promise<CalibrationAttributeRow[]> {
  return db.query<CalibrationAttributeRow>(
    `SELECT f.interviewer_id AS "interviewerId", f.attribute,
       count(*)::int AS comparisons, sum(f.difference)::float8 AS "differenceSum",
       ARRAY[count(*) FILTER (WHERE f.point = 1), count(*) FILTER (WHERE f.point = 2),
         count(*) FILTER (WHERE f.point = 3), count(*) FILTER (WHERE f.point = 4)]::int[] AS own,
       ARRAY[sum(f.others_1), sum(f.others_2), sum(f.others_3), sum(f.others_4)]::int[] AS panel
     FROM ${selectedRows('panel_rating_facts')}
       AND ${ownRows('f.interviewer_id')}
     GROUP BY 1, 2`,
    params(scope),
  );
}

export interface CalibrationInterviewerRow {
  interviewerId: string;
  interviewerName: string;
  /** Submitted scorecards. */
  submitted: number;
  /** Submitted scorecards with a recommendation whose stage has an outcome. */
  decided: number;
  matched: number;
  /** Held interviews the interviewer sat on, past their scorecard's due date or scored. */
  due: number;
  late: number;
  missing: number;
}

/**
 * Per interviewer: how often their recommendation took the side of the stage's outcome, and their
 * scorecards submitted after the due date (the first working day after the interview, Jakarta
 * weekends; domain scorecardDueDate) or still missing once it passed.
 */
export async function calibrationInterviewers(
  db: Queryable,
  scope: CalibrationScope,
  now: Date,
): Promise<CalibrationInterviewerRow[]> {
  return db.query<CalibrationInterviewerRow>(
    `WITH ${cohortSql}, ${stageOutcomeSql},
     cards AS (
       SELECT sc.application_id, sc.stage, sc.interviewer_id, sc.recommendation, sc.submitted_at
       FROM scorecards sc JOIN scoped ON scoped.id = sc.application_id
       WHERE ${ownRows('sc.interviewer_id')}
     ),
     matching AS (
       SELECT c.interviewer_id, count(*) FILTER (WHERE c.submitted_at IS NOT NULL) AS submitted,
         count(o.application_id) FILTER (
           WHERE c.submitted_at IS NOT NULL AND c.recommendation IS NOT NULL) AS decided,
         count(o.application_id) FILTER (WHERE c.submitted_at IS NOT NULL
           AND (c.recommendation IN ('yes', 'strong_yes')) = o.advanced) AS matched
       FROM cards c
       LEFT JOIN stage_outcome o ON o.application_id = c.application_id AND o.stage = c.stage
       GROUP BY 1
     ),
     held AS (
       SELECT DISTINCT ON (i.application_id, i.stage, panelist) i.application_id, i.stage,
         panelist AS interviewer_id,
         ((i.starts_at + i.duration_minutes * interval '1 minute')
           AT TIME ZONE 'Asia/Jakarta')::date AS day
       FROM interviews i
       JOIN scoped ON scoped.id = i.application_id
       CROSS JOIN unnest(i.interviewer_ids) AS panelist
       WHERE i.status <> 'cancelled'
         AND i.starts_at + i.duration_minutes * interval '1 minute' <= $9
         AND ${ownRows('panelist')}
       ORDER BY i.application_id, i.stage, panelist, i.starts_at DESC
     ),
     due AS (
       SELECT h.*, h.day + CASE extract(isodow FROM h.day) WHEN 5 THEN 3 WHEN 6 THEN 2 ELSE 1 END
         AS due_day
       FROM held h
     ),
     punctuality AS (
       SELECT d.interviewer_id,
         count(*) FILTER (WHERE c.submitted_at IS NOT NULL
           OR ($9::timestamptz AT TIME ZONE 'Asia/Jakarta')::date > d.due_day) AS due,
         count(*) FILTER (WHERE c.submitted_at IS NOT NULL
           AND (c.submitted_at AT TIME ZONE 'Asia/Jakarta')::date > d.due_day) AS late,
         count(*) FILTER (WHERE c.submitted_at IS NULL
           AND ($9::timestamptz AT TIME ZONE 'Asia/Jakarta')::date > d.due_day) AS missing
       FROM due d
       LEFT JOIN cards c ON c.application_id = d.application_id AND c.stage = d.stage
         AND c.interviewer_id = d.interviewer_id
       GROUP BY 1
     ),
     interviewer AS (
       SELECT interviewer_id FROM matching UNION SELECT interviewer_id FROM punctuality
     )
     SELECT i.interviewer_id AS "interviewerId", u.name AS "interviewerName",
       coalesce(m.submitted, 0)::int AS submitted, coalesce(m.decided, 0)::int AS decided,
       coalesce(m.matched, 0)::int AS matched, coalesce(p.due, 0)::int AS due,
       coalesce(p.late, 0)::int AS late, coalesce(p.missing, 0)::int AS missing
     FROM interviewer i
     JOIN users u ON u.id = i.interviewer_id
     LEFT JOIN matching m ON m.interviewer_id = i.interviewer_id
     LEFT JOIN punctuality p ON p.interviewer_id = i.interviewer_id
     ORDER BY u.name, i.interviewer_id`,
    [...params(scope), now],
  );
}
