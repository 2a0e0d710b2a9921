import { describe, expect, it } from 'vitest';
import { candidateEmailsFor } from '../../src/domain/email/candidate-emails';
import { whatsappPurposesFor } from '../../src/domain/whatsapp';

describe('messages offered by where the application stands', () => {
  it('offers the offer e-mail only at the offer stage and the rejection only once rejected', () => {
    expect(candidateEmailsFor('offer')).toEqual(['offer', 'thank_you']);
    expect(candidateEmailsFor('rejected')).toEqual(['rejection', 'thank_you']);
    expect(candidateEmailsFor('hired')).toEqual(['thank_you']);
    expect(candidateEmailsFor('user_interview')).toEqual(['thank_you']);
  });

  it('offers a WhatsApp interview reminder only at an interview stage', () => {
    expect(whatsappPurposesFor('hr_interview')[0]).toBe('interview_reminder');
    for (const stage of ['rejected', 'hired', 'offer', 'cv_screening']) {
      expect(whatsappPurposesFor(stage)).toEqual(['portal_link', 'document_request']);
    }
  });
});
