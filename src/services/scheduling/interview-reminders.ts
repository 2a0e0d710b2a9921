import type { MailSettings } from '../../config';
import type { Database, Queryable } from '../../db/database';
import { findApplicationsForUpdate } from '../../db/queries/applications';
import { findInterview, type InterviewRow } from '../../db/queries/interviews';
import { reminderTime, stageOfInterview } from '../../domain/scheduling/interview-schedule';
import { enqueueTask, taskQueues } from '../background/task-queue';
import { notifyInterviewChange } from './interview-notifications';

/**
 * The reminder job for the interview's current version: a reschedule queues a new one and the
 * old one finds the sequence changed and does nothing.
 */
export async function queueReminder(tx: Queryable, interview: InterviewRow): Promise<void> {
  const at = reminderTime(interview.startsAt, new Date());
  if (!at) return;
  await enqueueTask(
    tx,
    taskQueues.interviewReminder,
    { interviewId: interview.id, sequence: interview.sequence },
    { startAfter: at },
  );
}

/** Sends the 24-hour reminders, once, if the interview still stands as it was when queued. */
export async function sendInterviewReminders(
  db: Database,
  mail: MailSettings,
  job: { interviewId: string; sequence: number },
): Promise<void> {
  await db.transaction(async (tx) => {
    const interview = await findInterview(tx, job.interviewId, { forUpdate: true });
    if (!interview || interview.status !== 'scheduled' || interview.sequence !== job.sequence) {
      return;
    }
    // Late (the server was down until after it started) or the candidate has moved on.
    const [application] = await findApplicationsForUpdate(tx, [interview.applicationId]);
    if (interview.startsAt.getTime() <= Date.now()) return;
    if (application?.stage !== stageOfInterview(interview.stage)) return;
    await notifyInterviewChange(tx, mail, interview, { kind: 'reminder' });
  });
}
