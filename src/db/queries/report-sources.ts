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
 * Per candidate source: the applications, and how many were interviewed, reached the offer stage,
 * and were hired, the last two from their stage history (the report facts' stages reached).
 * Interviewed: an interview held (as the attendance report counts one), past the HR interview
 * (passed at a walk-in, or imported beyond it), or rejected for how an interview went. Being moved to an interview stage is not an
 * interview: before, a candidate waiting for one, or who never came, counted (retrial24 L6).
 */
export async function countSources(
  db: Queryable,
  selection: ReportSelection,
  now: Date,
): Promise<SourceCount[]> {
  const counts = await db.query<Omit<SourceCount, 'interviewed'>>(
    `WITH ${countedApplications('source')}
     SELECT grp AS source, sum(applications)::int AS applications,
       coalesce(sum(applications) FILTER (WHERE reached && ARRAY['offer', 'hired']), 0)::int
         AS offered,
       coalesce(sum(applications) FILTER (WHERE 'hired' = ANY(reached)), 0)::int AS hired
     FROM scoped GROUP BY grp HAVING sum(applications) > 0`,
    selectionParams(selection),
  );
  const interviewed = await db.query<{ source: string; interviewed: number }>(
    `SELECT f.source, count(*)::int AS interviewed
     FROM application_report_facts f
     WHERE ${selectedFacts}
       AND (f.reached && ARRAY['user_interview', 'offer', 'hired']
         OR f.end_reason IN ('failed_hr_interview', 'failed_user_interview')
         OR EXISTS (SELECT 1 FROM interviews i WHERE i.application_id = f.application_id
           AND ${interviewIsHeld('i', '$8::timestamptz')}))
     GROUP BY f.source`,
    [...selectionParams(selection), now],
  );
  const bySource = new Map(interviewed.map((row) => [row.source, row.interviewed]));
  return counts.map((count) => ({ ...count, interviewed: bySource.get(count.source) ?? 0 }));
}
