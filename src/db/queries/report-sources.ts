import type { SourceCount } from '../../domain/reports/sources';
import type { Queryable } from '../database';
import { scopedApplications, selectionParams, type ReportSelection } from './report-scope';

/**
 * Per candidate source: the applications, and how many reached an interview stage (HR or user),
 * the offer stage, and hired, from their stage history.
 */
export async function countSources(
  db: Queryable,
  selection: ReportSelection,
): Promise<SourceCount[]> {
  return db.query<SourceCount>(
    `WITH ${scopedApplications('source')},
     reached AS (
       SELECT s.id, s.grp,
         bool_or(e.to_stage IN ('hr_interview', 'user_interview')) AS interviewed,
         bool_or(e.to_stage IN ('offer', 'hired')) AS offered,
         bool_or(e.to_stage = 'hired') AS hired
       FROM scoped s
       LEFT JOIN application_events e ON e.application_id = s.id
         AND e.to_stage IN ('hr_interview', 'user_interview', 'offer', 'hired')
       GROUP BY s.id, s.grp
     )
     SELECT grp AS source, count(*)::int AS applications,
       count(*) FILTER (WHERE interviewed)::int AS interviewed,
       count(*) FILTER (WHERE offered)::int AS offered,
       count(*) FILTER (WHERE hired)::int AS hired
     FROM reached GROUP BY grp`,
    selectionParams(selection),
  );
}
