import { funnelStages, type DropCount, type StageCount } from '../../domain/reports/funnel';
import type { Queryable } from '../database';
import type { ReportGrouping } from '../../domain/reports/report-filter';
import { countedApplications, selectionParams, type ReportSelection } from './report-scope';

export interface FunnelGroupRow {
  key: string;
  label: string;
}

/**
 * Per group and stage: the applications that entered it (from their stage history, as the report
 * facts keep it; every application entered `applied`) and those of them that reached a later
 * stage of the funnel; and where the rejected and withdrawn ones left. $8 is the funnel's stages
 * in order.
 */
export async function countFunnel(
  db: Queryable,
  selection: ReportSelection,
  grouping: ReportGrouping | 'all',
): Promise<{ groups: FunnelGroupRow[]; counts: StageCount[]; drops: DropCount[] }> {
  const params = [...selectionParams(selection), funnelStages];
  const counts = await db.query<StageCount>(
    `WITH ${countedApplications(grouping)},
     -- Summed per stage path first: a few hundred paths to unnest instead of every counted row.
     paths AS (
       SELECT grp, reached, furthest_rank, sum(applications) AS applications FROM scoped
       GROUP BY grp, reached, furthest_rank
     )
     SELECT s.grp AS "group", r.stage, sum(s.applications)::int AS entered,
       coalesce(sum(s.applications) FILTER (
         WHERE s.furthest_rank > array_position($8::text[], r.stage)), 0)::int AS advanced
     FROM paths s CROSS JOIN unnest(s.reached) AS r(stage)
     GROUP BY s.grp, r.stage
     HAVING sum(s.applications) > 0`,
    params,
  );
  const drops = await db.query<DropCount>(
    `WITH ${countedApplications(grouping)}
     SELECT grp AS "group", end_from_stage AS stage, end_outcome AS outcome,
       end_reason AS reason, sum(applications)::int AS count
     FROM scoped
     WHERE end_from_stage = ANY($8::text[])
     GROUP BY grp, end_from_stage, end_outcome, end_reason
     HAVING sum(applications) > 0`,
    params,
  );
  const groups = await db.query<FunnelGroupRow>(
    `WITH ${countedApplications(grouping)}
     SELECT grp AS key, min(grp_label) AS label FROM scoped
     GROUP BY grp HAVING sum(applications) > 0 ORDER BY sum(applications) DESC, 2`,
    params.slice(0, 7),
  );
  return { groups, counts, drops };
}
