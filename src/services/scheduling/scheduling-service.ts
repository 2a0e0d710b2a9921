import type { MailSettings } from '../../config';
import type { Database, Queryable } from '../../db/database';
import { updateCandidateLocale } from '../../db/queries/candidate-contacts';
import {
  completeInterviewRow,
  findInterview,
  insertInterview,
  insertInterviewEvent,
  listInterviewsOfApplications,
  updateInterviewSchedule,
  type InterviewRow,
} from '../../db/queries/interviews';
import type { InterviewStage } from '../../domain/interview';
import type { HrEnding } from '../../domain/email/hr-ended-notice';
import type { Stage } from '../../domain/pipeline';
import { settleInterviewsOnMove as settleOnMove } from '../../domain/scheduling/stage-left';
import type { Actor } from '../actor';
import { notifyInterviewChange } from './interview-notifications';
import { lockScheduledInterview, lockStageToBook } from './scheduling-access';
import { withHistory, type ScheduledInterview } from './scheduled-interview';
import { auditInterview } from './interview-audit';
import { queueReminder } from './interview-reminders';
import { cancelInTransaction } from './cancel-interview';
import { checkedDetails, refuseUnconfirmedConflicts, type ScheduleInput } from './booking-checks';

export async function scheduleInterview(
  db: Database,
  mail: MailSettings,
  actor: Actor,
  applicationId: string,
  stage: InterviewStage,
  input: ScheduleInput,
): Promise<ScheduledInterview> {
  const id = await db.transaction(async (tx) => {
    const { context, application } = await lockStageToBook(tx, actor, applicationId, stage, {
      alreadyBooked: 'Reschedule the existing interview.',
    });
    const details = await checkedDetails(tx, input, context.team);
    await refuseUnconfirmedConflicts(tx, input, details, application.candidateId);
    const interviewId = await insertInterview(tx, {
      ...details,
      applicationId,
      stage,
      locale: input.locale,
      createdBy: actor.id,
    });
    await updateCandidateLocale(tx, application.candidateId, input.locale);
    await insertInterviewEvent(tx, {
      interviewId,
      kind: 'scheduled',
      actorId: actor.id,
      startsAt: details.startsAt,
    });
    const interview = (await findInterview(tx, interviewId))!;
    await notifyInterviewChange(tx, mail, interview, { kind: 'scheduled' });
    await queueReminder(tx, interview);
    await auditInterview(tx, actor, interview, 'interview.scheduled');
    return interviewId;
  });
  return withHistory(db, id);
}

export async function rescheduleInterview(
  db: Database,
  mail: MailSettings,
  actor: Actor,
  interviewId: string,
  input: ScheduleInput & { reason: string },
): Promise<ScheduledInterview> {
  await db.transaction(async (tx) => {
    const { interview, team } = await lockScheduledInterview(tx, actor, interviewId);
    const details = await checkedDetails(tx, input, team);
    await refuseUnconfirmedConflicts(tx, input, details, interview.candidateId, interview.id);
    await updateInterviewSchedule(tx, interview.id, { ...details, locale: input.locale });
    await insertInterviewEvent(tx, {
      interviewId,
      kind: 'rescheduled',
      actorId: actor.id,
      startsAt: details.startsAt,
      previousStartsAt: interview.startsAt,
      reason: input.reason.trim(),
    });
    const updated = (await findInterview(tx, interviewId))!;
    await notifyInterviewChange(tx, mail, updated, {
      kind: 'rescheduled',
      previousStartsAt: interview.startsAt,
      reason: input.reason.trim(),
      removedInterviewerIds: interview.interviewerIds.filter(
        (id) => !details.interviewerIds.includes(id),
      ),
    });
    await queueReminder(tx, updated);
    await auditInterview(tx, actor, updated, 'interview.rescheduled');
  });
  return withHistory(db, interviewId);
}

/**
 * A move settles the interviews of the stages it leaves, in the move's transaction: one that has
 * started took place and is completed; one still ahead is cancelled as HR would cancel it (the
 * candidate and the panel are told, the audit log records it), so no reminder, portal page or
 * calendar keeps an interview the process is past. `actor` is null when the candidate withdrew.
 */
export async function settleInterviewsOnMove(
  tx: Queryable,
  mail: MailSettings,
  actor: Actor | null,
  applicationId: string,
  to: Stage,
  reason: string,
  /** HR ended the application at the user interview: the panel is told why with the cancellation. */
  hrEnding?: HrEnding,
  /**
   * Whether the candidate learns with this move that their application ended (a rejection e-mail
   * goes with it, or they withdrew or declined themselves). If not, their cancellation says only
   * that the interview is off: it is not the cancellation's place to break the news.
   */
  endingTold = true,
): Promise<{ calledOff: InterviewRow[] }> {
  const interviews = await listInterviewsOfApplications(tx, [applicationId]);
  const calledOff: InterviewRow[] = [];
  for (const { interviewId, settlement } of settleOnMove(to, interviews, new Date())) {
    const interview = (await findInterview(tx, interviewId, { forUpdate: true }))!;
    if (settlement !== 'completed') {
      const ending = interview.stage === 'user' ? hrEnding : undefined;
      await cancelInTransaction(tx, mail, actor, interview, reason, settlement, ending, endingTold);
      calledOff.push(interview);
      continue;
    }
    await completeInterviewRow(tx, interview.id);
    await insertInterviewEvent(tx, {
      interviewId: interview.id,
      kind: 'completed',
      actorId: actor?.id ?? null,
      startsAt: interview.startsAt,
    });
    await auditInterview(tx, actor, interview, 'interview.completed');
  }
  return { calledOff };
}
