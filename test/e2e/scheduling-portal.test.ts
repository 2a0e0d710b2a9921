import ICAL from 'ical.js';
import type { ParsedMail } from 'mailparser';
import { afterAll, beforeAll, expect, test } from 'vitest';
import { jakartaTime } from '../support/jakarta-time';
import { waitFor } from '../support/wait-for';
import { startBrowserSession, type BrowserSession } from './browser';
import { fillDateTime } from './date-time';

let session: BrowserSession;
let candidate: { id: string; email: string; fullName: string };
let portalLink: string;

beforeAll(async () => {
  session = await startBrowserSession();
  // A candidate at the HR interview with nothing booked yet (some demo ones already had theirs).
  const [row] = await session.db.query<{ id: string; email: string; fullName: string }>(
    `SELECT c.id, c.email, c.full_name AS "fullName" FROM applications a
     JOIN candidates c ON c.id = a.candidate_id JOIN jobs j ON j.id = a.job_id
     WHERE a.stage = 'hr_interview' AND j.title = 'Customer Service Officer'
       AND NOT EXISTS (SELECT 1 FROM interviews i WHERE i.application_id = a.id)
     ORDER BY c.full_name LIMIT 1`,
  );
  candidate = row!;
});
afterAll(() => session?.close());

/** The calendar part of a received message, parsed. */
function calendarOf(mail: ParsedMail) {
  const part = mail.attachments.find((a) => a.contentType.startsWith('text/calendar'));
  const text = part ? part.content.toString('utf8') : '';
  const calendar = new ICAL.Component(ICAL.parse(text));
  return { calendar, event: calendar.getFirstSubcomponent('vevent')! };
}

const mailsTo = (subject: RegExp) =>
  session.inbox.to(candidate.email).filter((mail) => subject.test(mail.subject ?? ''));

test('HR schedules the HR interview; the candidate gets the invitation with a calendar invite', async () => {
  const page = await session.signedInPage('hr@demo.seleksi.id', {
    locale: 'id',
    path: `/candidates/${candidate.id}`,
  });
  await page.getByRole('button', { name: 'Jadwalkan interview HR' }).click();
  const dialog = page.getByRole('dialog');
  await fillDateTime(dialog, 'Tanggal dan jam', jakartaTime(3, 10));
  await dialog.getByLabel('Tautan rapat online').fill('https://meet.example/seleksi-hr');
  await session.screenshot(page, 'schedule-dialog-id');
  await dialog.getByRole('button', { name: 'Jadwalkan dan kirim undangan' }).click();
  await page.getByTestId('interview-card').waitFor();
  expect(await page.getByTestId('interview-card').textContent()).toContain('10.00 WIB');

  await waitFor(() => mailsTo(/Undangan interview HR/).length === 1, 15_000, 'the invitation');
  const invitation = mailsTo(/Undangan interview HR/)[0]!;
  expect(invitation.text).toContain(`Halo ${candidate.fullName}`);
  const { calendar, event } = calendarOf(invitation);
  expect(calendar.getFirstPropertyValue('method')).toBe('REQUEST');
  expect(event.getFirstPropertyValue('sequence')).toBe(0);
  portalLink = /(http:\/\/\S+\/portal\/[\w-]+)/.exec(invitation.text ?? '')![1]!;
  // The panel's notices go out in the background too; once all are sent the page says so.
  await waitFor(
    async () => {
      const [row] = await session.db.query<{ waiting: number }>(
        `SELECT count(*)::int AS waiting FROM email_messages WHERE status <> 'sent'`,
      );
      return row?.waiting === 0;
    },
    15_000,
    'every message to be sent',
  );
  await page.reload();
  await page.getByTestId('email-status').first().waitFor();
  const statuses = await page.getByTestId('email-status').allTextContents();
  expect(statuses.length).toBeGreaterThanOrEqual(2);
  expect(new Set(statuses)).toEqual(new Set(['Terkirim']));
  await session.screenshot(page, 'candidate-interviews-id');
});

test('the candidate opens the portal from the e-mail on a phone and confirms', async () => {
  const page = await session.newPage({ width: 375, at: portalLink });
  await page.getByTestId('portal-status').waitFor();
  expect(await page.getByTestId('portal-status').textContent()).toBe('Anda di tahap interview HR.');
  expect(await page.getByTestId('portal-when').textContent()).toContain('10.00 WIB');
  expect(await page.locator('main').textContent()).toContain('Daftar persiapan');
  const practice = page.getByRole('link', { name: 'Latihan menjawab dengan coach' });
  expect(await practice.getAttribute('href')).toMatch(/^\/practice\?stage=hr&jobId=/);
  await session.screenshot(page, 'portal-id-375');
  await page.getByRole('button', { name: 'Saya akan hadir' }).click();
  await page.getByText('Terima kasih, kehadiran Anda sudah dikonfirmasi.').waitFor();

  // The candidate's rights under UU PDP are one request away.
  await page.getByLabel('Jenis permintaan').selectOption('access');
  await page.getByRole('button', { name: 'Kirim permintaan data' }).click();
  await page.getByText('Permintaan Anda tercatat.', { exact: false }).waitFor();

  const english = await session.newPage({ width: 375, locale: 'en', at: portalLink });
  await english.getByText('You are at the HR interview stage.').waitFor();
  await session.screenshot(english, 'portal-en-375');
  // Picking a language in the portal saves it for the e-mails, and the page says so; back to
  // Indonesian, as she applied (the later e-mails of this file are in Indonesian).
  await english.getByRole('button', { name: 'EN', exact: true }).click();
  await english.getByRole('status').getByText('our e-mails to you are in English').waitFor();
  await english.getByRole('button', { name: 'ID', exact: true }).click();
  await english.getByRole('status').getByText('selanjutnya dalam Bahasa Indonesia').waitFor();
  await session.screenshot(english, 'portal-language-saved-id-375');

  const wrong = await session.newPage({
    width: 375,
    locale: 'en',
    at: '/portal/not-a-real-link-0000000000000',
  });
  await wrong.getByRole('heading', { name: 'This link cannot be opened' }).waitFor();
});

test('the candidate asks for another time; HR reschedules and the updated invitation arrives', async () => {
  const phone = await session.newPage({ width: 375, at: portalLink });
  await phone.getByRole('button', { name: 'Minta jadwal lain' }).click();
  await fillDateTime(phone, 'Usulan 1', jakartaTime(4, 14));
  await phone.getByLabel('Alasan').fill('Ada ujian sertifikasi pada jam itu.');
  await phone.getByRole('button', { name: 'Kirim permintaan', exact: true }).click();
  await phone.getByText('Permintaan jadwal lain Anda menunggu jawaban', { exact: false }).waitFor();
  // While the request waits the page says so: no plain "I will attend", but keep this time or change
  // the proposal.
  expect(await phone.getByRole('button', { name: 'Saya akan hadir' }).count()).toBe(0);
  await phone.getByRole('button', { name: 'Tarik permintaan: saya hadir di waktu ini' }).waitFor();
  await phone.getByRole('button', { name: 'Ubah usulan waktu' }).waitFor();

  const page = await session.signedInPage('hr@demo.seleksi.id', {
    locale: 'id',
    path: `/candidates/${candidate.id}`,
  });
  await expect
    .poll(() => page.getByTestId('candidate-response').textContent())
    .toBe('Kandidat minta jadwal lain');
  await page.getByRole('button', { name: 'Ubah jadwal' }).click();
  const dialog = page.getByRole('dialog');
  await fillDateTime(dialog, 'Tanggal dan jam', jakartaTime(4, 14));
  await dialog.getByLabel('Alasan perubahan (dikirim ke kandidat)').fill('Sesuai permintaan Anda.');
  await dialog.getByRole('button', { name: 'Simpan dan kirim jadwal baru' }).click();
  await expect
    .poll(() => page.getByTestId('candidate-response').textContent())
    .toBe('Menunggu konfirmasi kandidat');

  await waitFor(() => mailsTo(/Jadwal baru interview/).length === 1, 15_000, 'the new time');
  const moved = mailsTo(/Jadwal baru interview/)[0]!;
  const first = calendarOf(mailsTo(/Undangan interview HR/)[0]!).event;
  const { calendar, event } = calendarOf(moved);
  expect(calendar.getFirstPropertyValue('method')).toBe('REQUEST');
  expect(event.getFirstPropertyValue('uid')).toBe(first.getFirstPropertyValue('uid'));
  expect(event.getFirstPropertyValue('sequence')).toBe(1);
  expect(moved.text).toContain('14.00 WIB');
  expect(moved.text).toContain('Sesuai permintaan Anda.');
  // The recruiter heard about the confirmation and the request.
  const toRecruiter = session.inbox.to('hr@demo.seleksi.id').map((mail) => mail.subject);
  expect(toRecruiter.some((s) => s?.includes('mengonfirmasi kehadiran'))).toBe(true);
  expect(toRecruiter.some((s) => s?.includes('meminta jadwal lain'))).toBe(true);
});

test('HR reads the outbox and an admin edits an e-mail template with a preview', async () => {
  const page = await session.signedInPage('admin@demo.seleksi.id', {
    locale: 'en',
    width: 375,
    path: '/outbox',
  });
  await page.getByTestId('outbox-message').first().waitFor();
  await session.screenshot(page, 'outbox-en-375');
  await page.goto(`${session.baseUrl}/settings/email-templates`);
  await page.getByRole('button', { name: 'Rejection', exact: true }).click();
  await page.getByRole('tab', { name: 'English' }).click();
  await page.getByText('Built-in text', { exact: true }).waitFor();
  await page.getByLabel('Body').fill('Dear {{candidateName}}, your score: {{score}}');
  await page.getByRole('button', { name: 'Save' }).click();
  await page.getByText('There is an unknown placeholder. {{score}}').waitFor();
  await page
    .getByLabel('Body')
    .fill('Dear {{candidateName}},\n\nThank you for applying for {{jobTitle}}.');
  await page.getByRole('button', { name: 'Preview' }).click();
  await page.getByText('Thank you for applying for Data Analyst.').waitFor();
  await session.screenshot(page, 'email-templates-en-375');
});

test('HR e-mails the candidate after a confirmation, and sends a failed message again', async () => {
  const page = await session.signedInPage('hr@demo.seleksi.id', {
    locale: 'en',
    path: `/candidates/${candidate.id}`,
  });
  const emails = page.locator('details.emails').first();
  const openEmails = async () => {
    await emails.waitFor();
    if ((await emails.getAttribute('open')) === null) await emails.locator('summary').click();
  };
  await openEmails();
  const choose = page.getByLabel('E-mail the candidate').first();
  const send = page.getByRole('button', { name: 'E-mail the candidate' }).first();
  // Nothing is preselected, and one click does not send.
  expect(await send.isDisabled()).toBe(true);
  await choose.selectOption('thank_you');
  await send.click();
  await page.getByText('Send "Thank you" to', { exact: false }).waitFor();
  await page.getByRole('button', { name: 'Yes, send' }).click();
  await page.getByText('The e-mail is queued.').waitFor();
  await waitFor(
    () => session.inbox.to(candidate.email).some((mail) => /Terima kasih/.test(mail.subject ?? '')),
    15_000,
    'the thank-you e-mail',
  );

  // The worker marks the message sent just after the SMTP server took it; wait for that, or the
  // worker's own update could overwrite the failure this test records next.
  await waitFor(
    async () =>
      (
        await session.db.query(
          `SELECT 1 FROM email_messages m JOIN applications a ON a.id = m.application_id
           WHERE a.candidate_id = $1 AND m.template = 'thank_you' AND m.status = 'sent'`,
          [candidate.id],
        )
      ).length > 0,
    15_000,
    'the thank-you e-mail marked sent',
  );

  // The mail server refused a message for good; once the cause is fixed HR sends it again.
  const [failed] = await session.db.query<{ id: string; subject: string }>(
    `UPDATE email_messages SET status = 'failed', last_error = '550 mailbox unavailable'
     WHERE id = (SELECT m.id FROM email_messages m JOIN applications a ON a.id = m.application_id
                 WHERE a.candidate_id = $1 AND m.template = 'thank_you' LIMIT 1)
     RETURNING id, subject`,
    [candidate.id],
  );
  const before = session.inbox.to(candidate.email).length;
  await page.reload();
  await openEmails();
  await page.getByText('550 mailbox unavailable', { exact: false }).first().waitFor();
  await session.screenshot(page, 'candidate-emails-failed-en');
  await page.getByRole('button', { name: 'Send again' }).click();
  await waitFor(
    () => session.inbox.to(candidate.email).length > before,
    15_000,
    'the message sent again',
  );
  // The message is marked sent just after the SMTP server took it.
  const status = async () =>
    (
      await session.db.query<{ status: string }>(
        'SELECT status FROM email_messages WHERE id = $1',
        [failed!.id],
      )
    )[0]?.status;
  await waitFor(async () => (await status()) === 'sent', 15_000, 'the message marked sent');
});
