import { describe, expect, it } from 'vitest';
import { emailTemplateKeys } from '../../src/domain/email/email-templates';
import { messagesEn } from '../../src/web/i18n/messages-en';
import { messagesId } from '../../src/web/i18n/messages-id';

describe('e-mail template names in the screens', () => {
  it('every template has a readable name in id and en, never its key', () => {
    for (const catalogue of [messagesId, messagesEn] as Record<string, string>[]) {
      const missing = emailTemplateKeys.filter((key) => !catalogue[`template.${key}`]);
      expect(missing).toEqual([]);
    }
  });
});
