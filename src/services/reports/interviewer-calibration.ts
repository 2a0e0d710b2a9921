import type { Database } from '../../db/database';
import {
  calibrationAttributes,
  calibrationInterviewers,
  type CalibrationAttributeRow,
  type CalibrationScope,
} from '../../db/queries/report-calibration';
import type { ReportSelection } from '../../db/queries/report-scope';
import { focusAttributes, type FocusAttribute } from '../../domain/interview';
import {
  calibrateInterviewer,
  matchRate,
  type AttributeComparison,
  type InterviewerCalibration,
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

/** A focus attribute's place in the scorecard's order, by name; undefined for any other attribute. */
const attributeOrder = new Map<string, number>(focusAttributes.map((name, index) => [name, index]));
const isFocusAttribute = (value: string): value is FocusAttribute => attributeOrder.has(value);

/**
 * Each interviewer's attribute comparisons in the scorecard's order, grouped in one pass (not a
 * filter over every row per interviewer: 110 interviewers × 680 rows on the bench volume).
 */
function comparisonsByInterviewer(
  rows: readonly CalibrationAttributeRow[],
): Map<string, AttributeComparison[]> {
  const byInterviewer = new Map<string, AttributeComparison[]>();
  for (const row of rows) {
    const { attribute } = row;
    if (!isFocusAttribute(attribute)) continue;
    const comparison: AttributeComparison = {
      attribute,
      own: { strong_no: row.own1, no: row.own2, yes: row.own3, strong_yes: row.own4 },
      panel: { strong_no: row.panel1, no: row.panel2, yes: row.panel3, strong_yes: row.panel4 },
      comparisons: row.comparisons,
      differenceSum: row.differenceSum,
    };
    const list = byInterviewer.get(row.interviewerId);
    if (list) list.push(comparison);
    else byInterviewer.set(row.interviewerId, [comparison]);
  }
  const rank = (comparison: AttributeComparison) => attributeOrder.get(comparison.attribute) ?? 0;
  for (const list of byInterviewer.values()) list.sort((a, b) => rank(a) - rank(b));
  return byInterviewer;
}

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
  const byInterviewer = comparisonsByInterviewer(attributes);
  return {
    minimumSample,
    reach,
    interviewers: interviewers.map((row) => {
      const comparisons = byInterviewer.get(row.interviewerId) ?? [];
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
