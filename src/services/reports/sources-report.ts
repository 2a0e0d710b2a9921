import type { Database } from '../../db/database';
import { countSources } from '../../db/queries/report-sources';
import type { ReportFilter } from '../../domain/reports/report-filter';
import { sourceRows, type SourcesReport } from '../../domain/reports/sources';
import type { Actor } from '../actor';
import { reportSelection } from './report-scope';
import { readingReport } from './report-reading';

/** Applications, interviews, offers and hires per source, with conversion from applications. */
export async function readSources(
  db: Database,
  actor: Actor,
  filter: ReportFilter,
  now = new Date(),
): Promise<SourcesReport> {
  return readingReport(db, async (db) => {
    const selection = await reportSelection(db, actor, filter, now);
    return { sources: sourceRows(await countSources(db, selection)) };
  });
}
