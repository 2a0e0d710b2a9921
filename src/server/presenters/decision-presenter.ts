import type { DecisionRow } from '../../db/queries/decisions';
import type { JobComparison as JobComparisonRow } from '../../services/decisions/comparison-service';
import type { DecisionSummary } from '../../services/decisions/decision-service';
import type { Decision, DecisionSummaryOutput, JobComparison } from '../routes/decisions.schema';

export function presentDecision(row: DecisionRow): Decision {
  return {
    id: row.id,
    stage: row.stage,
    outcome: row.outcome,
    rationale: row.rationale,
    conflict: row.conflict,
    againstPanel: row.againstPanel,
    panelSplit: panelWasSplit(row),
    decidedByName: row.decidedByName,
    at: row.createdAt.toISOString(),
    scores: row.scores,
  };
}

export function presentDecisionSummary(summary: DecisionSummary): DecisionSummaryOutput {
  const { upcomingInterview: upcoming } = summary;
  return {
    ...summary,
    decisions: summary.decisions.map(presentDecision),
    upcomingInterview: {
      hr: upcoming.hr?.toISOString() ?? null,
      user: upcoming.user?.toISOString() ?? null,
    },
  };
}

export function presentComparison(comparison: JobComparisonRow): JobComparison {
  return {
    ...comparison,
    rows: comparison.rows.map((row) => ({
      ...row,
      latestDecision: row.latestDecision && presentDecision(row.latestDecision),
    })),
  };
}

/** Whether the decided stage's panel was split, as the scores kept with the decision say. */
function panelWasSplit(row: DecisionRow): boolean {
  if (row.outcome === 'hold') return false;
  const scores = row.scores as { summaries?: Record<string, { split?: boolean } | null> } | null;
  return scores?.summaries?.[row.stage]?.split === true;
}
