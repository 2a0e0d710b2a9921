import type { Database, Queryable } from '../../db/database';
import { madeByCandidate } from '../../db/queries/applications';
import { findCandidateContact } from '../../db/queries/candidate-contacts';
import {
  correctRecordedInterview,
  deleteRecordedInterview,
  findInterview,
  insertInterview,
  insertInterviewEvent,
  updateCandidateResponse,
} from '../../db/queries/interviews';
import type { InterviewStage } from '../../domain/interview';
import { mayCorrectRecord } from '../../domain/scheduling/interview-schedule';
import {
  planHeldInterview,
  type HeldInterviewRequest,
} from '../../domain/scheduling/held-interview';
import type { Actor } from '../actor';
import { recordAudit } from '../audit-log/audit-service';
import { Conflict, NotFound, valueOrInvalid, whenNotFound } from '../errors';
import { loadInterviewContext } from '../interviews/interview-context';
import { lockStageToBook, requireMaySchedule } from './scheduling-access';
import { requireEligiblePanel } from './booking-checks';
import { type ScheduledInterview, withHistory } from './scheduled-interview';

export interface HeldInterviewInput extends HeldInterviewRequest {
  /** What HR wants kept about it (who came, how it went): the history entry's note. */
  notes: string;
}

/**
 * Records an interview that already took place (a walk-in) as the stage's interview, so it counts
 * like any booked interview that was held: its panel scores it in the kit (an interviewer too),
 * its missing scorecards are awaited and then overdue, the stage's gate and the verdict read it,
 * and the reports count it. It is a booked row with a past start, not a 'completed' one: every
 * rule already reads a begun booking as held, while 'completed' means the application left the
 * stage (nothing is chased any more). Nobody is told: no invitation, calendar entry or reminder
 * for something that happened; the candidate came, so their answer reads as confirmed.
 * Who may, and at which stage, is what booking allows: HR records either interview, the job's
 * hiring manager the user interview, with the application at that stage.
 */
export async function recordHeldInterview(
  db: Database,
  actor: Actor,
  applicationId: string,
  stage: InterviewStage,
  input: HeldInterviewInput,
): Promise<ScheduledInterview> {
  const id = await db.transaction(async (tx) => {
    const { context, application } = await lockStageToBook(tx, actor, applicationId, stage, {
      alreadyBooked:
        'This stage already has an interview booked: reschedule or cancel it rather than record another.',
    });
    const details = valueOrInvalid(
      planHeldInterview(input, {
        now: new Date(),
        appliedAt: application.createdAt,
        appliedByCandidate: await madeByCandidate(tx, applicationId),
      }),
    );
    await requireEligiblePanel(tx, details.interviewerIds, context.team);
    const candidate = await findCandidateContact(tx, application.candidateId);
    const interviewId = await insertInterview(tx, {
      ...details,
      applicationId,
      stage,
      locale: candidate?.locale ?? 'id',
      createdBy: actor.id,
      recorded: true,
    });
    await updateCandidateResponse(tx, interviewId, 'confirmed');
    await insertInterviewEvent(tx, {
      interviewId,
      kind: 'scheduled',
      actorId: actor.id,
      startsAt: details.startsAt,
      reason: input.notes.trim(),
    });
    await auditRecord(tx, actor, interviewId, 'interview.recorded');
    return interviewId;
  });
  return withHistory(db, id);
}

/** Ids and codes only; no webhook either: the integrations' events are booking changes. */
async function auditRecord(
  tx: Queryable,
  actor: Actor,
  interviewId: string,
  action: 'interview.recorded' | 'interview.record_corrected' | 'interview.record_removed',
): Promise<void> {
  const interview = (await findInterview(tx, interviewId))!;
  await recordAudit(tx, {
    actor,
    action,
    entityId: interview.applicationId,
    candidateId: interview.candidateId,
    detail: { interviewId, stage: interview.stage, sequence: interview.sequence },
  });
}

/**
 * Corrects a record of a held interview (a walk-in): its time, length, panel or place, as the
 * record's own rules check them (a past time, not before the application). Nobody is told
 * and nothing is queued, as when it was recorded; the history keeps the earlier time and the
 * note. Reschedule is not the tool: it invites everyone again and refuses a past time.
 */
export async function correctHeldInterview(
  db: Database,
  actor: Actor,
  interviewId: string,
  input: HeldInterviewInput,
): Promise<ScheduledInterview> {
  await db.transaction(async (tx) => {
    const { interview, context } = await lockRecord(tx, actor, interviewId);
    const details = valueOrInvalid(
      planHeldInterview(input, {
        now: new Date(),
        appliedAt: context.application.createdAt,
        appliedByCandidate: await madeByCandidate(tx, context.application.id),
      }),
    );
    await requireEligiblePanel(tx, details.interviewerIds, context.team);
    await correctRecordedInterview(tx, interviewId, details);
    await insertInterviewEvent(tx, {
      interviewId,
      kind: 'corrected',
      actorId: actor.id,
      startsAt: details.startsAt,
      previousStartsAt: interview.startsAt,
      reason: input.notes.trim(),
    });
    await auditRecord(tx, actor, interviewId, 'interview.record_corrected');
  });
  return withHistory(db, interviewId);
}

/**
 * Removes a record made by mistake (the wrong candidate, a walk-in that did not happen): the
 * stage has no interview again. Not once a scorecard was submitted for it: the panel's judgement
 * rests on it. Nobody is told; the audit log keeps who removed which record.
 */
export async function removeHeldInterview(
  db: Database,
  actor: Actor,
  interviewId: string,
): Promise<void> {
  await db.transaction(async (tx) => {
    const { interview } = await lockRecord(tx, actor, interviewId);
    if (interview.scorecardSubmitted) {
      const message =
        'A scorecard was submitted for this interview; correct it rather than remove it.';
      throw new Conflict([{ path: 'status', code: 'record_scored', message }], message);
    }
    await auditRecord(tx, actor, interviewId, 'interview.record_removed');
    await deleteRecordedInterview(tx, interviewId);
  });
}

/** The record, locked, for someone who may record it (as recording allows), while it stands. */
async function lockRecord(tx: Queryable, actor: Actor, interviewId: string) {
  const interview = await findInterview(tx, interviewId, { forUpdate: true });
  if (!interview) throw new NotFound('Interview');
  const context = await loadInterviewContext(tx, actor, interview.applicationId).catch(
    whenNotFound(() => new NotFound('Interview')),
  );
  requireMaySchedule(actor, interview.stage, context.team);
  if (!mayCorrectRecord(interview)) {
    const message = interview.recorded
      ? 'The application has left this stage; the record is closed.'
      : 'This interview was booked, not recorded: reschedule or cancel it.';
    throw new Conflict([{ path: 'status', code: 'not_a_record', message }], message);
  }
  return { interview, context };
}
