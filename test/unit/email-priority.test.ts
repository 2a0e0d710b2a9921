import { describe, expect, it } from 'vitest';
import { emailPriority } from '../../src/domain/email/email-priority';
import { oneTimeLinkTemplates } from '../../src/domain/email/email-templates';

describe('which e-mails go first', () => {
  it('sends interview times and one-time links before decisions sent in bulk', () => {
    for (const template of ['hr_invitation', 'user_invitation', 'reschedule', 'cancellation'])
      expect(emailPriority(template), template).toBe('urgent');
    expect(emailPriority('reminder')).toBe('urgent');
    for (const template of oneTimeLinkTemplates)
      expect(emailPriority(template), template).toBe('urgent');
    for (const template of ['rejection', 'offer', 'thank_you'])
      expect(emailPriority(template), template).toBe('bulk');
  });

  it('treats a message of a template no longer known as bulk', () => {
    expect(emailPriority('retired_template')).toBe('bulk');
  });
});
