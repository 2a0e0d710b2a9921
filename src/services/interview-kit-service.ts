import type { Database } from '../db/database';
import { findCandidate, type CandidateRow } from '../db/queries/candidates';
import { listDecisions, type DecisionRow } from '../db/queries/decisions';
import { findQuestions, type QuestionRow } from '../db/queries/questions';
import { listScorecards, type ScorecardRow } from '../db/queries/scorecards';
import { summariseStage, type StageSummary } from '../domain/decision';
import { asSubmitted } from './decision-service';
import type { InterviewStage } from '../domain/interview';
import type { StagePlan } from '../domain/interview-plan';
import type { StageTemplate } from '../domain/stage-template';
import type { ApplicationRow } from '../db/queries/applications';
import type { JobRow } from '../db/queries/jobs';
import type { Actor } from './actor';
import { Forbidden, NotFound } from './errors';
import { loadInterviewContext } from './interview-context';
import { visibleScorecards } from './scorecard-service';
import { getStageTemplates } from './stage-template-service';
import { isHr } from '../domain/roles';

export type KitQuestion =
  | { key: string; source: 'bank'; question: QuestionRow }
  | { key: string; source: 'job'; text: string };

export interface InterviewKit {
  stage: InterviewStage;
  template: StageTemplate;
  plan: StagePlan;
  job: JobRow;
  application: ApplicationRow;
  candidate: CandidateRow;
  questions: KitQuestion[];
  /** For the user interview: HR's submitted scorecards and decisions, as advisory input. */
  hrAdvisory: {
    summary: StageSummary;
    scorecards: ScorecardRow[];
    decisions: DecisionRow[];
  } | null;
  canScore: boolean;
  ownScorecard: ScorecardRow | undefined;
}

/** One page for one interview: its purpose, the candidate, the questions with guidance, the scorecard. */
export async function getInterviewKit(
  db: Database,
  actor: Actor,
  applicationId: string,
  stage: InterviewStage,
): Promise<InterviewKit> {
  const context = await loadInterviewContext(db, actor, applicationId);
  const onPanel = context.onPanel[stage];
  if (!onPanel && !isHr(actor.role) && !context.isJobHiringManager) {
    throw new Forbidden('You are not on the panel of this interview.');
  }
  const candidate = await findCandidate(db, context.application.candidateId);
  if (!candidate) throw new NotFound('Candidate');
  const plan = context.plan[stage];
  const bank = await findQuestions(
    db,
    plan.questions.flatMap((q) => ('questionId' in q ? [q.questionId] : [])),
  );
  const questions = plan.questions.flatMap((q, index): KitQuestion[] => {
    if ('text' in q) return [{ key: `job-${index}`, source: 'job', text: q.text }];
    const question = bank.find((row) => row.id === q.questionId);
    return question ? [{ key: question.id, source: 'bank', question }] : [];
  });
  const own = await visibleScorecards(db, actor, context, stage).then((v) => v.own);

  // HR's finished assessments are advisory input for everyone at the user interview;
  // blind scoring applies within a stage, and HR's stage is done before the user's starts.
  let hrAdvisory: InterviewKit['hrAdvisory'] = null;
  if (stage === 'user') {
    const scorecards = (await listScorecards(db, [applicationId], 'hr')).filter(
      (card) => card.submittedAt,
    );
    hrAdvisory = {
      scorecards,
      summary: summariseStage('hr', context.plan.hr.attributes, asSubmitted(scorecards)),
      decisions: (await listDecisions(db, [applicationId])).filter((d) => d.stage === 'hr'),
    };
  }
  const templates = await getStageTemplates(db);
  return {
    stage,
    template: templates[stage],
    plan,
    job: context.job,
    application: context.application,
    candidate,
    questions,
    hrAdvisory,
    canScore: onPanel,
    ownScorecard: own,
  };
}
