import type { ApiQueryParams } from '../../api/client';

export const reportFilterKeys = [
  'from',
  'to',
  'jobId',
  'department',
  'recruiterId',
  'source',
] as const;

/** The filter as the bar holds it: text, empty for none; what every report section receives. */
export type ReportFilterValues = Record<(typeof reportFilterKeys)[number], string>;

export const noReportFilter: ReportFilterValues = {
  from: '',
  to: '',
  jobId: '',
  department: '',
  recruiterId: '',
  source: '',
};

/** The filled-in values only, as a report route's query. */
export function reportQuery(filter: ReportFilterValues): ApiQueryParams<'/api/reports/speed'> {
  return Object.fromEntries(
    Object.entries(filter).filter(([, value]) => value),
  ) as ApiQueryParams<'/api/reports/speed'>;
}
