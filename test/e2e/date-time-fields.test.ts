import { afterAll, beforeAll, expect, test } from 'vitest';
import { zonedTimeToUtc } from '../../src/domain/scheduling/zoned-time';
import { ensurePortalToken } from '../../src/services/portal/portal-link-service';
import { jakartaDay } from '../support/jakarta-time';
import { startBrowserSession, type BrowserSession } from './browser';
import { unbookedHrInterview } from './unbooked-hr-interview';
import { expectNoSidewaysScroll } from './page-width';

/**
 * Interview times are typed day first with a 24-hour time, whatever the browser's language: the
 * browser's own date-and-time control showed mm/dd/yyyy and AM/PM in an English (US) Chromium.
 * HR books on a phone in Indonesian; the candidate proposes other times on a phone in English.
 */
let session: BrowserSession;
let candidate: { id: string; applicationId: string };

beforeAll(async () => {
  session = await startBrowserSession();
  const row = await unbookedHrInterview(session);
  candidate = row;
});
afterAll(() => session?.close());

/** `YYYY-MM-DD` as typed day first. */
const dayFirst = (day: string) => day.split('-').reverse().join('/');

test('HR books on a phone in Indonesian: dd/mm/yyyy and 24-hour time, each part named when wrong', async () => {
  const page = await session.signedInPage('hr@demo.seleksi.id', {
    locale: 'id',
    width: 375,
    path: `/candidates/${candidate.id}`,
  });
  await page.getByRole('button', { name: 'Jadwalkan interview HR' }).click();
  const dialog = page.getByRole('dialog');
  const when = dialog.getByRole('group', { name: 'Tanggal dan jam', exact: true });
  const [date, time] = [when.getByLabel('Tanggal'), when.getByLabel('Jam')];
  await dialog.getByLabel('Tautan rapat online').fill('https://meet.example/tanggal');

  // Sent empty: the field says what to type, in Indonesian, not the server's English format.
  await dialog.getByRole('button', { name: 'Jadwalkan dan kirim undangan' }).click();
  await when.getByText('Isi tanggal (dd/mm/yyyy) dan jam (24 jam').waitFor();

  // Month first (13 is no month) and a day the calendar lacks are no dates.
  const next = Number(jakartaDay(0).slice(0, 4)) + 1;
  for (const typed of [`04/13/${next}`, `31/02/${next}`]) {
    await date.fill(typed);
    await time.fill('10.00');
    await time.blur();
    await expect
      .poll(() => when.getByRole('alert').textContent())
      .toContain('Tanggal tidak terbaca');
  }
  // A 12-hour time is no time.
  const day = jakartaDay(5);
  await date.fill(dayFirst(day));
  await time.fill('2:30 PM');
  await time.blur();
  await expect.poll(() => when.getByRole('alert').textContent()).toContain('Jam tidak terbaca');
  await session.screenshot(page, 'date-time-field-errors-id-375');

  // Digits alone, as a phone's number pad gives them, read day first and are shown as such.
  await date.fill(dayFirst(day).replaceAll('/', ''));
  await time.fill('1430');
  await time.blur();
  expect(await date.inputValue()).toBe(dayFirst(day));
  expect(await time.inputValue()).toBe('14.30');
  expect(await when.getByRole('alert').count()).toBe(0);
  await expectNoSidewaysScroll(page);
  await session.screenshot(page, 'date-time-field-id-375');
  await dialog.getByRole('button', { name: 'Jadwalkan dan kirim undangan' }).click();
  await page.getByTestId('interview-card').waitFor();
  expect(await page.getByTestId('interview-card').textContent()).toContain('14.30 WIB');
  const [booked] = await session.db.query<{ startsAt: Date }>(
    `SELECT starts_at AS "startsAt" FROM interviews WHERE application_id = $1`,
    [candidate.applicationId],
  );
  expect(booked!.startsAt.toISOString()).toBe(
    zonedTimeToUtc(`${day}T14:30`, 'Asia/Jakarta')!.toISOString(),
  );
});

test('the candidate proposes other times on a phone in English: a half-typed option is named, not dropped', async () => {
  const token = await session.db.transaction((tx) =>
    ensurePortalToken(tx, candidate.applicationId),
  );
  const phone = await session.newPage({ width: 375, locale: 'en', at: `/portal/${token}` });
  await phone.getByRole('button', { name: 'Ask for another time' }).click();
  const first = phone.getByRole('group', { name: 'Option 1', exact: true });
  const second = phone.getByRole('group', { name: 'Option 2', exact: true });
  // Typed in words: the date and the time are both named after one press (retrial24: one per press).
  await first.getByLabel('Date').fill('8 Dec 2026');
  await first.getByLabel('Time').fill('9 am');
  await phone.getByRole('button', { name: 'Send the request', exact: true }).click();
  await expect
    .poll(() => first.getByRole('alert').textContent())
    .toContain('The date cannot be read');
  expect(await first.getByRole('alert').textContent()).toContain('The time cannot be read');
  await session.screenshot(phone, 'portal-every-problem-en-375');

  const day = jakartaDay(6);
  await first.getByLabel('Date').fill(dayFirst(day));
  await first.getByLabel('Time').fill('9:00');
  // The second has its date only: sent, it is refused by its own name rather than left out.
  await second.getByLabel('Date').fill(dayFirst(jakartaDay(7)));
  await phone.getByLabel('Reason').fill('I have an exam that morning.');
  await phone.getByRole('button', { name: 'Send the request', exact: true }).click();
  await second.getByText('Enter the date (dd/mm/yyyy) and the time (24-hour').waitFor();
  expect(await first.getByRole('alert').count()).toBe(0);
  expect(await first.getByLabel('Time').inputValue()).toBe('09:00');
  await expectNoSidewaysScroll(phone);
  await session.screenshot(phone, 'date-time-field-portal-en-375');

  await second.getByLabel('Time').fill('16:00');
  await phone.getByRole('button', { name: 'Send the request', exact: true }).click();
  await expect.poll(() => second.count()).toBe(0);
  const [request] = await session.db.query<{ proposed: string[] }>(
    `SELECT e.proposed_times AS proposed FROM interview_events e
     JOIN interviews i ON i.id = e.interview_id
     WHERE i.application_id = $1 AND e.kind = 'reschedule_requested'`,
    [candidate.applicationId],
  );
  expect(request!.proposed.map((at) => new Date(at).toISOString())).toEqual([
    zonedTimeToUtc(`${day}T09:00`, 'Asia/Jakarta')!.toISOString(),
    zonedTimeToUtc(`${jakartaDay(7)}T16:00`, 'Asia/Jakarta')!.toISOString(),
  ]);
});

test('HR sees every problem of the booking form after one press (id, phone)', async () => {
  const [other] = await session.db.query<{ id: string }>(
    `SELECT c.id FROM applications a JOIN candidates c ON c.id = a.candidate_id
     WHERE a.stage = 'hr_interview' AND a.id <> $1
       AND NOT EXISTS (SELECT 1 FROM interviews i WHERE i.application_id = a.id)
     ORDER BY c.full_name LIMIT 1`,
    [candidate.applicationId],
  );
  const page = await session.signedInPage('hr@demo.seleksi.id', {
    locale: 'id',
    width: 375,
    path: `/candidates/${other!.id}`,
  });
  await page.getByRole('button', { name: 'Jadwalkan interview HR' }).click();
  const dialog = page.getByRole('dialog');
  const when = dialog.getByRole('group', { name: 'Tanggal dan jam', exact: true });
  await when.getByLabel('Tanggal').fill('8 Des 2026');
  await when.getByLabel('Jam').fill('9 pagi');
  await dialog.getByRole('button', { name: 'Jadwalkan dan kirim undangan' }).click();
  // The date and the time at once (the server names the address with them: scheduling.test.ts).
  await expect.poll(() => when.getByRole('alert').textContent()).toContain('Jam tidak terbaca');
  const said = await when.getByRole('alert').textContent();
  expect(said).toContain('Tanggal tidak terbaca');
  expect(said).toContain('Jam tidak terbaca');
  await session.screenshot(page, 'schedule-every-problem-id-375');
  expect(
    (
      await session.db.query(
        `SELECT 1 FROM interviews i JOIN applications a ON a.id = i.application_id
         WHERE a.candidate_id = $1`,
        [other!.id],
      )
    ).length,
  ).toBe(0);
});

test('a tap on "Tatap muka" right after an unreadable time lands: the problem shows once the tap is done (375 px)', async () => {
  // A candidate with nothing booked: the first test booked one for `candidate`.
  const [unbooked] = await session.db.query<{ id: string }>(
    `SELECT c.id FROM applications a JOIN candidates c ON c.id = a.candidate_id
     WHERE a.stage = 'hr_interview' AND a.id <> $1
       AND NOT EXISTS (SELECT 1 FROM interviews i WHERE i.application_id = a.id)
     ORDER BY c.full_name DESC LIMIT 1`,
    [candidate.applicationId],
  );
  const page = await session.signedInPage('hr@demo.seleksi.id', {
    locale: 'id',
    width: 375,
    path: `/candidates/${unbooked!.id}`,
  });
  await page.getByRole('button', { name: 'Jadwalkan interview HR' }).click();
  const dialog = page.getByRole('dialog');
  const when = dialog.getByRole('group', { name: 'Tanggal dan jam', exact: true });
  await when.getByLabel('Tanggal').fill(dayFirst(jakartaDay(5)));
  await when.getByLabel('Jam').fill('9 pagi');
  // Leaving the time by tapping the mode below: the message above it must not move it first.
  await dialog.getByRole('radio', { name: 'Tatap muka' }).click();
  expect(await dialog.getByRole('radio', { name: 'Tatap muka' }).isChecked()).toBe(true);
  await dialog.getByLabel('Alamat').waitFor();
  await expect.poll(() => when.getByRole('alert').textContent()).toContain('Jam tidak terbaca');
});
