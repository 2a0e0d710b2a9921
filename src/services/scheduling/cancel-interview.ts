import type { MailSettings } from '../../config';
import type { Database, Queryable } from '../../db/database';
import {
  cancelInterviewRow,
  findInterview,
  insertInterviewEvent,
  type InterviewRow,
} from '../../db/queries/interviews';
import type { HrEnding } from '../../domain/email/hr-ended-notice';
import type { CancelCause } from '../../domain/scheduling/stage-left';
import type { Actor } from '../actor';
import { notifyInterviewChange } from './interview-notifications';
import { lockScheduledInterview } from './scheduling-access';
import { withHistory, type ScheduledInterview } from './scheduled-interview';
import { auditInterview } from './interview-audit';

/** HR (or the hiring manager, for the user interview) calls off an interview still ahead. */
export async function cancelInterview(
  db: Database,
  mail: MailSettings,
  actor: Actor,
  interviewId: string,
  reason: string,
): Promise<ScheduledInterview> {
  await db.transaction(async (tx) => {
    const { interview } = await lockScheduledInterview(tx, actor, interviewId);
    await cancelInTransaction(tx, mail, actor, interview, reason.trim());
  });
  return withHistory(db, interviewId);
}

/** One path for every cancellation: the row, its history, everyone told, the audit log. */
export async function cancelInTransaction(
  tx: Queryable,
  mail: MailSettings,
  actor: Actor | null,
  interview: InterviewRow,
  reason: string,
  cause: CancelCause = 'called_off',
  hrEnding?: HrEnding,
  endingTold = true,
): Promise<void> {
  await cancelInterviewRow(tx, interview.id);
  await insertInterviewEvent(tx, {
    interviewId: interview.id,
    kind: 'cancelled',
    actorId: actor?.id ?? null,
    startsAt: interview.startsAt,
    reason,
  });
  const cancelled = (await findInterview(tx, interview.id))!;
  await notifyInterviewChange(tx, mail, cancelled, {
    kind: 'cancelled',
    reason,
    cause,
    hrEnding,
    endingTold,
  });
  await auditInterview(tx, actor, cancelled, 'interview.cancelled');
}
