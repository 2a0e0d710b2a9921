import { afterAll, beforeAll, expect, test } from 'vitest';
import type { Page } from 'playwright-core';
import { ensurePortalToken } from '../../src/services/portal/portal-link-service';
import { jakartaDay } from '../support/jakarta-time';
import { startBrowserSession, type BrowserSession } from './browser';

/**
 * The candidate's side of the offer on a phone (375 px), in Indonesian and English: the offer in
 * plain words with Rupiah the Indonesian way, asking for changes, HR holding firm, accepting with
 * the typed name and the tick; and an expired offer that says so.
 */
let session: BrowserSession;
const shots: string[] = [];
const shot = async (page: Page, name: string) => {
  await session.screenshot(page, name);
  shots.push(name);
};

beforeAll(async () => {
  session = await startBrowserSession({ databaseUrl: process.env.TEST_DATABASE_URL });
}, 120_000);
afterAll(() => session?.close());

/** A demo application at the Offer stage with an offer sent, and the candidate's portal link. */
async function sentOffer(expiresOn: string) {
  // The demo company's applications at the user interview or offer stand in for ones HR moved on.
  const [application] = await session.db.query<{ id: string; name: string }>(
    `UPDATE applications SET stage = 'offer', hr_gate_cleared = true WHERE id = (
       SELECT a.id FROM applications a
       WHERE a.stage IN ('offer', 'user_interview')
         AND NOT EXISTS (SELECT 1 FROM offers o WHERE o.application_id = a.id)
       ORDER BY a.stage = 'offer' DESC, a.id LIMIT 1)
     RETURNING id, (SELECT full_name FROM candidates c WHERE c.id = candidate_id) AS name`,
  );
  if (!application) throw new Error('The demo company has no application to make an offer to');
  const [offer] = await session.db.query<{ id: string }>(
    `INSERT INTO offers (application_id, status, sent_at) VALUES ($1, 'sent', now()) RETURNING id`,
    [application.id],
  );
  await session.db.query(
    `INSERT INTO offer_versions (offer_id, version, job_title, contract_type, probation_months,
       gross_monthly_salary, allowances, benefits, working_days, working_hours, work_location,
       work_mode, offer_date, start_date, expires_on)
     VALUES ($1, 1, 'Backend Developer', 'pkwtt', 3, 8500000,
       '[{"name":"Transport","monthlyAmount":500000},{"name":"Makan","monthlyAmount":750000}]',
       '["Asuransi kesehatan keluarga"]', 'Senin–Jumat', '09.00–18.00 WIB',
       'Jl. Jend. Sudirman Kav. 1, Jakarta Selatan', 'hybrid', current_date, $2, $3)`,
    [offer!.id, jakartaDay(30), expiresOn],
  );
  const token = await session.db.transaction((tx) => ensurePortalToken(tx, application.id));
  return { offerId: offer!.id, name: application.name, url: `${session.baseUrl}/portal/${token}` };
}

test('on a phone the candidate reads the offer, asks for more, HR holds firm, and they accept (id)', async () => {
  const offer = await sentOffer(jakartaDay(7));
  const phone = await session.newPage({ width: 375, locale: 'id' });
  await phone.goto(offer.url);
  await phone.getByTestId('offer-salary').waitFor();
  expect(await phone.getByTestId('offer-salary').textContent()).toBe('Rp\u00a08.500.000');
  expect(await phone.locator('.portal-offer').textContent()).toContain('Rp\u00a09.750.000');
  await shot(phone, 'offer-open-id-375');

  await phone.getByRole('button', { name: 'Minta perubahan' }).click();
  await phone.locator('input[name=grossMonthlySalary]').fill('9,5 juta');
  await phone
    .locator('textarea[name=note]')
    .fill('Saya perlu menyelesaikan proyek di kantor lama.');
  await shot(phone, 'offer-counter-form-id-375');
  await phone.getByTestId('counter-form').getByRole('button', { name: 'Kirim permintaan' }).click();
  await expect
    .poll(() => phone.getByTestId('offer-state').getAttribute('data-state'))
    .toBe('awaiting_reply');
  expect(await phone.getByTestId('offer-state').textContent()).toContain('Rp\u00a09.500.000');
  await shot(phone, 'offer-awaiting-reply-id-375');

  const hr = await session.newPage({ locale: 'id' });
  await session.signIn(hr, 'hr@demo.seleksi.id');
  const held = await hr.request.post(`${session.baseUrl}/api/offers/${offer.offerId}/hold-firm`, {
    data: { note: 'Angka ini sudah maksimal untuk posisi ini.' },
  });
  expect(held.status()).toBe(200);

  await phone.reload();
  await phone.getByRole('button', { name: 'Terima penawaran' }).click();
  await phone.getByRole('button', { name: 'Saya terima penawaran ini' }).click();
  await phone.locator('.field__error').first().waitFor();
  await shot(phone, 'offer-accept-refused-id-375');
  await phone.locator('input[name=signedName]').fill(offer.name);
  await phone.locator('input[name=consent]').check();
  await phone.getByRole('button', { name: 'Saya terima penawaran ini' }).click();
  await expect
    .poll(() => phone.getByTestId('offer-state').getAttribute('data-state'))
    .toBe('accepted');
  await expect
    .poll(() => phone.getByTestId('portal-status').textContent())
    .toBe('Selamat, Anda diterima!');
  // After accepting, the terms read as what they agreed to, not as an offer still being made.
  const accepted = await phone.locator('.portal-offer__summary').textContent();
  expect(accepted).toContain('Anda telah menerima posisi');
  await shot(phone, 'offer-accepted-id-375');
});

test('in English: the offer reads the same, declining takes a reason; an expired offer says so', async () => {
  const offer = await sentOffer(jakartaDay(5));
  const phone = await session.newPage({ width: 375, locale: 'en' });
  await phone.goto(offer.url);
  await phone.getByTestId('offer-salary').waitFor();
  expect(await phone.getByTestId('offer-salary').textContent()).toBe('Rp\u00a08.500.000');
  await shot(phone, 'offer-open-en-375');
  await phone.getByRole('button', { name: 'Decline the offer' }).click();
  await phone.locator('select[name=reason]').selectOption('accepted_other_offer');
  await shot(phone, 'offer-decline-form-en-375');
  await phone.getByRole('button', { name: 'Decline this offer' }).click();
  await expect
    .poll(() => phone.getByTestId('offer-state').getAttribute('data-state'))
    .toBe('declined');
  await shot(phone, 'offer-declined-en-375');

  const expired = await sentOffer(jakartaDay(-1));
  for (const locale of ['en', 'id'] as const) {
    const page = await session.newPage({ width: 375, locale });
    await page.goto(expired.url);
    await expect
      .poll(() => page.getByTestId('offer-state').getAttribute('data-state'))
      .toBe('expired');
    expect(
      await page.getByRole('button', { name: /Accept the offer|Terima penawaran/ }).count(),
    ).toBe(0);
    await shot(page, `offer-expired-${locale}-375`);
  }
  console.info(`offer answer screenshots: ${shots.join(', ')}`);
});
