import { z } from 'zod';
import type { Database } from '../../db/database';
import { spreadsheetMediaTypes } from '../../services/exports/spreadsheet-file';
import { readAttendance } from '../../services/reports/attendance-report';
import { exportReport } from '../../services/reports/export-report';
import { readFunnel } from '../../services/reports/funnel-report';
import { readSources } from '../../services/reports/sources-report';
import { readSpeed } from '../../services/reports/speed-report';
import { route } from '../route';
import {
  attendanceReport,
  funnelQuery,
  funnelReport,
  reportExportQuery,
  reportFilterQuery,
  reportParams,
  sourcesReport,
  speedReport,
} from './reports.schema';

export const reportRoutes = (db: Database) => [
  route(
    {
      method: 'GET',
      url: '/api/reports/funnel',
      tag: 'reports',
      summary:
        'How many applications entered each stage, went on, and dropped (by reason); per job, department or source if asked',
      query: funnelQuery,
      response: funnelReport,
    },
    async ({ actor, query }) => readFunnel(db, actor, query),
  ),
  route(
    {
      method: 'GET',
      url: '/api/reports/speed',
      tag: 'reports',
      summary:
        'Time in each stage, to hire and to first contact (median, p90), who waits past the target now, by month',
      query: reportFilterQuery,
      response: speedReport,
    },
    async ({ actor, query }) => readSpeed(db, actor, query),
  ),
  route(
    {
      method: 'GET',
      url: '/api/reports/sources',
      tag: 'reports',
      summary: 'Applications, interviews, offers and hires per candidate source, with conversion',
      query: reportFilterQuery,
      response: sourcesReport,
    },
    async ({ actor, query }) => readSources(db, actor, query),
  ),
  route(
    {
      method: 'GET',
      url: '/api/reports/attendance',
      tag: 'reports',
      summary:
        'Interviews held and no-shows (the candidate did not come) per stage and job, with the no-show rate',
      query: reportFilterQuery,
      response: attendanceReport,
    },
    async ({ actor, query }) => readAttendance(db, actor, query),
  ),
  route(
    {
      method: 'GET',
      url: '/api/reports/:report/export',
      tag: 'reports',
      summary: 'A report as a CSV or XLSX file (formulas neutralised); the export is audited',
      params: reportParams,
      query: reportExportQuery,
      response: z.instanceof(Buffer),
      produces: Object.values(spreadsheetMediaTypes),
    },
    async ({ actor, params, query, reply }) => {
      const { format, locale, ...filter } = query;
      const file = await exportReport(db, actor, params.report, { query: filter, format, locale });
      reply
        .type(spreadsheetMediaTypes[format])
        .header('content-disposition', `attachment; filename="${file.fileName}"`)
        .header('cache-control', 'private, no-store');
      return file.bytes;
    },
  ),
];
