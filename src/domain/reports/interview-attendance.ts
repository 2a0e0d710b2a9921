import { interviewStages, type InterviewStage } from '../interview';
import { stageOfInterview } from '../scheduling/interview-schedule';
import type { Sheet } from '../spreadsheet/cell';
import type { ReportLabels } from './report-labels';
import { conversionRate, isEnoughSample } from './statistics';

/** Per job and interview stage: interviews held, and booked ones the candidate did not come to. */
export interface AttendanceCount {
  jobId: string;
  jobTitle: string;
  stage: InterviewStage;
  held: number;
  noShows: number;
}

export interface AttendanceLine {
  /** null: every job in the selection together. */
  jobId: string | null;
  jobTitle: string | null;
  stage: InterviewStage;
  held: number;
  noShows: number;
  /**
   * noShows / (held + noShows): of the interviews whose time came, the share the candidate missed
   * (as Greenhouse and Ashby count it); null below the minimum sample.
   */
  noShowRate: number | null;
}

export interface AttendanceReport {
  lines: AttendanceLine[];
}

function line(
  job: { jobId: string | null; jobTitle: string | null },
  stage: InterviewStage,
  held: number,
  noShows: number,
): AttendanceLine {
  const met = held + noShows;
  const noShowRate = isEnoughSample(met) ? conversionRate(met, noShows) : null;
  return { ...job, stage, held, noShows, noShowRate };
}

/**
 * Per interview stage in the pipeline's order: every job together first, then each job with an
 * interview held or missed, by title. A stage with neither has no lines.
 */
export function attendanceLines(counts: readonly AttendanceCount[]): AttendanceLine[] {
  return interviewStages.flatMap((stage) => {
    const ofStage = counts
      .filter((count) => count.stage === stage && count.held + count.noShows > 0)
      .sort((a, b) => a.jobTitle.localeCompare(b.jobTitle) || a.jobId.localeCompare(b.jobId));
    if (ofStage.length === 0) return [];
    const sum = (pick: (count: AttendanceCount) => number) =>
      ofStage.reduce((total, count) => total + pick(count), 0);
    const all = { jobId: null, jobTitle: null };
    return [
      line(
        all,
        stage,
        sum((count) => count.held),
        sum((count) => count.noShows),
      ),
      ...ofStage.map((count) => line(count, stage, count.held, count.noShows)),
    ];
  });
}

/** The report as one sheet: job, stage, held, did not come, no-show rate. */
export function attendanceSheets(report: AttendanceReport, labels: ReportLabels): Sheet[] {
  const columns = ['job', 'stage', 'held', 'noShows', 'noShowRate'] as const;
  return [
    {
      name: labels.word('attendance'),
      columns: columns.map((key) => labels.word(key)),
      rows: report.lines.map((row) => [
        row.jobTitle ?? labels.word('allJobs'),
        labels.stage(stageOfInterview(row.stage)),
        row.held,
        row.noShows,
        labels.percent(row.noShowRate),
      ]),
    },
  ];
}
