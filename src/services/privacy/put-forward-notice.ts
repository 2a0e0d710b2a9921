import type { MailSettings } from '../../config';
import type { Queryable } from '../../db/database';
import { queueEmail } from '../email/email-service';
import { applicationMessageValues } from '../email/candidate-message-values';

/**
 * A talent-pool member HR put forward for another job hears of it, with that application's
 * portal link, where they can follow it, withdraw from it, or leave the pool.
 */
export async function tellOfPutForward(
  tx: Queryable,
  mail: MailSettings,
  application: { id: string; candidateId: string },
): Promise<void> {
  const { candidate, recruiter, values } = await applicationMessageValues(tx, mail, application.id);
  await queueEmail(tx, {
    idempotencyKey: `application:${application.id}:put-forward`,
    template: 'put_forward',
    locale: candidate.locale,
    to: { name: candidate.fullName, email: candidate.email },
    values: { ...values, recruiterName: recruiter?.name ?? values.companyName },
    applicationId: application.id,
    candidateId: application.candidateId,
  });
}
