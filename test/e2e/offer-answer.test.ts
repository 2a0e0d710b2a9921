import { afterAll, beforeAll, expect, test } from 'vitest';
import type { Page } from 'playwright-core';
import { jakartaDay } from '../support/jakarta-time';
import { startBrowserSession, type BrowserSession } from './browser';
import { demoSentOffer } from './demo-offer';

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

test('on a phone the candidate reads the offer, asks for more, HR holds firm, and they accept (id)', async () => {
  const offer = await demoSentOffer(session, jakartaDay(7));
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
  const offer = await demoSentOffer(session, jakartaDay(5));
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

  const expired = await demoSentOffer(session, jakartaDay(-1));
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
