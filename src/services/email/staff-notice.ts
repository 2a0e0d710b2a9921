import type { MailSettings } from '../../config';
import type { Queryable } from '../../db/database';
import { findCandidateContact } from '../../db/queries/candidate-contacts';
import { findJob } from '../../db/queries/jobs';
import type { UserRow } from '../../db/queries/users';
import type { EmailTemplateKey } from '../../domain/email/email-templates';
import { candidatePageLink } from './candidate-page-link';
import { queueEmail } from './email-service';

/** The application a notice to the hiring team is about, with the names every such notice shows. */
export interface NoticedApplication {
  application: { id: string; candidateId: string; jobId: string };
  candidateName: string;
  jobTitle: string;
}

export async function findNoticedApplication(
  tx: Queryable,
  application: { id: string; candidateId: string; jobId: string },
): Promise<NoticedApplication> {
  const candidate = (await findCandidateContact(tx, application.candidateId))!;
  const job = (await findJob(tx, application.jobId))!;
  return { application, candidateName: candidate.fullName, jobTitle: job.title };
}

/**
 * Queues one staff member's copy of a notice about an application, in their language and the
 * caller's transaction. `key` names the event (e.g. `application:<id>:hr-ended:<uuid>`): with the
 * person it makes the idempotency key, so each hears of one event once. Every such notice greets the
 * recipient and names the candidate, the job and the candidate's page; `values` adds the rest.
 */
export async function queueStaffNotice(
  tx: Queryable,
  mail: MailSettings,
  noticed: NoticedApplication,
  person: UserRow,
  notice: { template: EmailTemplateKey; key: string },
  values: Readonly<Record<string, string>>,
): Promise<void> {
  const { application } = noticed;
  await queueEmail(tx, {
    idempotencyKey: `${notice.key}:${person.id}`,
    template: notice.template,
    locale: person.locale,
    to: { name: person.name, email: person.email },
    values: {
      recipientName: person.name,
      candidateName: noticed.candidateName,
      jobTitle: noticed.jobTitle,
      ...values,
      applicationLink: candidatePageLink(mail, application.candidateId),
    },
    applicationId: application.id,
  });
}
