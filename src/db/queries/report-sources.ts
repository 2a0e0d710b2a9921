import type { SourceCount } from '../../domain/reports/sources';
import type { Queryable } from '../database';
import { scopedApplications, selectionParams, type ReportSelection } from './report-scope';

/**
 * Per candidate source: the applications, and how many reached an interview stage (HR or user),
 * the offer stage, and hired, from their stage history (the report facts' stages reached).
 */
export async function countSources(
  db: Queryable,
  selection: ReportSelection,
): Promise<SourceCount[]> {
  return db.query<SourceCount>(
    `WITH ${scopedApplications('source')}
     SELECT grp AS source, count(*)::int AS applications,
       count(*) FILTER (WHERE reached && ARRAY['hr_interview', 'user_interview'])::int AS interviewed,
       count(*) FILTER (WHERE reached && ARRAY['offer', 'hired'])::int AS offered,
       count(*) FILTER (WHERE 'hired' = ANY(reached))::int AS hired
     FROM scoped GROUP BY grp`,
    selectionParams(selection),
  );
}
