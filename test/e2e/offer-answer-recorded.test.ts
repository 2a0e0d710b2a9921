import { afterAll, beforeAll, expect, test } from 'vitest';
import type { Page } from 'playwright-core';
import { jakartaDay } from '../support/jakarta-time';
import { startBrowserSession, type BrowserSession } from './browser';
import { demoSentOffer } from './demo-offer';

/**
 * The candidate accepted by phone (or declined by e-mail): HR records it on the offer from the
 * candidate's page, in Indonesian at 1280 px and in English on a phone; the candidate's portal then
 * reads it answered and no longer offers Accept or Decline.
 */
let session: BrowserSession;
const shots: string[] = [];
const shot = async (page: Page, name: string) => {
  await session.screenshot(page, `offer-recorded-${name}`);
  shots.push(name);
};
const soon = { timeout: 15_000 };
const hrEmail = 'hr@demo.seleksi.id';
const stageOf = async (candidateId: string) =>
  (
    await session.db.query<{ stage: string }>(
      `SELECT stage FROM applications WHERE candidate_id = $1 AND stage IN ('offer', 'hired', 'rejected')`,
      [candidateId],
    )
  )[0]?.stage;

beforeAll(async () => {
  session = await startBrowserSession({ databaseUrl: process.env.TEST_DATABASE_URL });
}, 120_000);
afterAll(() => session?.close());

test('HR records an acceptance given by phone (id, 1280 px); the portal reads it accepted', async () => {
  const offer = await demoSentOffer(session, jakartaDay(7));
  const hr = await session.signedInPage(hrEmail, {
    locale: 'id',
    path: `/candidates/${offer.candidateId}`,
  });
  const card = hr.getByTestId('offer');
  await card.getByRole('button', { name: 'Catat jawaban kandidat' }).click();
  const dialog = hr.getByRole('dialog');
  await dialog.locator('select[name=givenVia]').selectOption('phone');
  await dialog.locator('textarea[name=note]').fill('Telepon pukul 10.00, kandidat setuju.');
  await shot(hr, 'dialog-id-1280');
  await dialog.getByRole('button', { name: 'Catat penerimaan' }).click();
  await hr.getByTestId('offer-done').waitFor(soon);
  expect(await hr.getByTestId('offer-done').textContent()).toContain('Penerimaan dicatat');
  await expect
    .poll(() => hr.getByTestId('offer-status').first().textContent(), soon)
    .toContain('Diterima');
  const answer = hr.getByTestId('offer-answer-accept');
  await answer.waitFor(soon);
  expect(await answer.textContent()).toMatch(/dicatat oleh .+, lewat telepon/);
  // The step is gone once the offer is answered.
  expect(await card.getByRole('button', { name: 'Catat jawaban kandidat' }).count()).toBe(0);
  await shot(hr, 'accepted-id-1280');
  expect(await stageOf(offer.candidateId)).toBe('hired');

  for (const locale of ['id', 'en'] as const) {
    const phone = await session.newPage({ width: 375, locale, at: offer.url });
    await expect
      .poll(() => phone.getByTestId('offer-state').getAttribute('data-state'), soon)
      .toBe('accepted');
    expect(await phone.getByTestId('offer-given-outside').textContent()).toContain(
      locale === 'id' ? 'lewat telepon' : 'by phone',
    );
    expect(
      await phone
        .getByRole('button', { name: /Terima penawaran|Accept the offer|Tolak|Decline/ })
        .count(),
    ).toBe(0);
    await shot(phone, `portal-${locale}-375`);
  }
});

test('HR on a phone records a decline given by e-mail, with its reason (en, 375 px)', async () => {
  const offer = await demoSentOffer(session, jakartaDay(5));
  const hr = await session.signedInPage(hrEmail, {
    locale: 'en',
    width: 375,
    path: `/candidates/${offer.candidateId}`,
  });
  await hr
    .getByTestId('offer')
    .getByRole('button', { name: "Record the candidate's answer" })
    .click();
  const dialog = hr.getByRole('dialog');
  await dialog.locator('select[name=kind]').selectOption('decline');
  await dialog.locator('select[name=givenVia]').selectOption('email');
  await dialog.locator('select[name=reason]').selectOption('salary');
  await shot(hr, 'decline-dialog-en-375');
  await dialog.getByRole('button', { name: 'Record the decline' }).click();
  await hr.getByTestId('offer-done').waitFor(soon);
  const answer = hr.getByTestId('offer-answer-decline');
  await answer.waitFor(soon);
  expect(await answer.textContent()).toMatch(/recorded by .+, by e-mail/);
  expect(await answer.textContent()).toContain('Salary');
  await shot(hr, 'declined-en-375');
  expect(await stageOf(offer.candidateId)).toBe('rejected');
  console.info(`recorded answer screenshots: ${shots.join(', ')}`);
});
