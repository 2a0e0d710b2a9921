import type { MailSettings } from '../../config';
import { announceDecision } from '../integrations/webhook-events';
import type { Database, Queryable } from '../../db/database';
import { findApplicationsForUpdate } from '../../db/queries/applications';
import { insertDecision, listDecisions, type DecisionRow } from '../../db/queries/decisions';
import type { InterviewRow } from '../../db/queries/interviews';
import { listScorecards, type ScorecardRow } from '../../db/queries/scorecards';
import { hasTakenPlace } from '../../domain/scheduling/interview-schedule';
import {
  advancesTo,
  combineScores,
  findConflict,
  planDecision,
  summariseStage,
  type CombinedScore,
  type DecisionOutcome,
  type StageSummary,
  type SubmittedScorecard,
  type HiddenBecause,
} from '../../domain/decision';
import type { InterviewStage } from '../../domain/interview';
import { mayDecide as mayDecideOn, mayOpenKit, readsWholeJob } from '../../domain/permissions';
import type { Stage } from '../../domain/pipeline';
import type { Actor } from '../actor';
import { recordAudit } from '../audit-log/audit-service';
import { moveInTransaction } from '../pipeline/application-service';
import { awaitedStageScorers, requireVerdictEvidence } from './verdict-evidence';
import { Conflict, Forbidden, Invalid, valueOrInvalid } from '../errors';
import { loadInterviewContext, type InterviewContext } from '../interviews/interview-context';
import {
  awaitsOwnUserScorecard,
  hasSubmittedOwn,
  hrScoreReach,
  mayReadStageScorecards,
} from '../access-policy';

export interface DecisionSummary {
  /** Null for a stage whose scorecards the actor may not read (see `hiddenBecause`). */
  summaries: Record<InterviewStage, StageSummary | null>;
  hiddenBecause: Record<InterviewStage, HiddenBecause | null>;
  combined: CombinedScore | null;
  conflict: boolean;
  /** Each decision's recorded scores are shown only to readers who may see both stages. */
  decisions: DecisionRow[];
  /** Per stage, the start of a booked interview that has not taken place: a decision now calls it off. */
  upcomingInterview: Record<InterviewStage, Date | null>;
  /** Per stage, the stage "advance" moves the candidate to. */
  advancesTo: Record<InterviewStage, Stage>;
  can: { decide: Record<InterviewStage, boolean>; openKit: Record<InterviewStage, boolean> };
  /** To whoever may give the user's verdict: the user panel members who have not scored yet. */
  awaitedUserScorers: { interviewerId: string; name: string }[];
  /** To whoever may decide HR's gate: the HR panel members who have not scored yet. */
  awaitedHrScorers: { interviewerId: string; name: string }[];
}

export const asSubmitted = (cards: ScorecardRow[]): SubmittedScorecard[] =>
  cards
    .filter((card) => card.submittedAt && card.recommendation)
    .map((card) => ({
      interviewerId: card.interviewerId,
      ratings: card.ratings,
      recommendation: card.recommendation!,
    }));

function summarise(
  context: InterviewContext,
  stage: InterviewStage,
  cards: ScorecardRow[],
): StageSummary {
  return summariseStage(stage, context.plan[stage].attributes, asSubmitted(cards));
}

function mayDecide(actor: Actor, context: InterviewContext): Record<InterviewStage, boolean> {
  return mayDecideOn({ role: actor.role, isJobHiringManager: context.isJobHiringManager });
}

export async function getDecisionSummary(
  db: Database,
  actor: Actor,
  applicationId: string,
): Promise<DecisionSummary> {
  const context = await loadInterviewContext(db, actor, applicationId);
  const { cards } = context;
  const hiddenBecause = (stage: InterviewStage): HiddenBecause | null => {
    const onPanel = context.onPanel[stage];
    const stageCards = cards.filter((c) => c.stage === stage);
    const submittedOwn = hasSubmittedOwn(actor, stageCards);
    // With no scorecard submitted at this stage there is nothing to keep from a panel member:
    // "hidden until you submit" would only puzzle them.
    const nothingToHide = onPanel && !stageCards.some((card) => card.submittedAt);
    if (
      nothingToHide ||
      mayReadStageScorecards(actor, {
        onPanel,
        submittedOwn,
        isJobHiringManager: context.isJobHiringManager,
      })
    ) {
      return null;
    }
    return onPanel ? 'submit_first' : 'no_access';
  };
  const userPanelWaits = awaitsOwnUserScorecard(actor, {
    onHrPanel: context.onPanel.hr,
    onUserPanel: context.onPanel.user,
    submittedOwnUser: hasSubmittedOwn(
      actor,
      cards.filter((c) => c.stage === 'user'),
    ),
  });
  const hidden = { hr: hrScoreHidden(actor, context), user: hiddenBecause('user') };
  const summaryOf = (stage: InterviewStage) =>
    hidden[stage]
      ? null
      : summarise(
          context,
          stage,
          cards.filter((c) => c.stage === stage),
        );
  const summaries = { hr: summaryOf('hr'), user: summaryOf('user') };
  const weights = { hr: context.plan.hr.weight, user: context.plan.user.weight };
  const both = summaries.hr && summaries.user ? { hr: summaries.hr, user: summaries.user } : null;
  const standing = { role: actor.role, isJobHiringManager: context.isJobHiringManager };
  // Decision rationales are free text (salary talk included): HR and the hiring manager only.
  const decisions = (await listDecisions(db, [applicationId])).map((decision) =>
    readsWholeJob(standing) && !(decision.stage === 'hr' && userPanelWaits)
      ? decision
      : { ...decision, rationale: '' },
  );
  const openKit = {
    hr: mayOpenKit(standing, context.onPanel.hr),
    user: mayOpenKit(standing, context.onPanel.user),
  };
  const can = { decide: mayDecide(actor, context), openKit };
  return {
    summaries,
    awaitedUserScorers: can.decide.user ? await awaitedStageScorers(db, context, 'user') : [],
    awaitedHrScorers: can.decide.hr ? await awaitedStageScorers(db, context, 'hr') : [],
    upcomingInterview: upcomingInterviews(context.interviews, new Date()),
    advancesTo: {
      hr: advancesTo('hr', context.application.testsEnabled),
      user: advancesTo('user', context.application.testsEnabled),
    },
    hiddenBecause: hidden,
    combined: both ? combineScores(both, weights) : null,
    conflict: both ? findConflict(both) : false,
    decisions: both ? decisions : decisions.map(withoutScores),
    can,
  };
}

/** Why HR's score is not shown (hrScoreReach), or null: nothing submitted is nothing to hide. */
function hrScoreHidden(actor: Actor, context: InterviewContext): HiddenBecause | null {
  const reach = hrScoreReach(actor, context);
  if (reach === 'read') return null;
  if (reach === 'no_access') return 'no_access';
  return context.cards.some((c) => c.stage === 'hr' && c.submittedAt) ? 'submit_first' : null;
}

function upcomingInterviews(
  interviews: readonly InterviewRow[],
  now: Date,
): Record<InterviewStage, Date | null> {
  const upcoming = (stage: InterviewStage) =>
    interviews.find(
      (interview) =>
        interview.stage === stage &&
        interview.status === 'scheduled' &&
        !hasTakenPlace(interview, now),
    )?.startsAt ?? null;
  return { hr: upcoming('hr'), user: upcoming('user') };
}

/** A decision without the scores it saw, for readers who may not see them all (blind scoring). */
export function withoutScores(decision: DecisionRow): DecisionRow {
  return { ...decision, scores: null };
}

const stageOfInterview: Record<InterviewStage, Stage> = {
  hr: 'hr_interview',
  user: 'user_interview',
};

/**
 * Records a decision with the scores it was based on and moves the application: HR's gate sends
 * the candidate on to tests or the user interview; the user's verdict sends them to the offer.
 */
export async function decide(
  db: Database,
  mail: MailSettings,
  actor: Actor,
  applicationId: string,
  request: {
    stage: InterviewStage;
    outcome: DecisionOutcome;
    rationale: string;
    /** A decision before the interview or all its panel's scorecards: why (>= 10 characters). */
    overrideReason?: string | undefined;
    /** With a rejection: e-mail the candidate the rejection in the same step (HR only). */
    emailCandidate?: boolean | undefined;
  },
): Promise<DecisionSummary> {
  if (request.emailCandidate && request.outcome !== 'reject') {
    throw new Invalid([
      {
        path: 'emailCandidate',
        code: 'no_email_for_outcome',
        message: 'Only a rejection sends the candidate an e-mail with the decision.',
      },
    ]);
  }
  await db.transaction(async (tx) => {
    const context = await loadInterviewContext(tx, actor, applicationId);
    if (!mayDecide(actor, context)[request.stage]) {
      throw new Forbidden(
        request.stage === 'hr'
          ? 'HR decides the HR interview.'
          : "The job's hiring manager decides the user interview.",
      );
    }
    const [application] = await findApplicationsForUpdate(tx, [applicationId]);
    if (application!.stage !== stageOfInterview[request.stage]) {
      throw new Conflict(
        [
          {
            path: 'stage',
            code: 'wrong_stage',
            message: 'The application is not at this interview stage.',
          },
        ],
        'The application is not at this interview stage.',
      );
    }
    const summaries = await allSummaries(tx, context);
    // The evidence first (one rule at both gates): with no scorecard at all it refuses before
    // any other problem.
    const override =
      request.outcome !== 'hold'
        ? await requireVerdictEvidence(tx, actor, application!, {
            stage: request.stage,
            overrideReason: request.overrideReason,
            stageField: 'stage',
          })
        : null;
    const planned = valueOrInvalid(planDecision({ ...request, summaries }));
    const weights = { hr: context.plan.hr.weight, user: context.plan.user.weight };
    await insertDecision(tx, {
      applicationId,
      stage: request.stage,
      outcome: planned.outcome,
      rationale: planned.rationale,
      conflict: planned.conflict,
      againstPanel: planned.againstPanel,
      scores: { summaries, combined: combineScores(summaries, weights) },
      decidedBy: actor.id,
    });
    await recordAudit(tx, {
      actor,
      action: 'decision.recorded',
      entityId: applicationId,
      candidateId: application!.candidateId,
      detail: { stage: request.stage, outcome: planned.outcome },
    });
    await announceDecision(tx, application!, { stage: request.stage, outcome: planned.outcome });
    const note = planned.rationale || undefined;
    if (planned.outcome === 'advance') {
      const next = advancesTo(request.stage, application!.testsEnabled);
      const hrDecided = request.stage === 'hr';
      await moveInTransaction(
        tx,
        mail,
        actor,
        application!,
        { toStage: next, note },
        override,
        hrDecided,
      );
    } else if (planned.outcome === 'reject') {
      const rejectionReason =
        request.stage === 'hr' ? 'failed_hr_interview' : 'failed_user_interview';
      await moveInTransaction(
        tx,
        mail,
        actor,
        application!,
        { toStage: 'rejected', rejectionReason, note, emailCandidate: request.emailCandidate },
        override,
      );
    }
  });
  return getDecisionSummary(db, actor, applicationId);
}

/** The decider's view: every submitted scorecard of both stages. */
async function allSummaries(
  tx: Queryable,
  context: InterviewContext,
): Promise<Record<InterviewStage, StageSummary>> {
  const cards = await listScorecards(tx, [context.application.id]);
  return {
    hr: summarise(
      context,
      'hr',
      cards.filter((card) => card.stage === 'hr'),
    ),
    user: summarise(
      context,
      'user',
      cards.filter((card) => card.stage === 'user'),
    ),
  };
}
