import { activeStages, type ActiveStage } from '../pipeline';
import { isEnoughSample } from './statistics';
import { monthCell, type Sheet } from '../spreadsheet/cell';
import type { ReportLabels } from './report-labels';

/** A duration figure in days: how many cases, and median and 90th percentile when enough. */
export interface Durations {
  count: number;
  medianDays: number | null;
  p90Days: number | null;
}

/** Hides the median and p90 of fewer cases than the minimum sample. */
export function durations(
  count: number,
  medianDays: number | null,
  p90Days: number | null,
): Durations {
  return isEnoughSample(count)
    ? { count, medianDays: roundDays(medianDays), p90Days: roundDays(p90Days) }
    : { count, medianDays: null, p90Days: null };
}

/** Days to one decimal: finer says nothing about a hiring process. */
const roundDays = (days: number | null): number | null =>
  days === null ? null : Math.round(days * 10) / 10;

export interface StageDurations extends Durations {
  stage: ActiveStage;
}

export interface StageWaiting {
  stage: ActiveStage;
  /** In the stage now (open jobs). */
  waiting: number;
  /** Of those, waiting more working days than the job's target for the stage. */
  overTarget: number;
}

export interface SpeedMonth {
  /** `YYYY-MM`, the Jakarta month the applications came in. */
  month: string;
  applications: number;
  hires: number;
  toHire: Durations;
  toFirstContact: Durations;
}

export interface SpeedReport {
  stages: StageDurations[];
  toHire: Durations;
  toFirstContact: Durations;
  waiting: StageWaiting[];
  trend: SpeedMonth[];
}

/** Every active stage in order, zero where the data has none. */
export function inStageOrder<T extends { stage: ActiveStage }>(
  rows: readonly T[],
  empty: (stage: ActiveStage) => T,
): T[] {
  return activeStages.map((stage) => rows.find((row) => row.stage === stage) ?? empty(stage));
}

/** Speed as four sheets: stages, the two overall durations, waiting now, and the monthly trend. */
export function speedSheets(report: SpeedReport, labels: ReportLabels): Sheet[] {
  const w = labels.word;
  const durationCells = (d: Durations) => [
    d.count,
    labels.figure(d.medianDays),
    labels.figure(d.p90Days),
  ];
  return [
    {
      name: w('speed'),
      columns: [w('measure'), w('cases'), w('medianDays'), w('p90Days')],
      rows: [
        ...report.stages.map((row) => [labels.stage(row.stage), ...durationCells(row)]),
        [w('timeToHire'), ...durationCells(report.toHire)],
        [w('timeToFirstContact'), ...durationCells(report.toFirstContact)],
      ],
    },
    {
      name: w('waitingNow'),
      columns: [w('stage'), w('waiting'), w('overTarget')],
      rows: report.waiting.map((row) => [labels.stage(row.stage), row.waiting, row.overTarget]),
    },
    {
      name: w('trend'),
      columns: [
        w('month'),
        w('applications'),
        w('hires'),
        `${w('timeToHire')}: ${w('medianDays')}`,
        `${w('timeToFirstContact')}: ${w('medianDays')}`,
      ],
      rows: report.trend.map((month) => [
        monthCell(month.month),
        month.applications,
        month.hires,
        labels.figure(month.toHire.medianDays),
        labels.figure(month.toFirstContact.medianDays),
      ]),
    },
  ];
}

/**
 * The e-mails that count as the company getting back to a candidate: invitations, news about an
 * interview, an answer or an offer. The automatic "application received" and reminders do not,
 * nor e-mails to staff.
 */
export const firstContactTemplates = [
  'hr_invitation',
  'user_invitation',
  'reschedule',
  'cancellation',
  'rejection',
  'offer',
  'thank_you',
  'offer_sent',
  'put_forward',
] as const;
