import {
  bookedMinutes,
  scorecardClosed,
  scorecardOpensAt,
  type ScorecardClosed,
} from '../../domain/scorecard';
import type { Database } from '../../db/database';
import { findCandidate, type CandidateRow } from '../../db/queries/candidates';
import { latestCvFileOfApplication, type CvFileRow } from '../../db/queries/cv-files';
import { listDecisions, type DecisionRow } from '../../db/queries/decisions';
import { findQuestions, type QuestionRow } from '../../db/queries/questions';
import { listScorecards, type ScorecardRow } from '../../db/queries/scorecards';
import { summariseStage, type StageSummary } from '../../domain/decision';
import { asSubmitted, withoutScores } from '../decisions/decision-service';
import {
  hrScoreReach,
  mayReadHrNotes,
  readsCandidateOf,
  requireKitReader,
  shownContact,
  type ContactShown,
} from '../access-policy';
import { mayOpenKit, salaryAbilities, type SalaryAbilities } from '../../domain/permissions';
import type { InterviewStage } from '../../domain/interview';
import type { StagePlan } from '../../domain/interview-plan';
import type { StageTemplate } from '../../domain/stage-template';
import type { ApplicationRow } from '../../db/queries/applications';
import type { JobRow } from '../../db/queries/jobs';
import type { Actor } from '../actor';
import { InterviewCancelled, NotFound } from '../errors';
import { loadInterviewContext, type InterviewContext } from './interview-context';
import { visibleScorecards, withoutFreeText } from './scorecard-service';
import { getStageTemplates } from '../interview-plans/stage-template-service';

export type KitQuestion =
  | { key: string; source: 'bank'; question: QuestionRow }
  | { key: string; source: 'job'; text: string };

export interface InterviewKit {
  stage: InterviewStage;
  template: StageTemplate;
  plan: StagePlan;
  job: JobRow;
  application: ApplicationRow;
  /** Without e-mail and phone for an interviewer (see shownContact). */
  candidate: ContactShown<CandidateRow>;
  /** The CV that came with this application (or the candidate's latest), to open beside the kit. */
  cvFile: CvFileRow | undefined;
  questions: KitQuestion[];
  /** For the user interview: HR's submitted scorecards and decisions, as advisory input. */
  hrAdvisory: {
    summary: StageSummary;
    scorecards: ScorecardRow[];
    decisions: DecisionRow[];
  } | null;
  canScore: boolean;
  ownScorecard: ScorecardRow | undefined;
  /** While this stage's booked interview has not begun: when its scorecard may be submitted. */
  submitOpensAt: Date | null;
  /** Why the stage takes no new scorecard (the application ended, its interview cancelled). */
  scorecardClosed: ScorecardClosed | null;
  /** The booked interview's length, when one is booked (the plan's length is only the usual). */
  bookedMinutes: number | null;
  /** HR's free-text notes are left out for this reader (see mayReadHrNotes). */
  notesWithheld: boolean;
  /** Whether HR's scores are kept from this reader until they submit their own (hrScoreReach). */
  hrScoresAfterSubmit: boolean;
  /** Whether the reader may open the candidate's page (decided from the context's panels). */
  readsCandidate: boolean;
  /** Whether the reader sees and records the candidate's salary expectation (never interviewers). */
  salary: SalaryAbilities;
}

/**
 * The kit's access rule, except that someone whom a cancelled interview of the stage named (its
 * invitation and calendar event link here) is told it was cancelled rather than refused.
 */
function requireKitReaderOrSayCancelled(
  actor: Actor,
  context: InterviewContext,
  stage: InterviewStage,
): void {
  const isJobHiringManager = context.isJobHiringManager;
  const standing = { role: actor.role, isJobHiringManager };
  if (!mayOpenKit(standing, context.onPanel[stage])) {
    // Newest first (listInterviewsOfApplications): the last one they were invited to.
    const cancelled = context.interviews.find(
      (i) => i.stage === stage && i.status === 'cancelled' && i.interviewerIds.includes(actor.id),
    );
    if (cancelled)
      throw new InterviewCancelled(cancelled.startsAt, cancelled.timeZone, cancelled.noShow);
  }
  requireKitReader(actor, { onPanel: context.onPanel[stage], isJobHiringManager });
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
  requireKitReaderOrSayCancelled(actor, context, stage);
  const candidate = await findCandidate(db, context.application.candidateId);
  if (!candidate) throw new NotFound('Candidate');
  const plan = context.plan[stage];
  const bank = await findQuestions(
    db,
    plan.questions.flatMap((q) => ('questionId' in q ? [q.questionId] : [])),
  );
  const questions = plan.questions.flatMap((q): KitQuestion[] => {
    // Keyed by the text, so notes stay with their question when the plan is reordered.
    if ('text' in q) return [{ key: `job-${textKey(q.text)}`, source: 'job', text: q.text }];
    const question = bank.find((row) => row.id === q.questionId);
    return question ? [{ key: question.id, source: 'bank', question }] : [];
  });
  const own = await visibleScorecards(db, actor, context, stage).then((v) => v.own);
  // Off the user panel there is no own user scorecard (and its scorecards may be closed to them).
  let ownUser = stage === 'user' ? own : undefined;
  if (stage !== 'user' && context.onPanel.user)
    ownUser = (await visibleScorecards(db, actor, context, 'user')).own;
  const submittedOwnUser = Boolean(ownUser?.submittedAt);
  const readsNotes = mayReadHrNotes(actor, {
    isJobHiringManager: context.isJobHiringManager,
    onUserPanel: context.onPanel.user,
    submittedOwnUser,
  });

  // Once HR's gate is behind the candidate, HR's assessments are advisory input at the user
  // interview, but only after a panel member has submitted their own scorecard (they rate
  // independently, like blind scoring); the free text stays with those who read HR's notes.
  let hrAdvisory: InterviewKit['hrAdvisory'] = null;
  const hrScores = hrScoreReach(actor, context);
  if (stage === 'user' && context.application.hrGateCleared && hrScores === 'read') {
    const scorecards = (await listScorecards(db, [applicationId], 'hr'))
      .filter((card) => card.submittedAt)
      .map((card) => (readsNotes ? card : withoutFreeText(card)));
    hrAdvisory = {
      scorecards,
      summary: summariseStage('hr', context.plan.hr.attributes, asSubmitted(scorecards)),
      decisions: (await listDecisions(db, [applicationId]))
        .filter((d) => d.stage === 'hr')
        .map(withoutScores)
        .map((decision) => (readsNotes ? decision : { ...decision, rationale: '' })),
    };
  }
  const templates = await getStageTemplates(db);
  return {
    stage,
    template: templates[stage],
    plan,
    job: context.job,
    application: context.application,
    candidate: shownContact(actor, readsNotes ? candidate : { ...candidate, notes: '' }),
    notesWithheld: !readsNotes,
    hrScoresAfterSubmit: hrScores === 'submit_first',
    readsCandidate: readsCandidateOf(actor, context.onPanel),
    cvFile: await latestCvFileOfApplication(db, applicationId),
    questions,
    hrAdvisory,
    canScore: onPanel,
    ownScorecard: own,
    submitOpensAt: scorecardOpensAt(stage, context.interviews, new Date()),
    scorecardClosed: scorecardClosed(stage, context.application, context.interviews),
    bookedMinutes: bookedMinutes(stage, context.interviews),
    salary: salaryAbilities(
      { role: actor.role, isJobHiringManager: context.isJobHiringManager },
      context.application.stage,
    ),
  };
}

/** A short, stable key for a question written for the job (FNV-1a of its text). */
function textKey(text: string): string {
  let hash = 0x811c9dc5;
  for (const char of text) hash = Math.imul(hash ^ char.codePointAt(0)!, 0x01000193) >>> 0;
  return hash.toString(36);
}
