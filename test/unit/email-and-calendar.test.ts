import { describe, expect, it } from 'vitest';
import { interviewInviteIcs } from '../../src/domain/calendar/interview-invite';
import {
  checkEmailTemplate,
  oneTimeLinkTemplates,
  defaultEmailTemplate,
  emailLocales,
  emailTemplateKeys,
  emailTemplatePlaceholders,
  renderEmail,
} from '../../src/domain/email/email-templates';
import { placeholdersIn } from '../../src/domain/email/email-placeholders';

describe('e-mail templates', () => {
  it('ship in both languages using only their own placeholders', () => {
    for (const key of emailTemplateKeys) {
      for (const locale of emailLocales) {
        const template = defaultEmailTemplate(key, locale);
        expect(checkEmailTemplate(key, template), `${key}/${locale}`).toMatchObject({ ok: true });
      }
    }
  });

  it('keep scores out of the rejection', () => {
    expect(emailTemplatePlaceholders.rejection.join(' ')).not.toMatch(/score|rating/i);
    expect(defaultEmailTemplate('rejection', 'id').body).not.toMatch(/skor|score/i);
  });

  it('name every unknown placeholder and a subject on two lines', () => {
    const result = checkEmailTemplate('offer', {
      subject: 'Hi {{candidate}}\nthere',
      body: '{{salary}} {{jobTitle}}',
    });
    expect(result.ok ? [] : result.problems.map((p) => `${p.path}:${p.code}`)).toEqual([
      'subject:one_line',
      'subject:unknown_placeholder',
      'body:unknown_placeholder',
    ]);
  });

  it('keep a one-time link in the body: never in the subject, never left out', () => {
    const problems = (subject: string, body: string) => {
      const result = checkEmailTemplate('account_invitation', { subject, body });
      return result.ok ? [] : result.problems.map((p) => `${p.path}:${p.code}`);
    };
    expect(problems('Set it: {{ passwordLink }}', 'Hello {{userName}}')).toEqual([
      'subject:link_in_subject',
      'body:link_required',
    ]);
    expect(problems('Welcome, {{userName}}', 'Your link: {{passwordLink}}')).toEqual([]);
    expect(oneTimeLinkTemplates).toEqual([
      'talent_pool_invitation',
      'account_invitation',
      'password_reset',
    ]);
  });

  it('fill placeholders, tolerating spaces inside the braces', () => {
    expect(placeholdersIn('{{ a }} and {{b}}')).toEqual(['a', 'b']);
    expect(
      renderEmail(
        { subject: '{{ jobTitle }}', body: 'Hi {{candidateName}}' },
        { jobTitle: 'QA', candidateName: 'Sari' },
      ),
    ).toEqual({ subject: 'QA', body: 'Hi Sari' });
  });

  it('leave no gap where a placeholder is blank (a cancellation with no reason)', () => {
    for (const locale of emailLocales) {
      const { body } = renderEmail(defaultEmailTemplate('cancellation', locale), {
        candidateName: 'Reza',
        jobTitle: 'Backend Developer',
        interviewDate: 'Jumat, 11 Desember 2026',
        interviewTime: '10.30 WIB',
        reason: '',
      });
      expect(body, locale).toMatch(/(dibatalkan|cancelled)\.\n/);
      expect(body, locale).not.toMatch(/ {2}| \n/);
    }
    const mid = renderEmail(
      { subject: 'x', body: 'Batal. {{reason}} Hubungi kami.' },
      { reason: '' },
    );
    expect(mid.body).toBe('Batal. Hubungi kami.');
  });
});

describe('calendar invitations', () => {
  const invite = {
    method: 'REQUEST' as const,
    uid: 'abc@seleksi',
    sequence: 2,
    start: new Date('2026-12-03T03:00:00Z'),
    end: new Date('2026-12-03T03:40:00Z'),
    stamp: new Date('2026-11-23T01:02:03Z'),
    summary: 'Interview HR: Analis Data, Jakarta; lantai 5',
    description: 'Baris satu\nBaris dua',
    location: 'Online: https://meet.example/' + 'x'.repeat(90),
    organizer: { name: 'Rina', email: 'rina@example.com' },
    attendees: [{ name: 'Sari "S" W', email: 'sari@example.com' }],
  };

  it('is RFC 5545: CRLF lines, UTC times, escaped text, folded at 75 octets', () => {
    const ics = interviewInviteIcs(invite);
    expect(ics.endsWith('\r\n')).toBe(true);
    expect(ics.split('\r\n').every((line) => new TextEncoder().encode(line).length <= 75)).toBe(
      true,
    );
    const unfolded = ics.replace(/\r\n /g, '');
    expect(unfolded).toContain('METHOD:REQUEST');
    expect(unfolded).toContain('UID:abc@seleksi');
    expect(unfolded).toContain('SEQUENCE:2');
    expect(unfolded).toContain('DTSTART:20261203T030000Z');
    expect(unfolded).toContain('DTEND:20261203T034000Z');
    expect(unfolded).toContain('SUMMARY:Interview HR: Analis Data\\, Jakarta\\; lantai 5');
    expect(unfolded).toContain('DESCRIPTION:Baris satu\\nBaris dua');
    expect(unfolded).toContain('ATTENDEE;CN="Sari S W"');
    expect(unfolded).toContain('STATUS:CONFIRMED');
  });

  it('cancels with the same UID', () => {
    const ics = interviewInviteIcs({ ...invite, method: 'CANCEL', sequence: 3 });
    expect(ics).toContain('METHOD:CANCEL');
    expect(ics).toContain('STATUS:CANCELLED');
    expect(ics).toContain('UID:abc@seleksi');
    expect(ics).not.toContain('VALARM');
  });
});
