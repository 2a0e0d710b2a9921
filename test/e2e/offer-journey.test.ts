import type { Page, Request } from 'playwright-core';
import { afterAll, beforeAll, expect, test } from 'vitest';
import { ensurePortalToken } from '../../src/services/portal/portal-link-service';
import { jakartaTime } from '../support/jakarta-time';
import { pdfText } from '../support/pdf-text';
import { waitFor } from '../support/wait-for';
import { downloadedFile, startBrowserSession, type BrowserSession } from './browser';

/**
 * Issue 17's whole offer stage in one browser journey: HR drafts an offer above the job's band, so
 * it needs approval; the hiring manager approves; HR revises it (a new version, so approval again);
 * the manager approves again; HR sends it, with the letter attached to the e-mail; the candidate
 * opens the portal on a phone, downloads the letter of the version they answer and accepts. The
 * application is Hired, and HR closes the candidate's other open application. HR in Indonesian at
 * 1280 px, the manager in English at 375 px, the candidate in Indonesian at 375 px, HR's last look
 * in English.
 */
let session: BrowserSession;
let candidate: { id: string; applicationId: string; name: string; email: string };
let otherApplicationId: string;
const shots: string[] = [];

/** On a busy machine a page can take a few seconds to follow a change. */
const soon = { timeout: 15_000 };
const dayAhead = (days: number) => jakartaTime(days).slice(0, 10);

beforeAll(async () => {
  session = await startBrowserSession({ databaseUrl: process.env.TEST_DATABASE_URL });
  // The Backend Developer job (hiring manager user@) pays 10–14 million in DKI Jakarta.
  await session.db.query(
    `UPDATE jobs SET province = 'dki_jakarta', salary_min = 10000000, salary_max = 14000000
     WHERE title = 'Backend Developer'`,
  );
  const [row] = await session.db.query<typeof candidate>(
    `SELECT c.id, a.id AS "applicationId", c.full_name AS name, c.email FROM applications a
     JOIN candidates c ON c.id = a.candidate_id JOIN jobs j ON j.id = a.job_id
     WHERE a.stage = 'offer' AND j.title = 'Backend Developer'
       AND NOT EXISTS (SELECT 1 FROM offers o WHERE o.application_id = a.id)
     ORDER BY a.id LIMIT 1`,
  );
  candidate = row!;
  // The same person also applied to another open job: HR may close it once they accept.
  const [other] = await session.db.query<{ id: string }>(
    `INSERT INTO applications (candidate_id, job_id, stage)
     SELECT $1, j.id, 'applied' FROM jobs j
     WHERE j.status = 'open' AND j.title <> 'Backend Developer'
       AND NOT EXISTS (SELECT 1 FROM applications a WHERE a.candidate_id = $1 AND a.job_id = j.id)
     ORDER BY j.title LIMIT 1 RETURNING id`,
    [candidate.id],
  );
  otherApplicationId = other!.id;
}, 120_000);
afterAll(() => session?.close());

async function shot(page: Page, name: string) {
  await session.screenshot(page, `offer-journey-${name}`);
  shots.push(name);
}

/** E-mails to the application's candidate not yet handed to the SMTP server. */
const queuedEmails = async (applicationId: string) => {
  const [row] = await session.db.query<{ count: number }>(
    `SELECT count(*)::int AS count FROM email_messages WHERE application_id = $1 AND status = 'queued'`,
    [applicationId],
  );
  return row!.count;
};

const offerStatus = (page: Page) => page.getByTestId('offer-status').first().textContent();
const stageOf = async (applicationId: string) =>
  (
    await session.db.query<{ stage: string }>(`SELECT stage FROM applications WHERE id = $1`, [
      applicationId,
    ])
  )[0]!.stage;

/** The candidate's page, signed in as `email` (through the API: the journey is the offer). */
const signedIn = (email: string, options: { locale: 'id' | 'en'; width?: number }) =>
  session.signedInPage(email, { ...options, path: `/candidates/${candidate.id}` });

async function managerApproves(version: number, name: string) {
  const manager = await signedIn('user@demo.seleksi.id', { locale: 'en', width: 375 });
  await expect.poll(() => offerStatus(manager), soon).toBe('Awaiting approval');
  await manager.getByTestId('offer').getByRole('button', { name: 'Approve' }).click();
  await manager.getByRole('dialog').getByRole('button', { name: 'Approve offer' }).click();
  await expect.poll(() => offerStatus(manager), soon).toBe('Approved');
  expect(await manager.getByTestId('offer-approvals').textContent()).toContain(
    `approved version ${version}`,
  );
  expect(await manager.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(
    375,
  );
  await shot(manager, name);
}

test('HR drafts above the band; the offer waits for approval (id)', async () => {
  const hr = await signedIn('hr@demo.seleksi.id', { locale: 'id' });
  await hr.getByRole('button', { name: 'Buat penawaran' }).click();
  const form = hr.getByRole('form', { name: 'Draf penawaran' });
  await form.getByLabel('Jabatan').fill('Backend Developer');
  // Typed as people say it, the amount is read when the field is left (not cut to Rp 15).
  const salary = form.getByLabel('Gaji pokok bruto per bulan (Rp)');
  await salary.fill('15,5 juta');
  await salary.blur();
  expect(await salary.inputValue()).toBe('15.500.000');
  await form.getByRole('button', { name: 'Tambah tunjangan' }).click();
  await form.getByLabel('Tunjangan 1', { exact: true }).fill('Transport');
  await form.getByLabel('Jumlah tunjangan 1 (Rp)').fill('750000');
  await form.getByLabel('Hari kerja').fill('Senin–Jumat');
  await form.getByLabel('Jam kerja').fill('09.00–18.00 WIB');
  await form.getByLabel('Lokasi kerja').fill('Jakarta Selatan');
  await form.getByLabel('Cara kerja').selectOption('hybrid');
  await form.getByLabel('Tanggal mulai kerja').fill(dayAhead(30));
  await form.getByLabel('Penawaran berlaku sampai').fill(dayAhead(7));
  await form.getByRole('button', { name: 'Simpan draf' }).click();
  await expect.poll(() => offerStatus(hr), soon).toBe('Draf');
  expect(await hr.getByTestId('offer-approval-needed').textContent()).toContain(
    'Gaji di atas rentang lowongan',
  );
  const offer = hr.getByTestId('offer');
  expect(await offer.getByRole('button', { name: 'Kirim ke kandidat' }).count()).toBe(0);
  await offer.getByRole('button', { name: 'Ajukan persetujuan' }).click();
  await expect.poll(() => offerStatus(hr), soon).toBe('Menunggu persetujuan');
  await shot(hr, '1-awaiting-approval-id');
});

test('the manager approves; HR revises it, which needs approval again; approved again (en 375, id)', async () => {
  await managerApproves(1, '2-approved-v1-en-375');

  const hr = await signedIn('hr@demo.seleksi.id', { locale: 'id' });
  await expect.poll(() => offerStatus(hr), soon).toBe('Disetujui');
  await hr.getByTestId('offer').getByRole('button', { name: 'Ubah penawaran' }).click();
  const form = hr.getByRole('form', { name: 'Ubah penawaran (menjadi versi baru)' });
  await form.getByLabel('Gaji pokok bruto per bulan (Rp)').fill('14.800.000');
  await form.getByRole('button', { name: 'Simpan sebagai versi baru' }).click();
  await expect.poll(() => hr.getByTestId('offer').textContent(), soon).toContain('Versi 2');
  // A changed offer needs approval again: the approval of version 1 does not carry over.
  await expect.poll(() => offerStatus(hr), soon).toBe('Draf');
  expect(
    await hr.getByTestId('offer').getByRole('button', { name: 'Kirim ke kandidat' }).count(),
  ).toBe(0);
  await hr.getByTestId('offer').getByRole('button', { name: 'Ajukan persetujuan' }).click();
  await expect.poll(() => offerStatus(hr), soon).toBe('Menunggu persetujuan');
  await shot(hr, '3-version-2-awaiting-id');

  await managerApproves(2, '4-approved-v2-en-375');
});

test('HR sends it (an impatient double click sends once); the e-mail carries the letter of version 2 (id)', async () => {
  const hr = await signedIn('hr@demo.seleksi.id', { locale: 'id' });
  await hr.getByTestId('offer').getByRole('button', { name: 'Kirim ke kandidat' }).click();
  // HR confirms who it goes to: sending cannot be taken back quietly.
  const confirm = hr.getByRole('dialog');
  const recipient = await confirm.getByTestId('offer-send-recipient').textContent();
  expect(recipient).toContain(candidate.name);
  expect(recipient).toContain(candidate.email);
  // Each send request the double click makes is counted, to wait below for its answer.
  let sendsOpen = 0;
  hr.on('request', (request) => {
    if (request.method() === 'POST' && request.url().endsWith('/sending')) sendsOpen += 1;
  });
  const answered = (request: Request) => {
    if (request.method() === 'POST' && request.url().endsWith('/sending')) sendsOpen -= 1;
  };
  hr.on('requestfinished', answered);
  hr.on('requestfailed', answered);
  await confirm.getByRole('button', { name: 'Kirim sekarang' }).dblclick();
  await expect.poll(() => offerStatus(hr), soon).toBe('Terkirim ke kandidat');
  await shot(hr, '5-sent-id');

  const withLetter = () => session.inbox.to(candidate.email).find((m) => m.attachments.length);
  await waitFor(() => Boolean(withLetter()), 20_000, 'the offer e-mail with its letter');
  const mail = withLetter()!;
  // A second send, had the double click made one, was answered and its e-mail queued with it;
  // once nothing is queued for the candidate, every such e-mail has reached the inbox.
  await waitFor(() => sendsOpen === 0, 20_000, 'the answers to the send requests');
  await waitFor(
    async () => (await queuedEmails(candidate.applicationId)) === 0,
    20_000,
    'the e-mails queued for the candidate',
  );
  expect(session.inbox.to(candidate.email).filter((m) => m.attachments.length)).toHaveLength(1);
  expect(mail.subject).not.toMatch(/14[.,]?800[.,]?000/);
  const attached = await pdfText(mail.attachments[0]!.content);
  expect(attached).toContain('Rp 14.800.000');
  expect(attached).not.toContain('Rp 15.500.000');
});

test('the candidate downloads the letter on a phone and accepts: Hired; HR closes the other application', async () => {
  const token = await session.db.transaction((tx) =>
    ensurePortalToken(tx, candidate.applicationId),
  );
  const phone = await session.newPage({ width: 375, locale: 'id', at: `/portal/${token}` });
  await phone.getByTestId('offer-salary').waitFor();
  expect(await phone.getByTestId('offer-salary').textContent()).toBe('Rp\u00a014.800.000');
  await shot(phone, '6-portal-offer-id-375');

  const [download] = await Promise.all([
    phone.waitForEvent('download'),
    phone.getByTestId('offer-letter').click(),
  ]);
  expect(download.suggestedFilename()).toBe('surat-penawaran-kerja.pdf');
  const letter = await pdfText(await downloadedFile(download));
  expect(letter).toContain('Surat Penawaran Kerja');
  expect(letter).toContain(candidate.name);
  expect(letter).toContain('Rp 14.800.000');

  await phone.getByRole('button', { name: 'Terima penawaran' }).click();
  await phone.locator('input[name=signedName]').fill(candidate.name);
  await phone.locator('input[name=consent]').check();
  await phone.getByRole('button', { name: 'Saya terima penawaran ini' }).click();
  await expect
    .poll(() => phone.getByTestId('offer-state').getAttribute('data-state'), soon)
    .toBe('accepted');
  expect(await phone.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(375);
  await shot(phone, '7-accepted-id-375');
  expect(await stageOf(candidate.applicationId)).toBe('hired');
  // The other application stays open until HR decides.
  expect(await stageOf(otherApplicationId)).toBe('applied');

  const hr = await signedIn('hr@demo.seleksi.id', { locale: 'en' });
  await expect.poll(() => offerStatus(hr), soon).toBe('Accepted by the candidate');
  await hr.getByTestId('close-other-applications').click();
  // HR sees what will close before it does.
  await hr.getByText('These applications will move to Withdrawn').waitFor();
  await shot(hr, '8a-confirm-close-others-en');
  expect(await stageOf(otherApplicationId)).toBe('applied');
  await hr.getByTestId('confirm-close-other-applications').click();
  await expect.poll(() => stageOf(otherApplicationId), soon).toBe('withdrawn');
  await hr.getByRole('status').filter({ hasText: '1 other applications closed.' }).waitFor();
  await shot(hr, '8-hired-others-closed-en');
  console.info(`offer journey screenshots: ${shots.join(', ')}`);
});
