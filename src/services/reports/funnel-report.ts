import type { Database } from '../../db/database';
import { countFunnel } from '../../db/queries/report-funnel';
import { funnelGroup, type FunnelReport } from '../../domain/reports/funnel';
import type { ReportFilter, ReportGrouping } from '../../domain/reports/report-filter';
import type { Actor } from '../actor';
import { readingSelection } from './report-reading';

export interface FunnelQuery extends ReportFilter {
  /** Also one funnel per job, department or source. */
  by?: ReportGrouping | undefined;
}

/** The funnel of the whole selection, then of each group when asked. */
export async function readFunnel(
  db: Database,
  actor: Actor,
  query: FunnelQuery,
  now = new Date(),
): Promise<FunnelReport> {
  return readingSelection(db, actor, query, now, async (db, selection) => {
    const overall = await countFunnel(db, selection, 'all');
    const groups = [funnelGroup({ key: 'all', label: '' }, overall.counts, overall.drops)];
    if (query.by) {
      const grouped = await countFunnel(db, selection, query.by);
      for (const group of grouped.groups) {
        groups.push(funnelGroup(group, grouped.counts, grouped.drops));
      }
    }
    return { groups };
  });
}
