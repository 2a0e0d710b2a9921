import type { MailSettings } from '../../config';
import type { Queryable } from '../../db/database';
import {
  completeInterviewRow,
  findInterview,
  insertInterviewEvent,
  listInterviewsOfApplications,
  type InterviewRow,
} from '../../db/queries/interviews';
import type { HrEnding } from '../../domain/email/hr-ended-notice';
import type { Stage } from '../../domain/pipeline';
import { settleInterviewsOnMove as settleOnMove } from '../../domain/scheduling/stage-left';
import type { Actor } from '../actor';
import { auditInterview } from './interview-audit';
import { cancelInTransaction } from './cancel-interview';

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
