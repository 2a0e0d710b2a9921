import type { SourceCount } from '../../domain/reports/sources';
import type { Queryable } from '../database';
import { interviewIsHeld } from './interviews';
import {
  countedApplications,
  selectedFacts,
  selectionParams,
  type ReportSelection,
} from './report-scope';

/**
 * Interviewed by the history alone: past the HR interview (passed at a walk-in, or imported
 * beyond it), or rejected for how an interview went. Over a row of the report facts (`f`) or of
 * the counted facts (`scoped`).
 */
const interviewedByHistory = `(reached && ARRAY['user_interview', 'offer', 'hired']
  OR end_reason IN ('failed_hr_interview', 'failed_user_interview'))`;

/**
 * The rest: at the HR interview and no further (nor rejected for an interview), the only
 * applications whose interview must be looked up. Written as migration 058's partial index
 * application_report_facts_at_hr_interview_idx says it, so the planner reads them from it.
 */
const atHrInterviewOnly = `'hr_interview' = ANY (f.reached)
  AND NOT f.reached && ARRAY['user_interview', 'offer', 'hired']
  AND f.end_reason IS DISTINCT FROM 'failed_hr_interview'
  AND f.end_reason IS DISTINCT FROM 'failed_user_interview'`;

/**
 * Per candidate source: the applications, and how many were interviewed, reached the offer stage,
 * and were hired, the last two from their stage history (the report facts' stages reached).
 * Interviewed: an interview held (as the attendance report counts one), past the HR interview
 * (passed at a walk-in, or imported beyond it), or rejected for how an interview went. Being moved to an interview stage is not an
 * interview: before, a candidate waiting for one, or who never came, counted (retrial24 L6).
 *
 * The history counts with the rest of the figures (whole months from the month facts); only the
 * applications at the HR interview and no further look up their interviews (scale28: an EXISTS
 * over interviews for every application of the period took a second at 300,000). None other can
 * have an interview that is not already counted: an interview is booked or recorded only for an
 * application at its stage (lockStageToBook), whose history then shows the stage reached, and a
 * user interview's stage counts by the history.
 */
export async function countSources(
  db: Queryable,
  selection: ReportSelection,
  now: Date,
): Promise<SourceCount[]> {
  const counts = await db.query<SourceCount>(
    `WITH ${countedApplications('source')}
     SELECT grp AS source, sum(applications)::int AS applications,
       coalesce(sum(applications) FILTER (WHERE ${interviewedByHistory}), 0)::int AS interviewed,
       coalesce(sum(applications) FILTER (WHERE reached && ARRAY['offer', 'hired']), 0)::int
         AS offered,
       coalesce(sum(applications) FILTER (WHERE 'hired' = ANY(reached)), 0)::int AS hired
     FROM scoped GROUP BY grp HAVING sum(applications) > 0`,
    selectionParams(selection),
  );
  const heldAtHrInterview = await db.query<{ source: string; interviewed: number }>(
    `SELECT f.source, count(*)::int AS interviewed
     FROM application_report_facts f
     WHERE ${selectedFacts} AND ${atHrInterviewOnly}
       AND EXISTS (SELECT 1 FROM interviews i WHERE i.application_id = f.application_id
         AND ${interviewIsHeld('i', '$8::timestamptz')})
     GROUP BY f.source`,
    [...selectionParams(selection), now],
  );
  const bySource = new Map(heldAtHrInterview.map((row) => [row.source, row.interviewed]));
  return counts.map((count) => ({
    ...count,
    interviewed: count.interviewed + (bySource.get(count.source) ?? 0),
  }));
}
