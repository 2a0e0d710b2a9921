import type { ScorecardRevisionRow, ScorecardRow } from '../../db/queries/scorecards';
import type { StageScorecards as StageScorecardsRow } from '../../services/interviews/scorecard-service';
import type { Scorecard, StageScorecards } from '../routes/scorecards.schema';

export function presentScorecard(
  row: ScorecardRow,
  revisions: readonly ScorecardRevisionRow[] = [],
): Scorecard {
  return {
    id: row.id,
    stage: row.stage,
    interviewerId: row.interviewerId,
    interviewerName: row.interviewerName,
    ratings: row.ratings,
    recommendation: row.recommendation,
    summary: row.summary,
    questionNotes: row.questionNotes,
    submittedAt: row.submittedAt?.toISOString() ?? null,
    updatedAt: row.updatedAt.toISOString(),
    revisions: revisions
      .filter((revision) => revision.scorecardId === row.id)
      .map((revision) => ({
        recommendation: revision.recommendation,
        summary: revision.summary,
        ratings: revision.ratings,
        reason: revision.reason,
        changedByName: revision.changedByName,
        at: revision.createdAt.toISOString(),
      })),
  };
}

export function presentStageScorecards(view: StageScorecardsRow): StageScorecards {
  return {
    stage: view.stage,
    own: view.own ? presentScorecard(view.own, view.revisions) : null,
    others: view.others.map((card) => presentScorecard(card, view.revisions)),
    hidden: view.hidden,
    submitOpensAt: view.submitOpensAt?.toISOString() ?? null,
  };
}
