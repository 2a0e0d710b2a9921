import { mailSettings } from './mail-settings';

/** The candidate's page for staff, as e-mails to the hiring team link it. */
export function candidatePageLink(candidateId: string): string {
  return `${mailSettings().publicUrl}/candidates/${candidateId}`;
}
