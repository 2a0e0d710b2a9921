import type { FocusAttribute } from '../interview';
import { ratingValue, ratings, type Rating } from '../scorecard';
import { isWorkingDay } from '../today';
import { shownFrom, type Shown } from './sample-size';

/**
 * Is an interviewer lenient, severe or in line with the people they interview alongside? Each of
 * their ratings is compared with the mean of the other panel members' ratings of the same
 * attribute for the same candidate at the same stage, so a hard job or a weak candidate pool does
 * not make a fair interviewer look severe.
 */

/** Half a point on the 4-point scale: half of the step from "no" to "yes". */
export const calibrationTolerance = 0.5;

export const calibrationStandings = ['lenient', 'severe', 'in_line'] as const;
export type CalibrationStanding = (typeof calibrationStandings)[number];

export type RatingCounts = Record<Rating, number>;

export interface AttributeComparison {
  attribute: FocusAttribute;
  /** The interviewer's own ratings of this attribute, on panels with someone else. */
  own: RatingCounts;
  /** The other panel members' ratings of the same candidates' same attribute. */
  panel: RatingCounts;
  /** Ratings compared with the rest of their panel. */
  comparisons: number;
  /** The sum, over those, of (own rating − the others' mean rating). */
  differenceSum: number;
}

/**
 * What the page and the export show of an attribute: the means and the difference, not the rating
 * counts behind them (at 110 interviewers the counts were a third of a 270 kB response nobody read).
 */
export interface AttributeCalibration {
  attribute: FocusAttribute;
  comparisons: number;
  ownMean: number | null;
  panelMean: number | null;
  /** Mean of (own − the rest of the panel), hidden below the minimum sample. */
  difference: Shown<number>;
  standing: Shown<CalibrationStanding>;
}

const countOf = (counts: RatingCounts) => ratings.reduce((sum, rating) => sum + counts[rating], 0);

function meanOf(counts: RatingCounts): number | null {
  const count = countOf(counts);
  if (count === 0) return null;
  return ratings.reduce((sum, rating) => sum + counts[rating] * ratingValue[rating], 0) / count;
}

export function standingOf(difference: number): CalibrationStanding {
  if (difference >= calibrationTolerance) return 'lenient';
  if (difference <= -calibrationTolerance) return 'severe';
  return 'in_line';
}

export function calibrateAttribute(
  comparison: AttributeComparison,
  minimumSample: number,
): AttributeCalibration {
  const difference = shownFrom(
    comparison.comparisons,
    minimumSample,
    () => comparison.differenceSum / comparison.comparisons,
  );
  return {
    attribute: comparison.attribute,
    comparisons: comparison.comparisons,
    ownMean: meanOf(comparison.own),
    panelMean: meanOf(comparison.panel),
    difference,
    standing:
      difference.value === null
        ? { value: null, hiddenBecause: difference.hiddenBecause }
        : { value: standingOf(difference.value), hiddenBecause: null },
  };
}

/** An interviewer's recommendation matched the stage's final decision when both took the same side. */
export function recommendationMatches(recommendation: Rating, advanced: boolean): boolean {
  return ratingValue[recommendation] >= ratingValue.yes === advanced;
}

export interface DecisionMatch {
  /** Submitted scorecards whose stage has a final advance or reject decision. */
  decided: number;
  matched: number;
}

export function matchRate(match: DecisionMatch, minimumSample: number): Shown<number> {
  return shownFrom(match.decided, minimumSample, () => match.matched / match.decided);
}

function nextDate(date: string): string {
  return new Date(Date.parse(`${date}T00:00:00Z`) + 86_400_000).toISOString().slice(0, 10);
}

/**
 * The Jakarta date a scorecard is due: the end of the first working day after the interview, the
 * same rule as Today's "scorecard overdue" (isScorecardOverdue). The report's SQL applies it as
 * `date + CASE isodow WHEN 5 THEN 3 WHEN 6 THEN 2 ELSE 1 END`; a unit test keeps both in step.
 */
export function scorecardDueDate(interviewDate: string): string {
  let date = nextDate(interviewDate);
  while (!isWorkingDay(date)) date = nextDate(date);
  return date;
}

export interface InterviewerCalibration {
  attributes: AttributeCalibration[];
  /** Over every attribute they rated: how many comparisons, the mean difference, the standing. */
  overall: { comparisons: number; difference: Shown<number>; standing: Shown<CalibrationStanding> };
}

export function calibrateInterviewer(
  comparisons: readonly AttributeComparison[],
  minimumSample: number,
): InterviewerCalibration {
  const total = comparisons.reduce((sum, row) => sum + row.comparisons, 0);
  const differenceSum = comparisons.reduce((sum, row) => sum + row.differenceSum, 0);
  const difference = shownFrom(total, minimumSample, () => differenceSum / total);
  return {
    attributes: comparisons.map((row) => calibrateAttribute(row, minimumSample)),
    overall: {
      comparisons: total,
      difference,
      standing:
        difference.value === null
          ? { value: null, hiddenBecause: difference.hiddenBecause }
          : { value: standingOf(difference.value), hiddenBecause: null },
    },
  };
}
