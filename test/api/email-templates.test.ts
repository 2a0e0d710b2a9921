import { describe, expect, it } from 'vitest';
import { expectError, expectInvalid } from '../support/expectations';
import { useTestApp } from '../support/test-app';

describe('e-mail templates', () => {
  const t = useTestApp();

  it('lists every template in both languages with the placeholders it may use', async () => {
    const { body } = await t.call(t.users.recruiter, 'GET', '/api/email-templates');
    const keys = new Set(body.templates.map((template: { key: string }) => template.key));
    for (const key of [
      'hr_invitation',
      'user_invitation',
      'reminder',
      'reschedule',
      'cancellation',
      'rejection',
      'offer',
      'thank_you',
    ]) {
      expect(keys.has(key), key).toBe(true);
    }
    const rejection = body.templates.find(
      (template: { key: string; locale: string }) =>
        template.key === 'rejection' && template.locale === 'id',
    );
    expect(rejection.customized).toBe(false);
    expect(rejection.placeholders).not.toContain('interviewDate');
    expectError(await t.call(t.users.interviewer, 'GET', '/api/email-templates'), 403, 'forbidden');
  });

  it('refuses an unknown placeholder, naming it, and keeps the old text', async () => {
    const reply = await t.call(t.users.admin, 'PUT', '/api/email-templates/rejection/en', {
      subject: 'About {{jobTitle}}',
      body: 'Dear {{candidateName}}, your score was {{score}}.',
    });
    const [field] = expectInvalid(reply, { body: 'unknown_placeholder' });
    expect(field!.message).toContain('{{score}}');
    const preview = await t.call(
      t.users.recruiter,
      'POST',
      '/api/email-templates/rejection/en/preview',
      {
        subject: '{{jobTitl}}',
        body: 'Hi',
      },
    );
    expectInvalid(preview, { subject: 'unknown_placeholder' });
    const { body } = await t.call(t.users.admin, 'GET', '/api/email-templates');
    const stored = body.templates.find(
      (x: { key: string; locale: string }) => x.key === 'rejection' && x.locale === 'en',
    );
    expect(stored.customized).toBe(false);
  });

  it('refuses control characters in the subject or body, naming the field, and keeps the old text', async () => {
    for (const [text, field] of [
      [{ subject: 'Tentang {{jobTitle}}\u0000', body: 'Halo {{candidateName}}' }, 'subject'],
      [{ subject: 'Tentang {{jobTitle}}', body: 'Halo\u001b[31m {{candidateName}}' }, 'body'],
      // A right-to-left override would show the subject reversed in the candidate's inbox.
      [{ subject: 'Tentang \u202e{{jobTitle}}', body: 'Halo {{candidateName}}' }, 'subject'],
    ] as const) {
      const reply = await t.call(t.users.admin, 'PUT', '/api/email-templates/rejection/id', text);
      expectInvalid(reply, { [field]: 'invalid_characters' });
    }
    const { body } = await t.call(t.users.admin, 'GET', '/api/email-templates');
    const stored = body.templates.find(
      (x: { key: string; locale: string }) => x.key === 'rejection' && x.locale === 'id',
    );
    expect(stored.customized).toBe(false);
    // Tabs and line breaks are ordinary text in a body.
    const multiLine = { subject: 'Tentang {{jobTitle}}', body: 'Halo,\r\n\n\tTerima kasih.' };
    const saved = await t.call(
      t.users.admin,
      'PUT',
      '/api/email-templates/rejection/id',
      multiLine,
    );
    expect(saved.body).toMatchObject(multiLine);
    await t.call(t.users.admin, 'DELETE', '/api/email-templates/rejection/id');
  });

  it('lets admins reword a template, previews it with sample values, and resets it', async () => {
    const text = {
      subject: 'Your application for {{jobTitle}}',
      body: 'Dear {{candidateName}},\n\nThank you.\n{{recruiterName}}',
    };
    const preview = await t.call(
      t.users.recruiter,
      'POST',
      '/api/email-templates/rejection/en/preview',
      text,
    );
    expect(preview.body).toEqual({
      subject: 'Your application for Data Analyst',
      body: 'Dear Sari Wulandari,\n\nThank you.\nRina Hartono',
    });
    expectError(
      await t.call(t.users.recruiter, 'PUT', '/api/email-templates/rejection/en', text),
      403,
      'forbidden',
    );
    const saved = await t.call(t.users.admin, 'PUT', '/api/email-templates/rejection/en', text);
    expect(saved.body).toMatchObject({ ...text, customized: true, updatedByName: 'Ani Admin' });
    const reset = await t.call(t.users.admin, 'DELETE', '/api/email-templates/rejection/en');
    expect(reset.body.customized).toBe(false);
    expect(reset.body.subject).toBe('About your application for {{jobTitle}}');
    expectInvalid(await t.call(t.users.admin, 'PUT', '/api/email-templates/nonsense/en', text), {
      key: true,
    });
  });
});
