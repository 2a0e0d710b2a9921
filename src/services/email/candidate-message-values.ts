import type { MailSettings } from '../../config';
import type { Queryable } from '../../db/database';
import { companyNameOf } from '../brand/brand-service';
import { ensurePortalToken, portalUrl } from '../portal/portal-link-service';

/**
 * What every e-mail or WhatsApp message to a candidate about an application can say: their name,
 * the job, the company and the link to their portal (empty when the application can have none).
 * Makes the portal token if the application has none yet, so call it inside the message's
 * transaction.
 */
export async function candidateMessageValues(
  tx: Queryable,
  mail: MailSettings,
  about: { candidateName: string; jobTitle: string; applicationId: string },
): Promise<{ candidateName: string; jobTitle: string; companyName: string; portalLink: string }> {
  const token = await ensurePortalToken(tx, about.applicationId);
  return {
    candidateName: about.candidateName,
    jobTitle: about.jobTitle,
    companyName: await companyNameOf(tx, mail),
    portalLink: token ? portalUrl(mail, token) : '',
  };
}
