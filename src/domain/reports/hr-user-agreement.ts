import { ratings, type Rating } from '../scorecard';
import { shownFrom, type Shown } from './sample-size';

/**
 * Does HR's interview predict the user's verdict? Only candidates who reached the user stage and
 * got a verdict can answer it: the candidates HR rejected never meet the user, so the report
 * cannot say how many of them the user would have taken (it says so on the page).
 */

/** HR's panel recommendation (a mean on the 1-4 scale) read back as one point of the scale. */
export function recommendationOf(mean: number): Rating {
  if (mean < 1.5) return 'strong_no';
  if (mean < 2.5) return 'no';
  if (mean < 3.5) return 'yes';
  return 'strong_yes';
}

/** HR recommended passing the candidate: yes or strong yes. */
export const recommendsPassing = (rating: Rating): boolean =>
  rating === 'yes' || rating === 'strong_yes';

/** How many verdicts of each kind fell in one cell (an HR recommendation, or an HR score). */
export interface VerdictCount {
  accepted: number;
  rejected: number;
}

export interface RecommendationRow extends VerdictCount {
  recommendation: Rating;
}

export interface ScoreRow extends VerdictCount {
  /** HR's stage score on the 1-4 scale (the mean of the attribute means). */
  score: number;
}

/**
 * The chance that a candidate the user accepted had a higher HR score than one the user rejected
 * (ties count half): the area under the ROC curve. 0.5 is a coin toss, 1 a perfect ranking.
 * Null when one of the two groups is empty.
 */
export function rankingAuc(rows: readonly ScoreRow[]): number | null {
  const accepted = rows.reduce((sum, row) => sum + row.accepted, 0);
  const rejected = rows.reduce((sum, row) => sum + row.rejected, 0);
  if (accepted === 0 || rejected === 0) return null;
  const byScore = new Map<number, VerdictCount>();
  for (const row of rows) {
    const cell = byScore.get(row.score) ?? { accepted: 0, rejected: 0 };
    byScore.set(row.score, {
      accepted: cell.accepted + row.accepted,
      rejected: cell.rejected + row.rejected,
    });
  }
  let rejectedBelow = 0;
  let wins = 0;
  for (const [, cell] of [...byScore].sort(([a], [b]) => a - b)) {
    wins += cell.accepted * (rejectedBelow + cell.rejected / 2);
    rejectedBelow += cell.rejected;
  }
  return wins / (accepted * rejected);
}

export interface AcceptanceByRecommendation {
  recommendation: Rating;
  cases: number;
  accepted: number;
  /** Share the user accepted, hidden below the minimum sample. */
  acceptanceRate: Shown<number>;
}

export interface Agreement {
  /** Candidates with both an HR recommendation and a user verdict. */
  cases: number;
  accepted: number;
  rejected: number;
  /** The confusion table: HR's recommendation (rows) against the user's verdict (columns). */
  table: RecommendationRow[];
  /** HR's recommendation and the user's verdict fell on the same side. */
  agreementRate: Shown<number>;
  /** How well HR's score ranks the user's yes above the user's no. */
  auc: Shown<number>;
  byRecommendation: AcceptanceByRecommendation[];
}

/** The agreement figures of one group of cases (all, one job, one recruiter). */
export function measureAgreement(
  recommendations: readonly RecommendationRow[],
  scores: readonly ScoreRow[],
  minimumSample: number,
): Agreement {
  const table = ratings.map((recommendation) => {
    const rows = recommendations.filter((row) => row.recommendation === recommendation);
    return {
      recommendation,
      accepted: rows.reduce((sum, row) => sum + row.accepted, 0),
      rejected: rows.reduce((sum, row) => sum + row.rejected, 0),
    };
  });
  const accepted = table.reduce((sum, row) => sum + row.accepted, 0);
  const rejected = table.reduce((sum, row) => sum + row.rejected, 0);
  const cases = accepted + rejected;
  const agreed = table.reduce(
    (sum, row) => sum + (recommendsPassing(row.recommendation) ? row.accepted : row.rejected),
    0,
  );
  const scored = scores.reduce((sum, row) => sum + row.accepted + row.rejected, 0);
  return {
    cases,
    accepted,
    rejected,
    table,
    agreementRate: shownFrom(cases, minimumSample, () => agreed / cases),
    auc: shownFrom(scored, minimumSample, () => rankingAuc(scores)),
    byRecommendation: table.map((row) => {
      const rowCases = row.accepted + row.rejected;
      return {
        recommendation: row.recommendation,
        cases: rowCases,
        accepted: row.accepted,
        acceptanceRate: shownFrom(rowCases, minimumSample, () => row.accepted / rowCases),
      };
    }),
  };
}
