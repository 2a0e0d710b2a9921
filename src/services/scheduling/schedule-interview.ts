import type { MailSettings } from '../../config';
import type { Database } from '../../db/database';
import { updateCandidateLocale } from '../../db/queries/candidate-contacts';
import { findInterview, insertInterview, insertInterviewEvent } from '../../db/queries/interviews';
import type { InterviewStage } from '../../domain/interview';
import type { Actor } from '../actor';
import { notifyInterviewChange } from './interview-notifications';
import { lockStageToBook } from './scheduling-access';
import { withHistory, type ScheduledInterview } from './scheduled-interview';
import { auditInterview } from './interview-audit';
import { queueReminder } from './interview-reminders';
import { checkedDetails, refuseUnconfirmedConflicts, type ScheduleInput } from './booking-checks';

/**
 * HR (or the hiring manager, for the user interview) books the stage's interview: the candidate
 * and the panel are invited, the reminder is queued, and the candidate's language is kept.
 */
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
