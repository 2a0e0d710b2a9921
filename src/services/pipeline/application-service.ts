import type { MailSettings } from '../../config';
import { settleOfferOnMove } from '../offers/settle-offer-on-move';
import { announceStageChange } from '../integrations/webhook-events';
import { mayMoveCandidates } from '../../domain/permissions';
import type { Database, Queryable } from '../../db/database';
import {
  findApplication,
  findApplicationsForUpdate,
  insertApplicationEvent,
  updateApplicationStage,
  findLastMove,
  type ApplicationRow,
} from '../../db/queries/applications';
import { holdsTeamPlace } from '../../db/queries/jobs';
import { findUntoldRejection } from '../../db/queries/untold-rejections';
import {
  isActiveStage,
  planMove,
  type MoveRequest,
  type PlannedMove,
  type Stage,
} from '../../domain/pipeline';
import type { FieldProblem } from '../../domain/result';
import type { Actor } from '../actor';
import { requireHr, requireJobAccess } from '../access-policy';
import { recordAudit } from '../audit-log/audit-service';
import {
  Conflict,
  Forbidden,
  Invalid,
  MovedElsewhere,
  NotFound,
  valueOrInvalid,
  whenNotFound,
} from '../errors';
import {
  emailForStage,
  queueCandidateEmail,
  type CandidateEmailTemplate,
} from '../email/candidate-email-service';
import { requireVerdictEvidence } from '../decisions/verdict-evidence';
import { settleInterviewsOnMove } from '../scheduling/settle-interviews-on-move';
import { hrEndingOf, tellUserStageOfHrEnding } from './hr-ended-notice';
import { tellOfReopening } from './reopen-notice';
import { reopensUserStage, tellUserStageOfReopening } from './reopen-staff-notice';
import { userVerdictOf, type UserStageDecider } from '../../domain/email/user-verdict-notice';
import { tellRecruiterOfUserVerdict } from './user-verdict-notice';

export type MoveInput = Omit<MoveRequest, 'actorRole' | 'to' | 'hrDecided'> & {
  toStage: Stage;
  /** With a move to rejected or offer: send the candidate that e-mail in the same step (HR). */
  emailCandidate?: boolean | undefined;
  /** A move from the user interview to the offer before the interview or all scorecards: why. */
  overrideReason?: string | undefined;
  /** The stage the mover saw: a card moved elsewhere since is refused (a single move only). */
  expectedStage?: Stage | undefined;
};

export async function moveApplication(
  db: Database,
  mail: MailSettings,
  actor: Actor,
  applicationId: string,
  move: MoveInput,
): Promise<ApplicationRow> {
  await db.transaction(async (tx) => {
    const [application] = await findApplicationsForUpdate(tx, [applicationId]);
    if (!application) throw new NotFound('Application');
    await requireJobAccess(tx, actor, application.jobId).catch(
      whenNotFound(() => new NotFound('Application')),
    );
    requireMayMove(actor);
    await refuseStaleMove(tx, application, move.expectedStage);
    const template = candidateEmailOf(actor, move);
    const planned = valueOrInvalid(plan(actor, application, move));
    const override = await verdictOverride(tx, actor, application, planned, move.overrideReason);
    await writeMove(tx, mail, actor, application, planned, override, template === 'rejection');
    if (template)
      await queueCandidateEmail(tx, mail, actor, { ...application, stage: planned.to }, template);
  });
  return (await findApplication(db, applicationId))!;
}

/** An application a bulk move left alone: it had left the stage the board showed it in. */
export interface SkippedMove {
  applicationId: string;
  stage: Stage;
  byName: string | null;
  at: Date | null;
}

/**
 * Moves several applications of one job with one reason: all of them move, or none.
 * Every application is checked before anything is written, and each refused one is named
 * by its position in `applicationIds`. One moved elsewhere since the board was loaded (its
 * `expectedStages` entry differs) is not a mistake in the request but a card the mover's choice
 * no longer fits: it is skipped and reported, and the others move.
 */
export async function bulkMoveApplications(
  db: Database,
  mail: MailSettings,
  actor: Actor,
  jobId: string,
  applicationIds: string[],
  move: MoveInput & { expectedStages?: Readonly<Record<string, Stage>> | undefined },
): Promise<{ moved: number; skipped: SkippedMove[] }> {
  const ids = [...new Set(applicationIds)];
  const skipped: SkippedMove[] = [];
  let moved = 0;
  await db.transaction(async (tx) => {
    skipped.length = 0;
    await requireJobAccess(tx, actor, jobId);
    requireMayMove(actor);
    const template = candidateEmailOf(actor, move);
    const applications = await findApplicationsForUpdate(tx, ids);
    const problems: FieldProblem[] = [];
    const planned: { application: ApplicationRow; move: PlannedMove }[] = [];
    for (const id of ids) {
      const path = `applicationIds.${applicationIds.indexOf(id)}`;
      const application = applications.find((row) => row.id === id);
      if (!application || application.jobId !== jobId) {
        problems.push({
          path,
          code: 'unknown_application',
          message: 'Not an application of this job.',
        });
        continue;
      }
      const expected = move.expectedStages?.[id];
      if (expected !== undefined && expected !== application.stage) {
        const last = await findLastMove(tx, id);
        skipped.push({
          applicationId: id,
          stage: application.stage,
          byName: last?.actorName ?? null,
          at: last?.at ?? null,
        });
        continue;
      }
      const result = plan(actor, application, move);
      if (result.ok) planned.push({ application, move: result.value });
      else {
        // Name the application as well as the field that failed; shared fields once.
        for (const p of result.problems) {
          const named = p.path === 'toStage' ? { ...p, path } : p;
          if (!problems.some((q) => q.path === named.path && q.code === named.code)) {
            problems.push(named);
          }
        }
      }
    }
    const overrides = new Map<string, string | null>();
    for (const { application, move: value } of planned) {
      const path = `applicationIds.${applicationIds.indexOf(application.id)}`;
      await verdictOverride(tx, actor, application, value, move.overrideReason).then(
        (reason) => overrides.set(application.id, reason),
        (error: unknown) => {
          if (!(error instanceof Invalid)) throw error;
          problems.push(...error.fields.map((p) => ({ ...p, path })));
        },
      );
    }
    if (problems.length) throw new Invalid(problems);
    for (const { application, move: value } of planned) {
      const override = overrides.get(application.id) ?? null;
      await writeMove(tx, mail, actor, application, value, override, template === 'rejection');
      if (template)
        await queueCandidateEmail(tx, mail, actor, { ...application, stage: value.to }, template);
    }
    moved = planned.length;
  });
  return { moved, skipped };
}

/**
 * The e-mail asked for with a move: only HR sends candidate e-mails, and only rejections and offers
 * go with a move (the field is named when asked for with another stage).
 */
function candidateEmailOf(actor: Actor, move: MoveInput): CandidateEmailTemplate | undefined {
  if (!move.emailCandidate) return undefined;
  requireHr(actor);
  const template = emailForStage(move.toStage);
  if (!template) {
    throw new Invalid([
      {
        path: 'emailCandidate',
        code: 'no_email_for_stage',
        message: 'Only a rejection or an offer sends an e-mail with the move.',
      },
    ]);
  }
  return template;
}

/**
 * A move from a stale board would move the card from a stage it has left, or reopen a rejection
 * nobody asked to reopen: refused with where the card is now and who put it there.
 */
async function refuseStaleMove(
  tx: Queryable,
  application: ApplicationRow,
  expectedStage: Stage | undefined,
): Promise<void> {
  if (expectedStage === undefined || expectedStage === application.stage) return;
  const last = await findLastMove(tx, application.id);
  throw new MovedElsewhere(application.stage, {
    byName: last?.actorName ?? null,
    at: last?.at ?? null,
  });
}

/** Interviewers score interviews; moving candidates is for HR and the hiring manager. */
function requireMayMove(actor: Actor): void {
  if (!mayMoveCandidates(actor.role)) throw new Forbidden('Interviewers cannot move applications.');
}

/** `hrDecided`: the move carries HR's recorded decision to pass the HR interview (decide). */
function plan(actor: Actor, application: ApplicationRow, move: MoveInput, hrDecided = false) {
  return planMove(
    {
      stage: application.stage,
      hrGateCleared: application.hrGateCleared,
      testsEnabled: application.testsEnabled,
    },
    { ...move, to: move.toStage, actorRole: actor.role, hrDecided },
  );
}

/**
 * Moving a candidate from the user interview to the offer on the board is the user's verdict too:
 * it needs a scorecard, and waits for the interview and the panel's scorecards or an override
 * with a reason (the decision's rule).
 */
function verdictOverride(
  tx: Queryable,
  actor: Actor,
  application: ApplicationRow,
  value: PlannedMove,
  overrideReason: string | undefined,
): Promise<string | null> {
  if (value.from !== 'user_interview' || value.to !== 'offer') return Promise.resolve(null);
  return requireVerdictEvidence(tx, actor, application, {
    stage: 'user',
    overrideReason,
    stageField: 'toStage',
  });
}

/** Who moves an application out of the user interview, and whether they manage its job. */
async function userStageDecider(
  tx: Queryable,
  actor: Actor | null,
  application: ApplicationRow,
  move: PlannedMove,
): Promise<UserStageDecider | null> {
  if (!actor || move.from !== 'user_interview') return null;
  const managesJob = await holdsTeamPlace(tx, application.jobId, actor.id, 'hiring_manager');
  return { role: actor.role, managesJob };
}

async function writeMove(
  tx: Queryable,
  mail: MailSettings,
  actor: Actor | null,
  application: ApplicationRow,
  value: PlannedMove,
  verdictOverrideReason: string | null,
  /** The candidate hears of an ending with this move (a rejection e-mail, or their own answer). */
  endingTold: boolean,
): Promise<void> {
  // Read before the move: a rejection the candidate never heard of (the portal's rule) needs no
  // "your application continues" e-mail, since for them it never stopped.
  const rejectionUntold =
    reopensFrom(value) && (await findUntoldRejection(tx, application.id)) !== null;
  await settleOfferOnMove(tx, actor, application, value.to);
  await updateApplicationStage(tx, application.id, {
    stage: value.to,
    hrGateCleared: application.hrGateCleared || value.clearsHrGate,
  });
  await insertApplicationEvent(tx, {
    applicationId: application.id,
    actorId: actor?.id ?? null,
    fromStage: value.from,
    toStage: value.to,
    rejectionReason: value.rejectionReason,
    note: value.note,
    overrodeHrGate: value.overrodeHrGate,
    verdictOverrideReason,
  });
  // Internal notes and rejection reasons stay internal: the cancellation carries no reason.
  const decider = await userStageDecider(tx, actor, application, value);
  const hrEnding = hrEndingOf(decider, value);
  const { calledOff } = await settleInterviewsOnMove(
    tx,
    mail,
    actor,
    application.id,
    value.to,
    '',
    hrEnding,
    endingTold,
  );
  if (hrEnding) await tellUserStageOfHrEnding(tx, mail, application, hrEnding, calledOff);
  const verdict = userVerdictOf(decider, value);
  if (verdict && actor) {
    await tellRecruiterOfUserVerdict(tx, mail, actor, application, { verdict, note: value.note });
  }
  if (!isActiveStage(value.from) && isActiveStage(value.to)) {
    if (!rejectionUntold) await tellOfReopening(tx, mail, application, value.to);
    // The manager heard HR end it at the user stage (hr_ended_application); they hear it resume.
    if (reopensUserStage(value.to)) {
      await tellUserStageOfReopening(tx, mail, application, {
        from: value.from,
        to: value.to,
        note: value.note,
      });
    }
  }
  // Stage codes only: the note and any written reason stay in the application's own history.
  await recordAudit(tx, {
    actor,
    action: 'application.moved',
    entityId: application.id,
    candidateId: application.candidateId,
    detail: { from: value.from, to: value.to, overrodeHrGate: value.overrodeHrGate },
  });
  // A skipped HR gate is its own entry, so the audit log shows who let a candidate past HR's
  // interview without HR's decision (the written reason stays in the application's history).
  if (value.overrodeHrGate) {
    await recordAudit(tx, {
      actor,
      action: 'application.hr_gate_skipped',
      entityId: application.id,
      candidateId: application.candidateId,
      detail: { from: value.from, to: value.to },
    });
  }
  await announceStageChange(tx, application, value);
}

const reopensFrom = (move: PlannedMove) => !isActiveStage(move.from) && isActiveStage(move.to);

/**
 * A move made as part of a larger use case (a decision), inside the caller's transaction; the
 * decision has checked the verdict's evidence and passes any override reason on.
 */
export async function moveInTransaction(
  tx: Queryable,
  mail: MailSettings,
  actor: Actor,
  application: ApplicationRow,
  move: MoveInput,
  verdictOverrideReason: string | null = null,
  /** The move follows HR's decision to pass the HR interview: it passes the gate. */
  hrDecided = false,
): Promise<void> {
  const template = candidateEmailOf(actor, move);
  const result = plan(actor, application, move, hrDecided);
  if (!result.ok) throw new Invalid(result.problems);
  // The rejection e-mail only when the decider asked for it, as with a board move; else HR tells
  // the candidate in their own time.
  const told = template === 'rejection';
  await writeMove(tx, mail, actor, application, result.value, verdictOverrideReason, told);
  if (template) {
    await queueCandidateEmail(
      tx,
      mail,
      actor,
      { ...application, stage: result.value.to },
      template,
    );
  }
}

/**
 * A move the candidate causes by answering the offer HR sent them (accepting it: Hired; declining
 * it: Rejected), inside the answer's transaction. The offer was HR's decision, so the move is
 * planned with HR's standing, and recorded with no user as its author: the candidate made it.
 */
export async function moveByCandidateAnswer(
  tx: Queryable,
  mail: MailSettings,
  application: ApplicationRow,
  move: Pick<MoveInput, 'toStage' | 'rejectionReason' | 'note'>,
): Promise<void> {
  const result = planMove(
    {
      stage: application.stage,
      hrGateCleared: application.hrGateCleared,
      testsEnabled: application.testsEnabled,
    },
    { ...move, to: move.toStage, actorRole: 'recruiter' },
  );
  if (!result.ok) throw new Conflict(result.problems, 'The application cannot move now.');
  // The candidate declined the offer themselves: they know their application ends.
  await writeMove(tx, mail, null, application, result.value, null, true);
}
