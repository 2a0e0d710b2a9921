import type { MailSettings } from '../../config';
import { companyNameOf } from '../brand/brand-service';
import type { Queryable } from '../../db/database';
import { findCandidateContact } from '../../db/queries/candidate-contacts';
import { findJob, findJobRecruiter } from '../../db/queries/jobs';
import { queueEmail } from '../email/email-service';
import { ensurePortalToken, portalUrl } from '../portal/portal-link-service';

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
  const companyName = await companyNameOf(tx, mail);
  await queueEmail(tx, {
    idempotencyKey: `application:${application.id}:put-forward`,
    template: 'put_forward',
    locale: candidate.locale,
    to: { name: candidate.fullName, email: candidate.email },
    values: {
      candidateName: candidate.fullName,
      jobTitle: job.title,
      companyName,
      portalLink: portalUrl(mail, (await ensurePortalToken(tx, application.id))!),
      recruiterName: recruiter?.name ?? companyName,
    },
    applicationId: application.id,
    candidateId: application.candidateId,
  });
}
