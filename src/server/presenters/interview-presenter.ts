import type { DecisionRow } from '../../db/queries/decisions';
import type { QuestionRow } from '../../db/queries/questions';
import type { ScorecardRevisionRow, ScorecardRow } from '../../db/queries/scorecards';
import type { InterviewKit as KitRow } from '../../services/interview-kit-service';
import type { StageScorecards as StageScorecardsRow } from '../../services/scorecard-service';
import type {
  Decision,
  InterviewKit,
  Question,
  Scorecard,
  StageScorecards,
} from '../routes/interviews.schema';

export function presentQuestion(row: QuestionRow): Question {
  return {
    id: row.id,
    builtIn: row.key !== null,
    stage: row.stage,
    attribute: row.attribute,
    type: row.type,
    roles: row.roles,
    text: row.text,
    goodAnswer: row.goodAnswer,
    redFlags: row.redFlags,
  };
}

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
  };
}

export function presentDecision(row: DecisionRow): Decision {
  return {
    id: row.id,
    stage: row.stage,
    outcome: row.outcome,
    rationale: row.rationale,
    conflict: row.conflict,
    againstPanel: row.againstPanel,
    decidedByName: row.decidedByName,
    at: row.createdAt.toISOString(),
    scores: row.scores,
  };
}

export function presentKit(kit: KitRow): InterviewKit {
  const { candidate, job, application } = kit;
  return {
    stage: kit.stage,
    template: kit.template,
    plan: kit.plan,
    job: { id: job.id, title: job.title, department: job.department },
    application: { id: application.id, stage: application.stage },
    candidate: {
      id: candidate.id,
      fullName: candidate.fullName,
      email: candidate.email,
      phone: candidate.phone,
      source: candidate.source,
      tags: candidate.tags,
      notes: candidate.notes,
    },
    questions: kit.questions.map((q) =>
      q.source === 'bank'
        ? {
            key: q.key,
            source: 'bank' as const,
            text: q.question.text,
            attribute: q.question.attribute,
            type: q.question.type,
            goodAnswer: q.question.goodAnswer,
            redFlags: q.question.redFlags,
          }
        : {
            key: q.key,
            source: 'job' as const,
            text: { id: q.text, en: q.text },
            attribute: null,
            type: null,
            goodAnswer: null,
            redFlags: null,
          },
    ),
    hrAdvisory: kit.hrAdvisory && {
      summary: kit.hrAdvisory.summary,
      scorecards: kit.hrAdvisory.scorecards.map((card) => presentScorecard(card)),
      decisions: kit.hrAdvisory.decisions.map(presentDecision),
    },
    canScore: kit.canScore,
    ownScorecard: kit.ownScorecard ? presentScorecard(kit.ownScorecard) : null,
  };
}
