import { afterAll, beforeAll, expect, test } from 'vitest';
import type { Page } from 'playwright-core';
import { beginDemoUserInterview } from './begun-user-interview';
import { startBrowserSession, type BrowserSession } from './browser';

/**
 * A hiring manager corrects a submitted scorecard on a phone while the same card was corrected
 * since on the laptop: the phone's correction is refused with "changed after you opened it",
 * nothing is overwritten, and what the phone typed stays on the page.
 */
let session: BrowserSession;
let applicationId: string;

beforeAll(async () => {
  session = await startBrowserSession();
  ({ applicationId } = await beginDemoUserInterview(session));
});
afterAll(() => session?.close());

const kitPath = () => `/applications/${applicationId}/interviews/user`;

async function amend(page: Page, reason: string, summary: string) {
  await page.getByRole('button', { name: 'Amend scorecard' }).click();
  await page.locator('textarea[name="summary"]').fill(summary);
  await page.locator('textarea[name="amendReason"]').fill(reason);
  await page.getByRole('button', { name: 'Save amendment' }).click();
}

test('a correction made against a card corrected since elsewhere is refused, and keeps what was typed (en, 375 px)', async () => {
  const laptop = await session.signedInPage('user@demo.seleksi.id', {
    locale: 'en',
    path: kitPath(),
  });
  const attributes = laptop.locator('.scorecard__attribute');
  await attributes.first().waitFor();
  for (let i = 0; i < (await attributes.count()); i++) {
    await attributes.nth(i).locator('input[type="radio"][value="yes"]').check();
  }
  await laptop.locator('input[name="recommendation"][value="yes"]').check();
  await laptop.locator('textarea[name="summary"]').fill('Solid case study.');
  await laptop.getByRole('button', { name: 'Submit scorecard' }).click();
  await laptop.getByRole('button', { name: 'Amend scorecard' }).waitFor();

  // The phone opens the submitted card, then the laptop corrects it first.
  const phone = await session.signedInPage('user@demo.seleksi.id', {
    locale: 'en',
    width: 375,
    path: kitPath(),
  });
  await phone.getByRole('button', { name: 'Amend scorecard' }).waitFor();
  await amend(laptop, 'Added the case numbers.', 'Solid case study; numbers checked.');
  await laptop.getByRole('button', { name: 'Amend scorecard' }).waitFor();

  await amend(phone, 'Typo.', 'Solid case study (phone).');
  await expect
    .poll(() => phone.getByRole('alert').allTextContents())
    .toContainEqual(expect.stringContaining('saved a change at'));
  expect(await phone.locator('textarea[name="summary"]').inputValue()).toBe(
    'Solid case study (phone).',
  );
  await session.screenshot(phone, 'scorecard-amended-elsewhere-en-375');
  const kit = await phone.request.get(`${session.baseUrl}/api${kitPath()}/kit`);
  const saved = (await kit.json()) as { ownScorecard: { summary: string } };
  expect(saved.ownScorecard.summary).toBe('Solid case study; numbers checked.');
});
