import type { Queryable } from '../../db/database';
import type { ApplicationRow } from '../../db/queries/applications';
import { listInterviewsOfApplications, type InterviewRow } from '../../db/queries/interviews';
import { findJob } from '../../db/queries/jobs';
import { listScorecards, type ScorecardRow } from '../../db/queries/scorecards';
import { findActiveUsersByIds } from '../../db/queries/users';
import type { InterviewStage } from '../../domain/interview';
import type { InterviewPlan } from '../../domain/interview-plan';
import { hasTakenPlace } from '../../domain/scheduling/interview-schedule';
import {
  awaitedScorers,
  checkVerdictEvidence,
  type VerdictEvidence,
} from '../../domain/verdict-evidence';
import type { Actor } from '../actor';
import { recordAudit } from '../audit-log/audit-service';
import { valueOrInvalid } from '../errors';
import { planOfJob } from '../interview-plans/interview-plan-service';

/** What the verdict rule reads about one application, however the caller loaded it. */
interface EvidenceSources {
  plan: InterviewPlan;
  interviews: readonly InterviewRow[];
  /** The application's scorecards (any stage; only the decided stage's count). */
  cards: readonly ScorecardRow[];
}

async function evidenceOf(
  tx: Queryable,
  { plan, interviews, cards }: EvidenceSources,
  stage: InterviewStage,
): Promise<VerdictEvidence> {
  const now = new Date();
  // The panel is who HR invited to this candidate's interview; the plan's panel only stands
  // in while none is booked (an interviewer left off the invitation owes no scorecard).
  // Every booking called off: nobody owes a scorecard for an interview that was not held (the
  // kit takes none, scorecardClosed), so none is awaited until HR books it again.
  const ofStage = interviews.filter((interview) => interview.stage === stage);
  const booked = ofStage.filter((interview) => interview.status !== 'cancelled');
  const panelIds = booked.length
    ? [...new Set(booked.flatMap((interview) => interview.interviewerIds))]
    : ofStage.length
      ? []
      : plan[stage].interviewerIds;
  const panel = await findActiveUsersByIds(tx, panelIds);
  return {
    stage,
    interviewHeld: booked.some((interview) => hasTakenPlace(interview, now)),
    panelIds,
    submittedBy: cards
      .filter((card) => card.stage === stage && card.submittedAt)
      .map((card) => card.interviewerId),
    panelNames: Object.fromEntries(panel.map((user) => [user.id, user.name])),
  };
}

async function loadEvidence(
  tx: Queryable,
  application: ApplicationRow,
  stage: InterviewStage,
): Promise<VerdictEvidence> {
  const job = (await findJob(tx, application.jobId))!;
  const { plan } = await planOfJob(tx, job);
  const interviews = await listInterviewsOfApplications(tx, [application.id]);
  const cards = await listScorecards(tx, [application.id], stage);
  return evidenceOf(tx, { plan, interviews, cards }, stage);
}

/**
 * A gate's decision (HR's decision, the user's verdict, or a move from the user interview to the
 * offer) needs a scorecard, and waits for the interview and the panel's scorecards unless the
 * decider overrides with a reason; an override is audited here and returned for the application's
 * history. `request` names the stage decided and the fields a refusal points at.
 */
export async function requireVerdictEvidence(
  tx: Queryable,
  actor: Actor,
  application: ApplicationRow,
  request: {
    stage: InterviewStage;
    overrideReason: string | undefined;
    stageField: 'stage' | 'toStage';
  },
): Promise<string | null> {
  const evidence = await loadEvidence(tx, application, request.stage);
  const checked = valueOrInvalid(
    checkVerdictEvidence(evidence, request.overrideReason, request.stageField),
  );
  if (checked.overrideReason) {
    await recordAudit(tx, {
      actor,
      action: 'decision.verdict_overridden',
      entityId: application.id,
      candidateId: application.candidateId,
      detail: { stage: request.stage, missing: checked.missing, reason: checked.overrideReason },
    });
  }
  return checked.overrideReason;
}

/**
 * A stage's panel members who have not submitted their scorecard once its interview has taken
 * place: the decider reads them beside the score before deciding, not only in the dialog that
 * follows the click.
 */
export async function awaitedStageScorers(
  tx: Queryable,
  loaded: EvidenceSources,
  stage: InterviewStage,
): Promise<{ interviewerId: string; name: string }[]> {
  const evidence = await evidenceOf(tx, loaded, stage);
  // Before the interview has begun its kit takes no scorecard: "not in yet from: you" would be news
  // of nothing late (a new user's walk read it on a candidate whose interview was days away).
  if (!evidence.interviewHeld) return [];
  const { waitingFor, waitingForIds } = awaitedScorers(evidence);
  return waitingForIds.map((interviewerId, index) => ({ interviewerId, name: waitingFor[index]! }));
}
