import type { AttendanceCount } from '../../domain/reports/interview-attendance';
import type { Queryable } from '../database';
import { interviewIsHeld, interviewMissed } from './interviews';
import { selectedFacts, selectionParams, type ReportSelection } from './report-scope';

/**
 * Per job and interview stage, over the interviews of the selected applications (the cohort that
 * applied in the period, as every report): those held by `now` ($8), and those the candidate did
 * not come to. Cancelled ones and bookings still ahead (or past with nothing recorded) are neither.
 */
export async function countInterviewAttendance(
  db: Queryable,
  selection: ReportSelection,
  now: Date,
): Promise<AttendanceCount[]> {
  return db.query<AttendanceCount>(
    `WITH counted AS (
       SELECT f.job_id, i.stage, ${interviewIsHeld('i', '$8::timestamptz')} AS held,
         ${interviewMissed('i')} AS missed
       FROM interviews i
       JOIN application_report_facts f ON f.application_id = i.application_id
       WHERE ${selectedFacts}
     )
     SELECT j.id AS "jobId", j.title AS "jobTitle", c.stage,
       count(*) FILTER (WHERE c.held)::int AS held,
       count(*) FILTER (WHERE c.missed)::int AS "noShows"
     FROM counted c JOIN jobs j ON j.id = c.job_id
     WHERE c.held OR c.missed
     GROUP BY j.id, j.title, c.stage`,
    [...selectionParams(selection), now],
  );
}
