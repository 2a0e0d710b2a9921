import type { MailSettings } from '../../config';

/** The candidate's page for staff, as e-mails to the hiring team link it. */
export function candidatePageLink(mail: MailSettings, candidateId: string): string {
  return `${mail.publicUrl}/candidates/${candidateId}`;
}
