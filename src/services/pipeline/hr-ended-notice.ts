import { randomUUID } from 'node:crypto';
import type { MailSettings } from '../../config';
import type { Queryable } from '../../db/database';
import { findCandidateContact } from '../../db/queries/candidate-contacts';
import type { InterviewRow } from '../../db/queries/interviews';
import { findJob } from '../../db/queries/jobs';
import { hrEndingReason, type HrEnding } from '../../domain/email/hr-ended-notice';
import { decidesAsManager, type UserStageDecider } from '../../domain/email/user-verdict-notice';
import type { PlannedMove } from '../../domain/pipeline';
import { candidatePageLink } from '../email/candidate-page-link';
import { queueEmail } from '../email/email-service';
import { userStagePeople } from './user-stage-people';

/**
 * HR rejecting at the user interview takes the decision out of the hiring manager's hands, so
 * the manager and the user-stage panel hear it from HR with HR's reason (staff only).
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
  const candidate = (await findCandidateContact(tx, application.candidateId))!;
  const job = (await findJob(tx, application.jobId))!;
  const notice = randomUUID();
  for (const person of recipients) {
    await queueEmail(tx, {
      idempotencyKey: `application:${application.id}:hr-ended:${notice}:${person.id}`,
      template: 'hr_ended_application',
      locale: person.locale,
      to: { name: person.name, email: person.email },
      values: {
        recipientName: person.name,
        candidateName: candidate.fullName,
        jobTitle: job.title,
        reason: hrEndingReason(ending, person.locale),
        calledOff: '',
        applicationLink: candidatePageLink(mail, application.candidateId),
      },
      applicationId: application.id,
    });
  }
}
