import { randomUUID } from 'node:crypto';
import type { MailSettings } from '../../config';
import type { Queryable } from '../../db/database';
import { sentSinceLastReopening } from '../../db/queries/email-messages';
import {
  earlierEndingLine,
  endingTemplates,
  reopenedStageName,
} from '../../domain/email/reopened-application';
import type { ActiveStage } from '../../domain/pipeline';
import { applicationMessageValues } from '../email/candidate-message-values';
import { queueEmail } from '../email/email-service';

/**
 * A candidate whose application HR reopens hears of it: otherwise the last word they had is the
 * rejection while the portal already shows an interview stage. HR's reason for reopening is an
 * internal note and stays out of the e-mail; the portal link shows where they stand. It takes back
 * an earlier "it has ended" e-mail only when one was sent.
 */
export async function tellOfReopening(
  tx: Queryable,
  mail: MailSettings,
  application: { id: string; candidateId: string },
  to: ActiveStage,
): Promise<void> {
  const { candidate, recruiter, values } = await applicationMessageValues(tx, mail, application.id);
  const endingWasSent = await sentSinceLastReopening(tx, application.id, endingTemplates);
  await queueEmail(tx, {
    // One per reopening: a later rejection and reopening tells the candidate again.
    idempotencyKey: `application:${application.id}:reopened:${randomUUID()}`,
    template: 'application_reopened',
    locale: candidate.locale,
    to: { name: candidate.fullName, email: candidate.email },
    values: {
      ...values,
      recruiterName: recruiter?.name ?? values.companyName,
      stageName: reopenedStageName(to, candidate.locale),
      earlierEnding: earlierEndingLine(endingWasSent, candidate.locale),
    },
    applicationId: application.id,
    candidateId: application.candidateId,
  });
}
