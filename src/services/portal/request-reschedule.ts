import type { MailSettings } from '../../config';
import type { Database } from '../../db/database';
import { insertInterviewEvent, updateCandidateResponse } from '../../db/queries/interviews';
import { checkRescheduleProposal } from '../../domain/portal/candidate-portal';
import { valueOrInvalid } from '../errors';
import { notifyRecruiterOfInterview } from './candidate-update-notice';
import type { Actor } from '../actor';
import { actBehindLink, auditPortal, lockActionableInterview } from './candidate-acts';

/**
 * The candidate asks for another time, proposing one to three times in the interview's zone with a reason; the
 * recruiter is told, and for a user interview the hiring manager too. The booking stays as it is
 * until HR reschedules it.
 */
export async function requestReschedule(
  db: Database,
  mail: MailSettings,
  token: string,
  interviewId: string,
  input: { proposedTimes: string[]; reason: string },
  signedIn: Actor | undefined,
): Promise<void> {
  await actBehindLink(db, token, signedIn, async (tx, application) => {
    const interview = await lockActionableInterview(tx, application, interviewId);
    const proposal = valueOrInvalid(checkRescheduleProposal(input, interview.timeZone, new Date()));
    await updateCandidateResponse(tx, interview.id, 'reschedule_requested');
    const eventId = await insertInterviewEvent(tx, {
      interviewId,
      kind: 'reschedule_requested',
      actorId: null,
      startsAt: interview.startsAt,
      reason: proposal.reason,
      proposedTimes: proposal.proposedTimes.map((at) => at.toISOString()),
    });
    await auditPortal(tx, interview, 'portal.reschedule_requested');
    await notifyRecruiterOfInterview(tx, mail, interview, eventId, 'reschedule_requested', {
      reason: proposal.reason,
      proposedTimes: proposal.proposedTimes,
    });
  });
}
