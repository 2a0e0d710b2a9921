/** E-mails HR sends by hand from the application: the outcome, an offer, a thank-you. */
export const candidateEmailTemplates = ['rejection', 'offer', 'thank_you'] as const;
export type CandidateEmailTemplate = (typeof candidateEmailTemplates)[number];

/** A rejection goes only to a rejected application, an offer only at the offer stage. */
export const candidateEmailStage: Partial<Record<CandidateEmailTemplate, 'rejected' | 'offer'>> = {
  rejection: 'rejected',
  offer: 'offer',
};

/** The hand-sent e-mails that fit where the application stands (the server refuses the rest). */
export function candidateEmailsFor(stage: string): CandidateEmailTemplate[] {
  return candidateEmailTemplates.filter((template) => {
    const needs = candidateEmailStage[template];
    return !needs || needs === stage;
  });
}
