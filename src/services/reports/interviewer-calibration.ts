import type { Database } from '../../db/database';
import {
  calibrationAttributes,
  calibrationInterviewers,
  type CalibrationScope,
} from '../../db/queries/report-calibration';
import { focusAttributes, type FocusAttribute } from '../../domain/interview';
import {
  calibrateInterviewer,
  matchRate,
  type InterviewerCalibration,
  type RatingCounts,
} from '../../domain/reports/interviewer-calibration';
import type { ReportFilter } from '../../domain/reports/report-filter';
import type { Shown } from '../../domain/reports/sample-size';
import { minimumSample } from '../../domain/reports/statistics';
import { seesAllJobs } from '../../domain/roles';
import type { Actor } from '../actor';
import { cohortScopeOf } from './report-reader';

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
  scorecards: { due: number; late: number; missing: number };
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
  const cohort = cohortScopeOf(actor, filter, now);
  const scope: CalibrationScope =
    reach === 'own'
      ? { ...cohort, managerId: undefined, interviewerId: actor.id }
      : { ...cohort, interviewerId: undefined };
  const [attributes, interviewers] = await Promise.all([
    calibrationAttributes(db, scope),
    calibrationInterviewers(db, scope, now),
  ]);
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
        scorecards: { due: row.due, late: row.late, missing: row.missing },
      };
    }),
  };
}
