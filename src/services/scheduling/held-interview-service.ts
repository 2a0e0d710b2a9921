import type { Database, Queryable } from '../../db/database';
import { findCandidateContact } from '../../db/queries/candidate-contacts';
import {
  findInterview,
  insertInterview,
  insertInterviewEvent,
  updateCandidateResponse,
} from '../../db/queries/interviews';
import type { InterviewStage } from '../../domain/interview';
import {
  planHeldInterview,
  type HeldInterviewRequest,
} from '../../domain/scheduling/held-interview';
import type { Actor } from '../actor';
import { recordAudit } from '../audit-log/audit-service';
import { valueOrInvalid } from '../errors';
import {
  lockStageToBook,
  requireEligiblePanel,
  type ScheduledInterview,
  withHistory,
} from './scheduling-service';

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
      planHeldInterview(input, { now: new Date(), appliedAt: application.createdAt }),
    );
    await requireEligiblePanel(tx, details.interviewerIds, context.team);
    const candidate = await findCandidateContact(tx, application.candidateId);
    const interviewId = await insertInterview(tx, {
      ...details,
      applicationId,
      stage,
      locale: candidate?.locale ?? 'id',
      createdBy: actor.id,
    });
    await updateCandidateResponse(tx, interviewId, 'confirmed');
    await insertInterviewEvent(tx, {
      interviewId,
      kind: 'scheduled',
      actorId: actor.id,
      startsAt: details.startsAt,
      reason: input.notes.trim(),
    });
    await auditRecord(tx, actor, interviewId);
    return interviewId;
  });
  return withHistory(db, id);
}

/** Ids and codes only; no webhook either: the integrations' events are booking changes. */
async function auditRecord(tx: Queryable, actor: Actor, interviewId: string): Promise<void> {
  const interview = (await findInterview(tx, interviewId))!;
  await recordAudit(tx, {
    actor,
    action: 'interview.recorded',
    entityId: interview.applicationId,
    candidateId: interview.candidateId,
    detail: { interviewId, stage: interview.stage, sequence: interview.sequence },
  });
}
