import { candidateSources, type CandidateSource } from '../candidate';
import { jakartaDate, startOfJakartaDay } from '../today';
import { ok, type FieldProblem, type Result } from '../result';

/**
 * What every report is narrowed by. Dates are Jakarta calendar days (`YYYY-MM-DD`), both ends
 * included, and pick the applications by the day they applied: a report follows that cohort
 * through the pipeline, so its figures do not change meaning when later moves happen.
 */
export interface ReportFilter {
  from?: string | undefined;
  to?: string | undefined;
  jobId?: string | undefined;
  department?: string | undefined;
  recruiterId?: string | undefined;
  source?: CandidateSource | undefined;
}

/** The filter with its period settled to instants: `from` inclusive, `to` exclusive. */
export interface ReportPeriod {
  from: Date;
  to: Date;
}

/** Without dates a report covers the last twelve months up to today. */
export const defaultPeriodMonths = 12;
/** A longer range makes every report scan years of events for no reader: five years at most. */
export const longestPeriodDays = 5 * 366;

const dayMs = 86_400_000;
const isoDate = /^\d{4}-\d{2}-\d{2}$/;

function isCalendarDate(value: string): boolean {
  if (!isoDate.test(value)) return false;
  const parsed = new Date(`${value}T00:00:00Z`);
  return !Number.isNaN(parsed.getTime()) && parsed.toISOString().slice(0, 10) === value;
}

function addMonths(date: string, months: number): string {
  const day = new Date(`${date}T00:00:00Z`);
  day.setUTCMonth(day.getUTCMonth() + months);
  return day.toISOString().slice(0, 10);
}

/** The Jakarta days the report covers, defaults filled in; the filter is valid. */
export function reportDays(filter: ReportFilter, now: Date): { from: string; to: string } {
  const to = filter.to ?? jakartaDate(now);
  const from = filter.from ?? addMonths(to, -defaultPeriodMonths);
  return { from, to };
}

/** The instants the report covers: from the start of `from`'s day to the end of `to`'s. */
export function reportPeriod(filter: ReportFilter, now: Date): ReportPeriod {
  const days = reportDays(filter, now);
  return {
    from: startOfJakartaDay(days.from),
    to: new Date(startOfJakartaDay(days.to).getTime() + dayMs),
  };
}

/** Checks the dates (real days, in order, not too far apart) and the source. */
export function validateReportFilter(filter: ReportFilter, now: Date): Result<ReportFilter> {
  const problems: FieldProblem[] = [];
  for (const field of ['from', 'to'] as const) {
    const value = filter[field];
    if (value !== undefined && !isCalendarDate(value)) {
      problems.push({ path: field, code: 'invalid_date', message: 'Use a date like 2026-01-31.' });
    }
  }
  if (filter.source !== undefined && !candidateSources.includes(filter.source)) {
    problems.push({ path: 'source', code: 'invalid_source', message: 'Choose a known source.' });
  }
  if (problems.length) return { ok: false, problems };
  const days = reportDays(filter, now);
  if (days.from > days.to) {
    problems.push({
      path: 'to',
      code: 'before_from',
      message: 'The end date must be on or after the start date.',
    });
  } else if ((Date.parse(days.to) - Date.parse(days.from)) / dayMs > longestPeriodDays) {
    problems.push({
      path: 'from',
      code: 'period_too_long',
      message: 'Choose a period of at most five years.',
    });
  }
  return problems.length ? { ok: false, problems } : ok(filter);
}

/** How a report may break its figures down. */
export const reportGroupings = ['job', 'department', 'source'] as const;
export type ReportGrouping = (typeof reportGroupings)[number];

/**
 * Every report that can be exported, by the name in its URL (`/api/reports/<name>/export`);
 * services/reports/report-registry.ts says how each is read and laid out as sheets.
 */
export const reportNames = [
  'funnel',
  'speed',
  'sources',
  'agreement',
  'calibration',
  'offers',
  'attendance',
] as const;
export type ReportName = (typeof reportNames)[number];
