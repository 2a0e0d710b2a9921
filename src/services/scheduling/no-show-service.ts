import type { MailSettings } from '../../config';
import type { Database } from '../../db/database';
import {
  cancelInterviewRow,
  findInterview,
  insertInterviewEvent,
} from '../../db/queries/interviews';
import { mayRecordNoShow } from '../../domain/scheduling/interview-schedule';
import type { Actor } from '../actor';
import { Conflict } from '../errors';
import { notifyInterviewChange } from './interview-notifications';
import { lockScheduledInterview } from './scheduling-access';
import { auditInterview } from './interview-audit';
import { withHistory, type ScheduledInterview } from './scheduled-interview';

export interface NoShowInput {
  /** HR's internal note (who tried to call, when): kept in the history, never sent to anyone. */
  note: string;
  /** Send the candidate a short, kind e-mail with the way back (off unless HR chooses it). */
  tellCandidate: boolean;
}

/**
 * The candidate did not come to a booked interview. It is off as after a cancellation: no
 * scorecard is awaited, the stage is to book again, and the panel is told no scorecard is needed.
 * Its history says "did not come", so nobody mistakes it for a cancellation.
 */
export async function recordNoShow(
  db: Database,
  mail: MailSettings,
  actor: Actor,
  interviewId: string,
  input: NoShowInput,
): Promise<ScheduledInterview> {
  await db.transaction(async (tx) => {
    const { interview } = await lockScheduledInterview(tx, actor, interviewId);
    if (!mayRecordNoShow(interview, interview.scorecardSubmitted, new Date())) {
      // lockScheduledInterview refused a held one; what is left is an interview still ahead.
      const message = 'The interview has not started yet: reschedule or cancel it instead.';
      throw new Conflict([{ path: 'status', code: 'not_started', message }], message);
    }
    await cancelInterviewRow(tx, interview.id);
    await insertInterviewEvent(tx, {
      interviewId: interview.id,
      kind: 'no_show',
      actorId: actor.id,
      startsAt: interview.startsAt,
      reason: input.note.trim(),
    });
    const missed = (await findInterview(tx, interview.id))!;
    await notifyInterviewChange(tx, mail, missed, {
      kind: 'cancelled',
      cause: 'no_show',
      candidateTold: input.tellCandidate,
    });
    await auditInterview(tx, actor, missed, 'interview.no_show');
  });
  return withHistory(db, interviewId);
}
