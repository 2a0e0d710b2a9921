import type { MailSettings } from '../../config';

/** The candidate's page for staff, as e-mails to the hiring team link it. */
export function candidatePageLink(mail: MailSettings, candidateId: string): string {
  return `${mail.publicUrl}/candidates/${candidateId}`;
}

/**
 * One offer's page for staff, as the approval request links it: the company's named approver may
 * approve offers of jobs whose candidate pages they may not open.
 */
export function offerPageLink(mail: MailSettings, offerId: string): string {
  return `${mail.publicUrl}/offers/${offerId}`;
}
