import type { MailSettings } from '../../config';
import type { Database } from '../../db/database';
import {
  findInterview,
  insertInterviewEvent,
  updateInterviewSchedule,
} from '../../db/queries/interviews';
import type { Actor } from '../actor';
import { notifyInterviewChange } from './interview-notifications';
import { lockScheduledInterview } from './scheduling-access';
import { withHistory, type ScheduledInterview } from './scheduled-interview';
import { auditInterview } from './interview-audit';
import { queueReminder } from './interview-reminders';
import { checkedDetails, refuseUnconfirmedConflicts, type ScheduleInput } from './booking-checks';

/** A booked interview moves to a new time or panel, with a reason; everyone is told again. */
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
