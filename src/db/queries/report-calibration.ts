import type { Queryable } from '../database';
import { cohortParams, type CohortScope } from './report-cohort';
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

/**
 * The counts come as plain columns, not int[] arrays: the driver parses arrays from text, which
 * cost the server more than the rest of the report at 110 interviewers (680 rows).
 */
export interface CalibrationAttributeRow {
  interviewerId: string;
  attribute: string;
  comparisons: number;
  differenceSum: number;
  /** The interviewer's own ratings, strong no (1) to strong yes (4). */
  own1: number;
  own2: number;
  own3: number;
  own4: number;
  /** The rest of those panels' ratings, strong no (1) to strong yes (4). */
  panel1: number;
  panel2: number;
  panel3: number;
  panel4: number;
}

export async function calibrationAttributes(
  db: Queryable,
  scope: CalibrationScope,
): Promise<CalibrationAttributeRow[]> {
  return db.query<CalibrationAttributeRow>(
    `SELECT f.interviewer_id AS "interviewerId", f.attribute,
       count(*)::int AS comparisons, sum(f.difference)::float8 AS "differenceSum",
       count(*) FILTER (WHERE f.point = 1)::int AS own1,
       count(*) FILTER (WHERE f.point = 2)::int AS own2,
       count(*) FILTER (WHERE f.point = 3)::int AS own3,
       count(*) FILTER (WHERE f.point = 4)::int AS own4,
       sum(f.others_1)::int AS panel1, sum(f.others_2)::int AS panel2,
       sum(f.others_3)::int AS panel3, sum(f.others_4)::int AS panel4
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
  /** Their panels with an interview booked in Seleksi, held or not yet (so "none due yet"). */
  booked: number;
  late: number;
  missing: number;
}

/**
 * Per interviewer: how often their recommendation took the side of the stage's outcome, and their
 * scorecards submitted after the due date (the first working day after the interview, Jakarta
 * weekends; domain scorecardDueDate) or still missing once it passed. From panelist_facts
 * (migration 029): one row per interviewer on an application's stage, with their scorecard, the
 * stage's outcome and the ends of the interviews they sat on, latest start first ($9: now; an
 * interview is held once it ended).
 */
export async function calibrationInterviewers(
  db: Queryable,
  scope: CalibrationScope,
  now: Date,
): Promise<CalibrationInterviewerRow[]> {
  return db.query<CalibrationInterviewerRow>(
    `WITH panelist AS MATERIALIZED (
       SELECT f.interviewer_id, f.has_scorecard, f.recommendation, f.advanced,
         f.submitted_at IS NOT NULL AS submitted,
         coalesce(cardinality(f.interview_ends), 0) > 0 AS booked,
         (f.submitted_at AT TIME ZONE 'Asia/Jakarta')::date AS submitted_day,
         -- The first end already past, latest start first; mostly the first one, so the array
         -- is only unpacked when that interview is still to come.
         CASE WHEN f.interview_ends[1] <= $9
           THEN (f.interview_ends[1] AT TIME ZONE 'Asia/Jakarta')::date
           ELSE (SELECT (ended AT TIME ZONE 'Asia/Jakarta')::date
             FROM unnest(f.interview_ends) AS ended WHERE ended <= $9 LIMIT 1)
         END AS held_day
       FROM ${selectedRows('panelist_facts')}
         AND ${ownRows('f.interviewer_id')}
     ),
     due AS (
       SELECT p.*, p.held_day + CASE extract(isodow FROM p.held_day) WHEN 5 THEN 3 WHEN 6 THEN 2
           ELSE 1 END AS due_day, today.day AS today
       FROM panelist p
       CROSS JOIN (SELECT ($9::timestamptz AT TIME ZONE 'Asia/Jakarta')::date AS day) today
     ),
     tally AS (
       SELECT interviewer_id,
         count(*) FILTER (WHERE submitted) AS submitted,
         count(*) FILTER (WHERE submitted AND recommendation IS NOT NULL
           AND advanced IS NOT NULL) AS decided,
         count(*) FILTER (WHERE submitted
           AND (recommendation IN ('yes', 'strong_yes')) = advanced) AS matched,
         count(*) FILTER (WHERE held_day IS NOT NULL AND (submitted OR today > due_day)) AS due,
         count(*) FILTER (WHERE booked) AS booked,
         count(*) FILTER (WHERE held_day IS NOT NULL AND submitted_day > due_day) AS late,
         count(*) FILTER (WHERE held_day IS NOT NULL AND NOT submitted AND today > due_day)
           AS missing
       FROM due
       GROUP BY 1
       HAVING bool_or(has_scorecard OR held_day IS NOT NULL)
     )
     SELECT t.interviewer_id AS "interviewerId", u.name AS "interviewerName",
       t.submitted::int, t.decided::int, t.matched::int, t.due::int, t.booked::int,
       t.late::int, t.missing::int
     FROM tally t
     JOIN users u ON u.id = t.interviewer_id
     ORDER BY u.name, t.interviewer_id`,
    [...params(scope), now],
  );
}
