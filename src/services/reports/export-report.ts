import type { Database } from '../../db/database';
import type { Locale } from '../../domain/locale';
import { aboutSheet, reportFileName } from '../../domain/reports/report-about';
import { reportDays, type ReportName } from '../../domain/reports/report-filter';
import { reportLabels } from '../../domain/reports/report-labels';
import type { Actor } from '../actor';
import { recordAudit } from '../audit-log/audit-service';
import type { SpreadsheetFormat } from '../../domain/spreadsheet/cell';
import { writeSpreadsheet } from '../exports/spreadsheet-file';
import { describeReport } from './report-about';
import { reportRegistry, type ReportQuery } from './report-registry';

export interface ReportFile {
  bytes: Buffer;
  fileName: string;
}

/**
 * A report as a CSV or XLSX file in the reader's language, with the same access rules as on
 * screen. The file opens with what it covers (period and filter, in names) and its name says the
 * filter. The export is audited (which report, format and filter: ids and codes, no names).
 */
export async function exportReport(
  db: Database,
  actor: Actor,
  name: ReportName,
  request: { query: ReportQuery; format: SpreadsheetFormat; locale: Locale },
  now = new Date(),
): Promise<ReportFile> {
  const labels = reportLabels(request.locale);
  const sheets = await reportRegistry[name].sheetsFor(db, actor, request.query, labels);
  // After the read, which refused a job outside the actor's reach.
  const about = await describeReport(db, actor, name, request.query, now);
  const bytes = await writeSpreadsheet([aboutSheet(about, labels), ...sheets], request.format);
  const days = reportDays(request.query, now);
  await db.transaction((tx) =>
    recordAudit(tx, {
      actor,
      action: 'report.exported',
      entityId: null,
      detail: {
        report: name,
        format: request.format,
        from: days.from,
        to: days.to,
        jobId: request.query.jobId ?? null,
        department: request.query.department ?? null,
        recruiterId: request.query.recruiterId ?? null,
        source: request.query.source ?? null,
      },
    }),
  );
  return { bytes, fileName: reportFileName(about, request.format) };
}
