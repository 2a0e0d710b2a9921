import type { MailSettings } from '../../config';
import type { Queryable } from '../../db/database';
import { findCandidateContact } from '../../db/queries/candidate-contacts';
import { findJob, findJobRecruiter } from '../../db/queries/jobs';
import { queueEmail } from '../email/email-service';
import { candidateMessageValues } from '../email/candidate-message-values';

/**
 * A talent-pool member HR put forward for another job hears of it, with that application's
 * portal link, where they can follow it, withdraw from it, or leave the pool.
 */
export async function tellOfPutForward(
  tx: Queryable,
  mail: MailSettings,
  application: { id: string; candidateId: string; jobId: string },
): Promise<void> {
  const candidate = (await findCandidateContact(tx, application.candidateId))!;
  const job = (await findJob(tx, application.jobId))!;
  const recruiter = await findJobRecruiter(tx, application.jobId);
  const greeting = await candidateMessageValues(tx, mail, {
    candidateName: candidate.fullName,
    jobTitle: job.title,
    applicationId: application.id,
  });
  await queueEmail(tx, {
    idempotencyKey: `application:${application.id}:put-forward`,
    template: 'put_forward',
    locale: candidate.locale,
    to: { name: candidate.fullName, email: candidate.email },
    values: { ...greeting, recruiterName: recruiter?.name ?? greeting.companyName },
    applicationId: application.id,
    candidateId: application.candidateId,
  });
}
