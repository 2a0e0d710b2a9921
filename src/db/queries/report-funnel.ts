import { funnelStages, type DropCount, type StageCount } from '../../domain/reports/funnel';
import type { Queryable } from '../database';
import type { ReportGrouping } from '../../domain/reports/report-filter';
import { scopedApplications, selectionParams, type ReportSelection } from './report-scope';

export interface FunnelGroupRow {
  key: string;
  label: string;
}

/**
 * Per group and stage: the applications that entered it (from their stage history; every
 * application entered `applied`) and those of them that reached a later stage of the funnel.
 * $8 is the funnel's stages in order.
 */
export async function countFunnel(
  db: Queryable,
  selection: ReportSelection,
  grouping: ReportGrouping | 'all',
): Promise<{ groups: FunnelGroupRow[]; counts: StageCount[]; drops: DropCount[] }> {
  const params = [...selectionParams(selection), funnelStages];
  const counts = await db.query<StageCount>(
    `WITH ${scopedApplications(grouping)},
     reached AS (
       SELECT s.id, s.grp, 'applied' AS stage FROM scoped s
       UNION
       SELECT s.id, s.grp, e.to_stage FROM scoped s
       JOIN application_events e ON e.application_id = s.id AND e.to_stage = ANY($8::text[])
     ),
     furthest AS (
       SELECT id, max(array_position($8::text[], stage)) AS rank FROM reached GROUP BY id
     )
     SELECT r.grp AS "group", r.stage, count(*)::int AS entered,
       count(*) FILTER (WHERE f.rank > array_position($8::text[], r.stage))::int AS advanced
     FROM reached r JOIN furthest f ON f.id = r.id
     GROUP BY r.grp, r.stage`,
    params,
  );
  const drops = await db.query<DropCount>(
    `WITH ${scopedApplications(grouping)},
     last_end AS (
       SELECT DISTINCT ON (e.application_id) s.grp, e.from_stage, e.to_stage, e.rejection_reason
       FROM scoped s
       JOIN applications a ON a.id = s.id AND a.stage IN ('rejected', 'withdrawn')
       JOIN application_events e ON e.application_id = s.id AND e.to_stage = a.stage
       ORDER BY e.application_id, e.created_at DESC
     )
     SELECT grp AS "group", from_stage AS stage, to_stage AS outcome,
       rejection_reason AS reason, count(*)::int AS count
     FROM last_end
     WHERE from_stage = ANY($8::text[])
     GROUP BY grp, from_stage, to_stage, rejection_reason`,
    params,
  );
  const groups = await db.query<FunnelGroupRow>(
    `WITH ${scopedApplications(grouping)}
     SELECT grp AS key, min(grp_label) AS label FROM scoped GROUP BY grp ORDER BY count(*) DESC, 2`,
    params.slice(0, 7),
  );
  return { groups, counts, drops };
}
