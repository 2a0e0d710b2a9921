import { randomUUID } from 'node:crypto';
import type { MailSettings } from '../../config';
import type { Queryable } from '../../db/database';
import type { InterviewRow } from '../../db/queries/interviews';
import { hrEndingReason, type HrEnding } from '../../domain/email/hr-ended-notice';
import { decidesAsManager, type UserStageDecider } from '../../domain/email/user-verdict-notice';
import type { PlannedMove } from '../../domain/pipeline';
import { readsHrEndingReason } from '../access-policy';
import { findNoticedApplication, queueStaffNotice } from '../email/staff-notice';
import { userStagePeople } from './user-stage-people';

/**
 * HR rejecting at the user interview takes the decision out of the hiring manager's hands, so
 * the manager and the user-stage panel hear it from HR; HR's reason goes to HR and the manager only
 * (readsHrEndingReason), never to the candidate.
 */
export function hrEndingOf(
  decider: UserStageDecider | null,
  move: PlannedMove,
): HrEnding | undefined {
  // The job's own manager rejecting is their verdict, even as an admin: not HR overruling them.
  if (!decider || decidesAsManager(decider)) return undefined;
  if (move.from !== 'user_interview' || move.to !== 'rejected') return undefined;
  return { rejectionReason: move.rejectionReason, note: move.note };
}

/**
 * Tells the job's hiring managers and the user-stage panel who did not already hear it with the
 * cancellation of their interview (`calledOff`): one message each, in their language.
 */
export async function tellUserStageOfHrEnding(
  tx: Queryable,
  mail: MailSettings,
  application: { id: string; candidateId: string; jobId: string },
  ending: HrEnding,
  calledOff: readonly InterviewRow[],
): Promise<void> {
  const told = new Set(
    calledOff.filter((i) => i.stage === 'user').flatMap((interview) => interview.interviewerIds),
  );
  const recipients = await userStagePeople(tx, application, { withCancelled: false, except: told });
  if (!recipients.length) return;
  const noticed = await findNoticedApplication(tx, application);
  const notice = {
    template: 'hr_ended_application',
    key: `application:${application.id}:hr-ended:${randomUUID()}`,
  } as const;
  for (const person of recipients) {
    await queueStaffNotice(tx, mail, noticed, person, notice, {
      reason: hrEndingReason(ending, person.locale, readsHrEndingReason(person, person)),
      calledOff: '',
    });
  }
}
