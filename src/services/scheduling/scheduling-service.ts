import type { MailSettings } from '../../config';
import type { Database } from '../../db/database';
import { updateCandidateLocale } from '../../db/queries/candidate-contacts';
import {
  findInterview,
  insertInterview,
  insertInterviewEvent,
  updateInterviewSchedule,
} from '../../db/queries/interviews';
import type { InterviewStage } from '../../domain/interview';
import type { Actor } from '../actor';
import { notifyInterviewChange } from './interview-notifications';
import { lockScheduledInterview, lockStageToBook } from './scheduling-access';
import { withHistory, type ScheduledInterview } from './scheduled-interview';
import { auditInterview } from './interview-audit';
import { queueReminder } from './interview-reminders';
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
