import { afterAll, beforeAll, expect, test } from 'vitest';
import type { Locator, Page } from 'playwright-core';
import { jakartaDay } from '../support/jakarta-time';
import { startBrowserSession, type BrowserSession } from './browser';
import { unbookedHrInterview } from './unbooked-hr-interview';
import { demoSentOffer } from './demo-offer';

/**
 * A form with several slips names them all in its first answer: HR's offer form (a date it cannot
 * read beside the terms' problems), the candidate's "ask for changes" (an amount and a date it
 * cannot read), and the scheduling form (a bad length beside a bad link). And two small readings:
 * the decision's rationale says it is optional, and the audit log shows no raw "null".
 */
let session: BrowserSession;

beforeAll(async () => {
  session = await startBrowserSession({ databaseUrl: process.env.TEST_DATABASE_URL });
}, 120_000);
afterAll(() => session?.close());

/** The field's error shown under the input of that name (its FieldShell's alert). */
const errorOf = (scope: Locator, name: string) =>
  scope.locator(`.field:has([name="${name}"]) .field__error`);

/** The texts of every field error in the scope, once at least `count` are shown. */
async function fieldErrors(scope: Locator, count: number): Promise<string[]> {
  await expect.poll(() => scope.locator('.field__error').count()).toBeGreaterThanOrEqual(count);
  return scope.locator('.field__error').allTextContents();
}

test('the offer form names an unreadable expiry date beside probation and the minimum wage', async () => {
  const [row] = await session.db.query<{ candidateId: string; applicationId: string }>(
    `SELECT a.candidate_id AS "candidateId", a.id AS "applicationId" FROM applications a
       JOIN jobs j ON j.id = a.job_id
      WHERE a.stage = 'offer' AND j.province = 'dki_jakarta'
        AND NOT EXISTS (SELECT 1 FROM offers o WHERE o.application_id = a.id)
      ORDER BY a.id LIMIT 1`,
  );
  expect(row, 'a demo application at the Offer stage in Jakarta').toBeDefined();
  for (const { locale, width } of [
    { locale: 'en', width: 1280 },
    { locale: 'id', width: 375 },
  ] as const) {
    const page = await session.signedInPage('hr@demo.seleksi.id', {
      locale,
      width,
      path: `/candidates/${row!.candidateId}`,
    });
    await page
      .getByRole('button', { name: locale === 'en' ? 'Draft an offer' : 'Buat penawaran' })
      .click();
    const form = page.locator('form.offer-form');
    // A permanent contract, whose probation is at most three months.
    await form.locator('[name=contractType]').selectOption('pkwtt');
    await form.locator('[name=probationMonths]').fill('6');
    await form.locator('[name=grossMonthlySalary]').fill('1000000');
    await form.locator('[name=startDate]').fill(jakartaDay(30).split('-').reverse().join('/'));
    await form.locator('[name=expiresOn]').fill('32/12/2026');
    await form.locator('button[type=submit]').click();
    await fieldErrors(form, 3);
    expect(await errorOf(form, 'expiresOn').textContent()).toBe(
      locale === 'en' ? 'Not a valid date.' : 'Tanggal tidak valid.',
    );
    expect(await errorOf(form, 'probationMonths').textContent()).toMatch(/3/);
    expect(await errorOf(form, 'grossMonthlySalary').textContent()).toMatch(/UMP/);
    // The text typed stays as typed, to be corrected.
    expect(await form.locator('[name=expiresOn]').inputValue()).toBe('32/12/2026');
    await session.screenshot(page, `offer-form-every-error-${locale}-${width}`);
    await page.close();
  }
  const [saved] = await session.db.query<{ n: number }>(
    'SELECT count(*)::int AS n FROM offers WHERE application_id = $1',
    [row!.applicationId],
  );
  expect(saved!.n).toBe(0);
});

test('"ask for changes" names an unreadable amount and an unreadable date at once (id, en)', async () => {
  const offer = await demoSentOffer(session, jakartaDay(7));
  const words = {
    id: { ask: 'Minta perubahan', send: 'Kirim permintaan', amount: 'Bukan jumlah rupiah' },
    en: { ask: 'Ask for changes', send: 'Send my request', amount: 'Not an amount in rupiah' },
  } as const;
  for (const { locale, width } of [
    { locale: 'id', width: 375 },
    { locale: 'en', width: 1280 },
  ] as const) {
    const phone: Page = await session.newPage({ width, locale, at: offer.url });
    await phone.getByRole('button', { name: words[locale].ask }).click();
    const form = phone.getByTestId('counter-form');
    await form.locator('input[name=grossMonthlySalary]').fill('tujuh belas');
    await form.locator('input[name=startDate]').fill('31/12/2026x');
    await form.getByRole('button', { name: words[locale].send }).click();
    await fieldErrors(form, 2);
    expect(await errorOf(form, 'grossMonthlySalary').textContent()).toContain(words[locale].amount);
    expect(await errorOf(form, 'startDate').textContent()).toBe(
      locale === 'en' ? 'Not a valid date.' : 'Tanggal tidak valid.',
    );
    await session.screenshot(phone, `counter-every-error-${locale}-${width}`);
    await phone.close();
  }
  const [stored] = await session.db.query<{ status: string }>(
    'SELECT status FROM offers WHERE id = $1',
    [offer.offerId],
  );
  expect(stored!.status).toBe('sent');
});

test('the scheduling form names a bad length beside a bad link in one answer', async () => {
  const row = await unbookedHrInterview(session);
  const page = await session.signedInPage('hr@demo.seleksi.id', {
    locale: 'en',
    path: `/candidates/${row.id}`,
  });
  await page.getByRole('button', { name: 'Schedule the HR interview' }).click();
  const dialog = page.getByRole('dialog');
  const next = Number(jakartaDay(0).slice(0, 4)) + 1;
  await dialog.locator('[name=localStartDay]').fill(`31/02/${next}`);
  await dialog.locator('[name=localStartTime]').fill('25:00');
  await dialog.locator('[name=meetingUrl]').fill('zoom meeting');
  await dialog.locator('[name=durationMinutes]').fill('-5');
  await dialog.getByRole('button', { name: 'Schedule and send invitations' }).click();
  await expect
    .poll(() => errorOf(dialog, 'meetingUrl').textContent())
    .toBe('An online interview needs a meeting link (https://…).');
  expect(await errorOf(dialog, 'durationMinutes').textContent()).toBe('At least 15 minutes.');
  await session.screenshot(page, 'schedule-every-error-en-1280');

  // The decision beside it: its rationale is optional, and says when it is not.
  await dialog.getByRole('button', { name: 'Close' }).click();
  await page.getByLabel('Rationale (optional)').waitFor();
  const id = await session.signedInPage('hr@demo.seleksi.id', {
    locale: 'id',
    width: 375,
    path: `/candidates/${row.id}`,
  });
  await id.getByLabel('Alasan keputusan (opsional)').waitFor();
  await id.getByLabel('Alasan keputusan (opsional)').scrollIntoViewIfNeeded();
  await session.screenshot(id, 'decision-rationale-optional-id-375');
  const [interviews] = await session.db.query<{ n: number }>(
    'SELECT count(*)::int AS n FROM interviews WHERE application_id = $1',
    [row.applicationId],
  );
  expect(interviews!.n).toBe(0);
});

test('the audit log shows an empty value as a dash, never "null" (id, en)', async () => {
  await session.db.query(
    `INSERT INTO audit_log (action, entity_type, detail)
     VALUES ('application.moved', 'application', '{"from": null, "to": "screening", "tags": [], "reason": "dash-check"}')`,
  );
  for (const { locale, width } of [
    { locale: 'en', width: 1280 },
    { locale: 'id', width: 375 },
  ] as const) {
    const page = await session.signedInPage('admin@demo.seleksi.id', {
      locale,
      width,
      path: '/settings/audit-log',
    });
    const first = page.locator('.audit-table tbody tr', { hasText: 'dash-check' });
    await first.waitFor();
    const text = (await first.textContent()) ?? '';
    expect(text).not.toMatch(/null/);
    expect(text).toContain(locale === 'en' ? 'from: —' : 'dari: —');
    await session.screenshot(page, `audit-log-dash-${locale}-${width}`);
    await page.close();
  }
});

test('the minimum-wage form names province, year, amount and decree in one answer, the first focused', async () => {
  const [before] = await session.db.query<{ n: number }>(
    'SELECT count(*)::int AS n FROM minimum_wages',
  );
  for (const { locale, width } of [
    { locale: 'id', width: 375 },
    { locale: 'en', width: 1280 },
  ] as const) {
    const page = await session.signedInPage('admin@demo.seleksi.id', {
      locale,
      width,
      path: '/settings/minimum-wages',
    });
    await page
      .getByRole('button', { name: locale === 'en' ? 'Add a minimum wage' : 'Tambah upah minimum' })
      .click();
    const form = page.locator('form.minimum-wages__form');
    // The province left at "—", an old year, "abc" for the amount, no decree.
    await form.locator('[name=year]').fill('1990');
    await form.locator('[name=monthlyAmount]').fill('abc');
    await form.locator('button[type=submit]').click();
    await fieldErrors(form, 4);
    const en = locale === 'en';
    expect(await errorOf(form, 'province').textContent()).toBe(
      en ? 'Choose one of the 38 provinces.' : 'Pilih salah satu dari 38 provinsi.',
    );
    expect(await errorOf(form, 'year').textContent()).toMatch(/2000.*2100/);
    expect(await errorOf(form, 'monthlyAmount').textContent()).toMatch(
      en ? /^Not an amount in rupiah/ : /^Bukan jumlah rupiah/,
    );
    expect(await errorOf(form, 'decree').textContent()).toBeTruthy();
    // The first field in error has the cursor, and the amount stays as typed.
    await expect
      .poll(() => page.evaluate(() => document.activeElement?.getAttribute('name')))
      .toBe('province');
    expect(await form.locator('[name=monthlyAmount]').inputValue()).toBe('abc');
    await session.screenshot(page, `minimum-wage-every-error-${locale}-${width}`);
    await page.close();
  }
  const [after] = await session.db.query<{ n: number }>(
    'SELECT count(*)::int AS n FROM minimum_wages',
  );
  expect(after!.n).toBe(before!.n);
});

test('the new-job form names a reversed salary band beside the empty fields, and an empty select as required', async () => {
  const [before] = await session.db.query<{ n: number }>('SELECT count(*)::int AS n FROM jobs');
  const words = {
    en: { band: 'The top of the band must not be below its bottom.', required: 'Required.' },
    id: { band: 'Batas atas tidak boleh di bawah batas bawah.', required: 'Wajib diisi.' },
  } as const;
  for (const { locale, width } of [
    { locale: 'en', width: 1280 },
    { locale: 'id', width: 375 },
  ] as const) {
    const page = await session.signedInPage('hr@demo.seleksi.id', {
      locale,
      width,
      path: '/jobs/new',
    });
    const form = page.locator('form.form');
    await form.locator('[name=department]').fill('Gudang');
    await form.locator('[name=salaryMin]').fill('12 juta');
    await form.locator('[name=salaryMax]').fill('8.500.000');
    await form.locator('button[type=submit]').click();
    await fieldErrors(form, 4);
    expect(await errorOf(form, 'salaryMax').textContent()).toBe(words[locale].band);
    expect(await errorOf(form, 'title').textContent()).toBe(words[locale].required);
    expect(await errorOf(form, 'hiringManagerId').textContent()).toBe(words[locale].required);
    expect(await form.locator('.field__error').allTextContents()).not.toContain(
      locale === 'en' ? 'Not a valid choice.' : 'Pilihan tidak valid.',
    );
    await expect
      .poll(() => page.evaluate(() => document.activeElement?.getAttribute('name')))
      .toBe('title');
    await session.screenshot(page, `job-form-every-error-${locale}-${width}`);
    await page.close();
  }
  const [after] = await session.db.query<{ n: number }>('SELECT count(*)::int AS n FROM jobs');
  expect(after!.n).toBe(before!.n);
});
