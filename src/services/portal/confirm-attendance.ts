import type { MailSettings } from '../../config';
import type { Database } from '../../db/database';
import { insertInterviewEvent, updateCandidateResponse } from '../../db/queries/interviews';
import { notifyRecruiterOfInterview } from './candidate-update-notice';
import type { Actor } from '../actor';
import { actBehindLink, auditPortal, lockActionableInterview } from './candidate-acts';

/** The candidate says they will come; the recruiter is told once (a second click changes nothing). */
export async function confirmAttendance(
  db: Database,
  mail: MailSettings,
  token: string,
  interviewId: string,
  signedIn: Actor | undefined,
): Promise<void> {
  await actBehindLink(db, token, signedIn, async (tx, application) => {
    const interview = await lockActionableInterview(tx, application, interviewId);
    if (interview.candidateResponse === 'confirmed') return;
    await updateCandidateResponse(tx, interview.id, 'confirmed');
    const eventId = await insertInterviewEvent(tx, {
      interviewId,
      kind: 'confirmed',
      actorId: null,
      startsAt: interview.startsAt,
    });
    await notifyRecruiterOfInterview(tx, mail, interview, eventId, 'confirmed');
    await auditPortal(tx, interview, 'portal.confirmed');
  });
}
