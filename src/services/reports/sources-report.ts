import type { Database } from '../../db/database';
import { countSources } from '../../db/queries/report-sources';
import type { ReportFilter } from '../../domain/reports/report-filter';
import { sourceRows, type SourcesReport } from '../../domain/reports/sources';
import type { Actor } from '../actor';
import { readingSelection } from './report-reading';

/** Applications, interviews, offers and hires per source, with conversion from applications. */
export async function readSources(
  db: Database,
  actor: Actor,
  filter: ReportFilter,
  now = new Date(),
): Promise<SourcesReport> {
  return readingSelection(db, actor, filter, now, async (db, selection) => ({
    sources: sourceRows(await countSources(db, selection, now)),
  }));
}
