import { describe, expect, it } from 'vitest';
import { defaultEmailTemplates } from '../../src/domain/email/default-email-templates';
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

  it('the privacy notice fits a candidate HR typed in by hand as well as an imported one', () => {
    const importWords = /spreadsheet|impor|import/i;
    expect(messagesId['template.imported_notice']).not.toMatch(importWords);
    expect(messagesEn['template.imported_notice']).not.toMatch(importWords);
    for (const text of Object.values(defaultEmailTemplates.imported_notice)) {
      expect(`${text.subject}\n${text.body}`).not.toMatch(importWords);
    }
  });
});
