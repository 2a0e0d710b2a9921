import type { Database } from '../../db/database';
import {
  calibrationAttributes,
  calibrationInterviewers,
  type CalibrationScope,
} from '../../db/queries/report-calibration';
import type { ReportSelection } from '../../db/queries/report-scope';
import { focusAttributes, type FocusAttribute } from '../../domain/interview';
import {
  calibrateInterviewer,
  matchRate,
  type InterviewerCalibration,
  type RatingCounts,
} from '../../domain/reports/interviewer-calibration';
import {
  reportPeriod,
  validateReportFilter,
  type ReportFilter,
} from '../../domain/reports/report-filter';
import type { Shown } from '../../domain/reports/sample-size';
import { minimumSample } from '../../domain/reports/statistics';
import { seesAllJobs } from '../../domain/roles';
import type { Actor } from '../actor';
import { valueOrInvalid } from '../errors';
import { reportSelection } from './report-scope';
import { readingReport } from './report-reading';

/**
 * Whose calibration a reader sees: HR every interviewer; a hiring manager the interviewers of the
 * jobs they manage, over those jobs' panels; an interviewer only themselves (over every panel they
 * sat on, compared with the rest of those panels in aggregate, never anyone's own figures).
 */
export const calibrationReaches = ['everyone', 'managed_jobs', 'own'] as const;
export type CalibrationReach = (typeof calibrationReaches)[number];

export interface InterviewerLine extends InterviewerCalibration {
  interviewerId: string;
  interviewerName: string;
  submitted: number;
  recommendations: { decided: number; matched: number; matchRate: Shown<number> };
  /** `booked`: panels with an interview booked in Seleksi, so 0 due may be "none due yet". */
  scorecards: { due: number; booked: number; late: number; missing: number };
}

export interface CalibrationReport {
  minimumSample: number;
  reach: CalibrationReach;
  interviewers: InterviewerLine[];
}

function reachOf(actor: Actor): CalibrationReach {
  if (seesAllJobs(actor.role)) return 'everyone';
  return actor.role === 'hiring_manager' ? 'managed_jobs' : 'own';
}

/**
 * An interviewer's own calibration over every job they scored in: the filter narrows it, no job
 * team limits it (their own scorecards are the rows; the panels are only counted together).
 */
function ownSelection(filter: ReportFilter, now: Date): ReportSelection {
  const valid = valueOrInvalid(validateReportFilter(filter, now));
  const { from: _from, to: _to, ...rest } = valid;
  return { ...reportPeriod(valid, now), ...rest, managerId: undefined };
}

const counts = ([strongNo, no, yes, strongYes]: readonly number[]): RatingCounts => ({
  strong_no: strongNo ?? 0,
  no: no ?? 0,
  yes: yes ?? 0,
  strong_yes: strongYes ?? 0,
});

const isFocusAttribute = (value: string): value is FocusAttribute =>
  (focusAttributes as readonly string[]).includes(value);

export async function interviewerCalibration(
  db: Database,
  actor: Actor,
  filter: ReportFilter,
  now: Date = new Date(),
): Promise<CalibrationReport> {
  const reach = reachOf(actor);
  const scope: CalibrationScope =
    reach === 'own'
      ? { ...ownSelection(filter, now), interviewerId: actor.id }
      : await reportSelection(db, actor, filter, now);
  const [attributes, interviewers] = await readingReport(db, (tx) =>
    Promise.all([calibrationAttributes(tx, scope), calibrationInterviewers(tx, scope, now)]),
  );
  return {
    minimumSample,
    reach,
    interviewers: interviewers.map((row) => {
      const comparisons = attributes
        .filter((a) => a.interviewerId === row.interviewerId && isFocusAttribute(a.attribute))
        .sort(
          (a, b) =>
            focusAttributes.indexOf(a.attribute as FocusAttribute) -
            focusAttributes.indexOf(b.attribute as FocusAttribute),
        )
        .map((a) => ({
          attribute: a.attribute as FocusAttribute,
          own: counts(a.own),
          panel: counts(a.panel),
          comparisons: a.comparisons,
          differenceSum: a.differenceSum,
        }));
      const decisions = { decided: row.decided, matched: row.matched };
      return {
        interviewerId: row.interviewerId,
        interviewerName: row.interviewerName,
        submitted: row.submitted,
        ...calibrateInterviewer(comparisons, minimumSample),
        recommendations: { ...decisions, matchRate: matchRate(decisions, minimumSample) },
        scorecards: { due: row.due, booked: row.booked, late: row.late, missing: row.missing },
      };
    }),
  };
}
