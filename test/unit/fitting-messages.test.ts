import { describe, expect, it } from 'vitest';
import { candidateEmailsFor } from '../../src/domain/email/candidate-emails';
import { isUpcomingInterview, whatsappPurposesFor } from '../../src/domain/whatsapp';

describe('messages offered by where the application stands', () => {
  it('offers the offer e-mail only at the offer stage and the rejection only once rejected', () => {
    expect(candidateEmailsFor('offer')).toEqual(['offer', 'thank_you']);
    expect(candidateEmailsFor('rejected')).toEqual(['rejection', 'thank_you']);
    expect(candidateEmailsFor('hired')).toEqual(['thank_you']);
    expect(candidateEmailsFor('user_interview')).toEqual(['thank_you']);
  });

  it('offers a WhatsApp interview reminder, first, only while an interview is booked ahead', () => {
    expect(whatsappPurposesFor({ upcomingInterview: true })).toEqual([
      'interview_reminder',
      'portal_link',
      'document_request',
    ]);
    expect(whatsappPurposesFor({ upcomingInterview: false })).toEqual([
      'portal_link',
      'document_request',
    ]);
  });

  it('counts as upcoming only a scheduled interview that has not started', () => {
    const now = new Date('2026-12-06T03:00:00Z');
    const at = (iso: string, status = 'scheduled') => ({ status, startsAt: iso });
    expect(isUpcomingInterview(at('2026-12-07T02:00:00Z'), now)).toBe(true);
    expect(isUpcomingInterview(at('2026-12-06T02:00:00Z'), now)).toBe(false);
    expect(isUpcomingInterview(at('2026-12-07T02:00:00Z', 'cancelled'), now)).toBe(false);
  });
});
