import { candidateSources, type CandidateSource } from '../candidate';
import { conversionRate, isEnoughSample } from './statistics';
import type { Sheet } from '../spreadsheet/cell';
import type { ReportLabels, ReportWord } from './report-labels';

/**
 * Per source: applications and how many of them were interviewed (an interview held, or past the
 * HR interview), reached the offer stage, and were hired.
 */
export interface SourceCount {
  source: CandidateSource;
  applications: number;
  interviewed: number;
  offered: number;
  hired: number;
}

export interface SourceRow extends SourceCount {
  /** Shares of the applications (0..1); null below the minimum sample. */
  interviewRate: number | null;
  offerRate: number | null;
  hireRate: number | null;
}

const shareOf = (whole: number, part: number) =>
  isEnoughSample(whole) ? conversionRate(whole, part) : null;

/** Sources with applications, most applications first; conversions from applications. */
export function sourceRows(counts: readonly SourceCount[]): SourceRow[] {
  return counts
    .filter((count) => count.applications > 0)
    .map((count) => ({
      ...count,
      interviewRate: shareOf(count.applications, count.interviewed),
      offerRate: shareOf(count.applications, count.offered),
      hireRate: shareOf(count.applications, count.hired),
    }))
    .sort(
      (a, b) =>
        b.applications - a.applications ||
        candidateSources.indexOf(a.source) - candidateSources.indexOf(b.source),
    );
}

export interface SourcesReport {
  sources: SourceRow[];
}

export function sourcesSheets(report: SourcesReport, labels: ReportLabels): Sheet[] {
  const columns: ReportWord[] = [
    'source',
    'applications',
    'interviewed',
    'offered',
    'hired',
    'interviewRate',
    'offerRate',
    'hireRate',
  ];
  return [
    {
      name: labels.word('sources'),
      columns: columns.map(labels.word),
      rows: report.sources.map((row) => [
        labels.source(row.source),
        row.applications,
        row.interviewed,
        row.offered,
        row.hired,
        labels.percent(row.interviewRate),
        labels.percent(row.offerRate),
        labels.percent(row.hireRate),
      ]),
    },
  ];
}
