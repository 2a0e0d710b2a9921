import type { SourceCount } from '../../domain/reports/sources';
import type { Queryable } from '../database';
import { countedApplications, selectionParams, type ReportSelection } from './report-scope';

/**
 * Per candidate source: the applications, and how many reached an interview stage (HR or user),
 * the offer stage, and hired, from their stage history (the report facts' stages reached). A
 * stage entered, not an interview held: an import may place a candidate at the HR interview, and
 * the report's words say "reached an interview stage" for that reason.
 */
export async function countSources(
  db: Queryable,
  selection: ReportSelection,
): Promise<SourceCount[]> {
  return db.query<SourceCount>(
    `WITH ${countedApplications('source')}
     SELECT grp AS source, sum(applications)::int AS applications,
       coalesce(sum(applications) FILTER (
         WHERE reached && ARRAY['hr_interview', 'user_interview']), 0)::int AS interviewed,
       coalesce(sum(applications) FILTER (WHERE reached && ARRAY['offer', 'hired']), 0)::int
         AS offered,
       coalesce(sum(applications) FILTER (WHERE 'hired' = ANY(reached)), 0)::int AS hired
     FROM scoped GROUP BY grp HAVING sum(applications) > 0`,
    selectionParams(selection),
  );
}
