import type { Database } from '../../db/database';
import { funnelSheets } from '../../domain/reports/funnel';
import { attendanceSheets } from '../../domain/reports/interview-attendance';
import type { ReportFilter, ReportGrouping, ReportName } from '../../domain/reports/report-filter';
import type { ReportLabels } from '../../domain/reports/report-labels';
import { sourcesSheets } from '../../domain/reports/sources';
import { speedSheets } from '../../domain/reports/speed';
import type { Sheet } from '../../domain/spreadsheet/cell';
import type { Actor } from '../actor';
import {
  agreementSheets,
  calibrationSheets,
  offersSheets,
} from '../../domain/reports/judgement-sheets';
import { readAttendance } from './attendance-report';
import { hrUserAgreement } from './hr-user-agreement';
import { interviewerCalibration } from './interviewer-calibration';
import { offerOutcomes } from './offer-outcomes';
import { readFunnel } from './funnel-report';
import { readSources } from './sources-report';
import { readSpeed } from './speed-report';

/** What an export asks of a report: the filter, and a grouping where the report has one. */
export interface ReportQuery extends ReportFilter {
  by?: ReportGrouping | undefined;
}

/** A report as exports see it: its sheets, read with the report's own access rules. */
export interface ExportableReport {
  sheetsFor(db: Database, actor: Actor, query: ReportQuery, labels: ReportLabels): Promise<Sheet[]>;
}

function exportable<Report>(
  read: (db: Database, actor: Actor, query: ReportQuery) => Promise<Report>,
  sheets: (report: Report, labels: ReportLabels) => Sheet[],
): ExportableReport {
  return {
    sheetsFor: async (db, actor, query, labels) => sheets(await read(db, actor, query), labels),
  };
}

/** Every exportable report, one line each: its name is its URL (`/api/reports/<name>/export`). */
export const reportRegistry = {
  funnel: exportable(readFunnel, funnelSheets),
  speed: exportable(readSpeed, speedSheets),
  sources: exportable(readSources, sourcesSheets),
  agreement: exportable(hrUserAgreement, (report, labels) =>
    agreementSheets(report, labels.locale),
  ),
  calibration: exportable(interviewerCalibration, (report, labels) =>
    calibrationSheets(report, labels.locale),
  ),
  offers: exportable(offerOutcomes, (report, labels) => offersSheets(report, labels.locale)),
  attendance: exportable(readAttendance, attendanceSheets),
} satisfies Record<ReportName, ExportableReport>;
