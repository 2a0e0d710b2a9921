import { funnelStages, type DropCount, type StageCount } from '../../domain/reports/funnel';
import type { Queryable } from '../database';
import type { ReportGrouping } from '../../domain/reports/report-filter';
import { scopedApplications, selectionParams, type ReportSelection } from './report-scope';

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
    `WITH ${scopedApplications(grouping)}
     SELECT s.grp AS "group", r.stage, count(*)::int AS entered,
       count(*) FILTER (WHERE s.furthest_rank > array_position($8::text[], r.stage))::int AS advanced
     FROM scoped s CROSS JOIN unnest(s.reached) AS r(stage)
     GROUP BY s.grp, r.stage`,
    params,
  );
  const drops = await db.query<DropCount>(
    `WITH ${scopedApplications(grouping)}
     SELECT grp AS "group", end_from_stage AS stage, end_outcome AS outcome,
       end_reason AS reason, count(*)::int AS count
     FROM scoped
     WHERE end_from_stage = ANY($8::text[])
     GROUP BY grp, end_from_stage, end_outcome, end_reason`,
    params,
  );
  const groups = await db.query<FunnelGroupRow>(
    `WITH ${scopedApplications(grouping)}
     SELECT grp AS key, min(grp_label) AS label FROM scoped GROUP BY grp ORDER BY count(*) DESC, 2`,
    params.slice(0, 7),
  );
  return { groups, counts, drops };
}
