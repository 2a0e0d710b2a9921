import { randomUUID } from 'node:crypto';
import type { MailSettings } from '../../config';
import type { Queryable } from '../../db/database';
import { findCandidateContact } from '../../db/queries/candidate-contacts';
import { findJob, findJobRecruiter } from '../../db/queries/jobs';
import { findActiveUsersByIds } from '../../db/queries/users';
import { userVerdictText, type UserVerdict } from '../../domain/email/user-verdict-notice';
import type { Actor } from '../actor';
import { candidatePageLink } from '../email/candidate-page-link';
import { queueEmail } from '../email/email-service';

/**
 * Tells the job's recruiter the hiring manager's verdict at the user interview (staff only, in
 * their language), in the caller's transaction: telling the candidate or starting the offer is
 * HR's next step.
 */
export async function tellRecruiterOfUserVerdict(
  tx: Queryable,
  mail: MailSettings,
  manager: Actor,
  application: { id: string; candidateId: string; jobId: string },
  verdict: { verdict: UserVerdict; note: string | null },
): Promise<void> {
  const recruiter = await findJobRecruiter(tx, application.jobId);
  if (!recruiter || recruiter.userId === manager.id) return;
  const [person] = await findActiveUsersByIds(tx, [recruiter.userId]);
  if (!person) return;
  const [author] = await findActiveUsersByIds(tx, [manager.id]);
  const candidate = (await findCandidateContact(tx, application.candidateId))!;
  const job = (await findJob(tx, application.jobId))!;
  await queueEmail(tx, {
    idempotencyKey: `application:${application.id}:user-verdict:${randomUUID()}:${person.id}`,
    template: 'user_verdict',
    locale: person.locale,
    to: { name: person.name, email: person.email },
    values: {
      recipientName: person.name,
      candidateName: candidate.fullName,
      jobTitle: job.title,
      verdict: userVerdictText(verdict.verdict, person.locale),
      managerName: author?.name ?? '',
      note: verdict.note || '-',
      applicationLink: candidatePageLink(mail, application.candidateId),
    },
    applicationId: application.id,
  });
}
