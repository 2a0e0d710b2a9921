import { z } from 'zod';
import { candidateSources } from '../../domain/candidate';
import { locales } from '../../domain/locale';
import { activeStages, rejectionReasons } from '../../domain/pipeline';
import { interviewStages } from '../../domain/interview';
import { funnelStages } from '../../domain/reports/funnel';
import { reportGroupings, reportNames } from '../../domain/reports/report-filter';
import { spreadsheetFormats } from '../../domain/spreadsheet/cell';
import { daySchema, idSchema, text } from './common.schema';

/** The filter every report takes; dates are Jakarta days, both included (default: 12 months). */
export const reportFilterQuery = z.object({
  from: daySchema.optional().describe('First day of applying counted (YYYY-MM-DD)'),
  to: daySchema.optional().describe('Last day of applying counted (YYYY-MM-DD)'),
  jobId: idSchema.optional(),
  department: text(100).optional(),
  recruiterId: idSchema.optional(),
  source: z.enum(candidateSources, { error: 'Choose a known source.' }).optional(),
});
export type ReportFilterQuery = z.input<typeof reportFilterQuery>;

export const funnelQuery = reportFilterQuery.extend({
  by: z
    .enum(reportGroupings, { error: 'Choose job, department or source.' })
    .optional()
    .describe('Also one funnel per job, department or source'),
});

export const reportParams = z.object({
  report: z.enum(reportNames, { error: 'Unknown report.' }),
});

export const reportExportQuery = funnelQuery.extend({
  format: z.enum(spreadsheetFormats, { error: 'Choose csv or xlsx.' }),
  locale: z.enum(locales).default('id').describe('The language of the headers'),
});

/** A share 0..1, or null when the sample is below the minimum (shown as "too few"). */
const share = z.number().nullable();
const daysFigure = z.number().nullable();

const durations = z.object({
  count: z.number().int(),
  medianDays: daysFigure,
  p90Days: daysFigure,
});

export const funnelReport = z.object({
  groups: z.array(
    z.object({
      key: z
        .string()
        .describe("'all' for the whole selection, else the job id, department or source"),
      label: z.string(),
      applications: z.number().int(),
      steps: z.array(
        z.object({
          stage: z.enum(funnelStages),
          entered: z.number().int(),
          advanced: z.number().int(),
          passThrough: share,
        }),
      ),
      drops: z.array(
        z.object({
          stage: z.enum(funnelStages),
          outcome: z.enum(['rejected', 'withdrawn']),
          reason: z.enum(rejectionReasons).nullable(),
          count: z.number().int(),
        }),
      ),
    }),
  ),
});
export type FunnelReportOut = z.infer<typeof funnelReport>;

export const speedReport = z.object({
  stages: z.array(durations.extend({ stage: z.enum(activeStages) })),
  toHire: durations,
  toFirstContact: durations,
  waiting: z.array(
    z.object({
      stage: z.enum(activeStages),
      waiting: z.number().int(),
      overTarget: z.number().int(),
    }),
  ),
  trend: z.array(
    z.object({
      month: z.string().describe('YYYY-MM, Jakarta time'),
      applications: z.number().int(),
      hires: z.number().int(),
      toHire: durations,
      toFirstContact: durations,
    }),
  ),
});
export type SpeedReportOut = z.infer<typeof speedReport>;

export const sourcesReport = z.object({
  sources: z.array(
    z.object({
      source: z.enum(candidateSources),
      applications: z.number().int(),
      interviewed: z
        .number()
        .int()
        .describe(
          'Applications that reached an interview stage (HR or user), also when placed there by an import: an interview held is not required',
        ),
      offered: z.number().int(),
      hired: z.number().int(),
      interviewRate: share,
      offerRate: share,
      hireRate: share,
    }),
  ),
});
export type SourcesReportOut = z.infer<typeof sourcesReport>;

export const attendanceReport = z.object({
  lines: z.array(
    z.object({
      jobId: idSchema.nullable().describe('null: every job in the selection together'),
      jobTitle: z.string().nullable(),
      stage: z.enum(interviewStages),
      held: z.number().int().describe('Interviews held (completed, scored, or recorded)'),
      noShows: z
        .number()
        .int()
        .describe('Booked interviews the candidate did not come to (recorded as a no-show)'),
      noShowRate: share.describe('noShows / (held + noShows)'),
    }),
  ),
});
