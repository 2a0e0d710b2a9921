import { afterAll, beforeAll, expect, test } from 'vitest';
import { utcToZonedTime } from '../../src/domain/scheduling/zoned-time';
import { jakartaTime } from '../support/jakarta-time';
import { startBrowserSession, type BrowserSession } from './browser';
import { fillDateTime } from './date-time';

let session: BrowserSession;
/** Two demo candidates at the HR interview with nothing booked, who applied days ago. */
let walkIns: { id: string; email: string; applicationId: string }[];

beforeAll(async () => {
  session = await startBrowserSession();
  walkIns = await session.db.query(
    `SELECT c.id, c.email, a.id AS "applicationId" FROM applications a
     JOIN candidates c ON c.id = a.candidate_id
     WHERE a.stage = 'hr_interview' AND a.created_at < now() - interval '1 day'
       AND NOT EXISTS (SELECT 1 FROM interviews i WHERE i.application_id = a.id)
     ORDER BY c.full_name LIMIT 2`,
  );
});
afterAll(() => session?.close());

/** An hour ago on the Jakarta wall clock: the walk-in interview is over. */
const anHourAgo = () => utcToZonedTime(new Date(Date.now() - 3_600_000), 'Asia/Jakarta');

const mailAbout = async (applicationId: string) =>
  (
    await session.db.query<{ n: number }>(
      `SELECT count(*)::int AS n FROM email_messages WHERE application_id = $1`,
      [applicationId],
    )
  )[0]!.n;

test('HR records a walk-in HR interview: a future time is refused, the record tells nobody', async () => {
  const walkIn = walkIns[0]!;
  const mailBefore = await mailAbout(walkIn.applicationId);
  const page = await session.signedInPage('hr@demo.seleksi.id', {
    locale: 'id',
    path: `/candidates/${walkIn.id}`,
  });
  await page.getByRole('button', { name: 'Catat interview yang sudah berlangsung' }).click();
  const dialog = page.getByRole('dialog');
  await dialog.getByText('Tidak ada e-mail, undangan kalender, atau pengingat', { exact: false });
  // The hint states both limits: a careers-page application to the minute, HR's to the day.
  expect(await dialog.locator('.field__hint').first().textContent()).toBe(
    'Sudah lewat, dan tidak sebelum kandidat melamar: lamaran dari halaman karier sampai ke menitnya, lamaran yang dicatat HR sampai ke harinya.',
  );
  await fillDateTime(dialog, 'Tanggal dan jam mulai', jakartaTime(1, 10));
  await dialog.getByLabel('Lokasi (opsional)').fill('Kantor pusat, lantai 3');
  // A refused length says the limit.
  await dialog.getByLabel('Durasi (menit)').fill('10');
  await dialog.getByRole('button', { name: 'Catat interview' }).click();
  await dialog.getByText('Minimal 15 menit.').waitFor();
  await dialog.getByLabel('Durasi (menit)').fill('30');
  await dialog.getByRole('button', { name: 'Catat interview' }).click();
  await dialog.getByText('Interview ini sudah berlangsung: isi waktu yang sudah lewat.').waitFor();

  await fillDateTime(dialog, 'Tanggal dan jam mulai', anHourAgo());
  await dialog.getByLabel('Catatan (opsional)').fill('Datang saat hari walk-in interview.');
  await dialog.getByRole('button', { name: 'Catat interview' }).click();
  const card = page.getByTestId('interview-card');
  await card.waitFor();
  await expect.poll(() => dialog.count()).toBe(0);
  expect(await card.textContent()).toContain('Kantor pusat, lantai 3');
  await card.getByText('Riwayat jadwal', { exact: false }).click();
  expect(await card.textContent()).toContain('mencatatnya setelah berlangsung');
  expect(await card.textContent()).toContain('Datang saat hari walk-in interview.');
  // No booking button any more: the stage has its interview.
  expect(await page.getByRole('button', { name: 'Jadwalkan interview HR' }).count()).toBe(0);
  // Held by definition, not "time passed": its record is corrected, never rescheduled or cancelled.
  expect(await card.textContent()).toContain('Selesai');
  expect(await card.textContent()).not.toContain('Waktunya sudah lewat');
  expect(await card.getByRole('button', { name: 'Ubah jadwal' }).count()).toBe(0);
  expect(await card.getByRole('button', { name: 'Batalkan' }).count()).toBe(0);
  await card.getByRole('button', { name: 'Koreksi catatan' }).click();
  await dialog.getByRole('heading', { name: 'Koreksi catatan Interview HR' }).waitFor();
  await dialog.getByLabel('Durasi (menit)').fill('60');
  await dialog.getByLabel('Apa yang dikoreksi (opsional)').fill('Durasinya salah.');
  await dialog.getByRole('button', { name: 'Simpan koreksi' }).click();
  await expect.poll(() => dialog.count()).toBe(0);
  await expect.poll(() => card.textContent()).toContain('60 menit');
  expect(await card.textContent()).toContain('mengoreksi catatannya');
  expect(await mailAbout(walkIn.applicationId)).toBe(mailBefore);
});

test('on a phone, in English, the form fits and the record reads as held', async () => {
  const walkIn = walkIns[1]!;
  const mailBefore = await mailAbout(walkIn.applicationId);
  const page = await session.signedInPage('hr@demo.seleksi.id', {
    locale: 'en',
    width: 375,
    path: `/candidates/${walkIn.id}`,
  });
  await page.getByRole('button', { name: 'Record a held interview' }).click();
  const dialog = page.getByRole('dialog');
  await dialog.getByRole('heading', { name: 'Record a held HR interview' }).waitFor();
  expect(await dialog.locator('.field__hint').first().textContent()).toContain(
    'to the minute for an application from the careers page, to the day for one HR entered',
  );
  await fillDateTime(dialog, 'Date and start time', anHourAgo());
  await dialog.getByLabel('Duration (minutes)').fill('10');
  // Held online, by phone or video, with no link worth keeping.
  await dialog.getByLabel('Online', { exact: true }).check();
  await dialog.getByRole('button', { name: 'Record the interview' }).click();
  await dialog.getByText('At least 15 minutes.').waitFor();
  await session.screenshot(page, 'held-interview-en-375');
  // Nothing overflows sideways on a 375 px screen.
  const width = await page.evaluate(() => document.documentElement.scrollWidth);
  expect(width).toBeLessThanOrEqual(375);
  await dialog.getByLabel('Duration (minutes)').fill('30');
  await dialog.getByRole('button', { name: 'Record the interview' }).click();
  const card = page.getByTestId('interview-card');
  await card.waitFor();
  // "Online" alone, not "Online:" followed by nothing.
  expect(await card.locator('.interview-card__when + p').textContent()).toBe('Online');
  // Over with its panel's scorecard missing, like any held interview.
  await expect.poll(() => card.getByTestId('scorecard-wait').textContent()).toMatch(/Scorecard/);
  await session.screenshot(page, 'held-interview-card-en-375');
  expect(await card.textContent()).not.toContain('Time passed');
  expect(await card.getByRole('button', { name: 'Reschedule' }).count()).toBe(0);
  // A record made by mistake is removed: the stage may be booked or recorded again.
  await card.getByRole('button', { name: 'Correct the record' }).click();
  await dialog.getByRole('button', { name: 'Remove this record (made by mistake)' }).click();
  await dialog.getByRole('button', { name: 'Yes, remove it' }).click();
  await expect.poll(() => card.count()).toBe(0);
  await page.getByRole('button', { name: 'Record a held interview' }).waitFor();
  expect(await mailAbout(walkIn.applicationId)).toBe(mailBefore);
});
