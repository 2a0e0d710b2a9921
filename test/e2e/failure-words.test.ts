import type { Page } from 'playwright-core';
import { afterAll, beforeAll, expect, test } from 'vitest';
import { startBrowserSession, type BrowserSession } from './browser';

/**
 * A page whose read failed without a reason the app can name: "Please try again" only where a
 * "Try again" button is there to press (the server failed); an answer that asking again gets
 * again (a 409 here) says only that something went wrong and leads back to Today.
 */
let session: BrowserSession;
let candidateId: string;
beforeAll(async () => {
  session = await startBrowserSession();
  const [row] = await session.db.query<{ id: string }>(
    `SELECT id FROM candidates ORDER BY created_at LIMIT 1`,
  );
  candidateId = row!.id;
});
afterAll(() => session?.close());

const words = {
  en: {
    failed: 'Something went wrong.',
    retry: 'Something went wrong. Please try again.',
    tryAgain: 'Try again',
    back: 'Back to Today',
  },
  id: {
    failed: 'Terjadi kesalahan.',
    retry: 'Terjadi kesalahan. Coba lagi.',
    tryAgain: 'Coba lagi',
    back: 'Kembali ke Hari ini',
  },
} as const;

/** Opens the candidate page with its read answered `status` and no field named. */
async function openFailing(page: Page, status: number) {
  const path = `**/api/candidates/${candidateId}`;
  await page.route(path, (route) =>
    route.fulfill({
      status,
      contentType: 'application/json',
      body: JSON.stringify({ error: { code: 'conflict', message: 'Refused.', fields: [] } }),
    }),
  );
  await page.goto(`${session.baseUrl}/candidates/${candidateId}`);
  const alert = page.locator('main .load-error [role="alert"]');
  // Under load (two browser files at once) the page took longer than 15 s to show it.
  await alert.waitFor({ timeout: 30_000 });
  await page.unroute(path);
  return (await alert.textContent()) ?? '';
}

for (const locale of ['en', 'id'] as const) {
  test(`a failed read asks to try again only beside "Try again" (${locale})`, async () => {
    const said = words[locale];
    const page = await session.signedInPage('hr@demo.seleksi.id', { locale, width: 375 });

    // Refused in a way asking again cannot change: no "try again" in words or as a button.
    expect(await openFailing(page, 409)).toBe(said.failed);
    expect(await page.getByRole('button', { name: said.tryAgain }).count()).toBe(0);
    const back = page.locator('main .load-error').getByRole('link', { name: said.back });
    expect(await back.getAttribute('href')).toBe('/');
    await session.screenshot(page, `failure-words-refused-${locale}-375`);
    await page.setViewportSize({ width: 1280, height: 800 });
    await session.screenshot(page, `failure-words-refused-${locale}-1280`);

    // The server failed: the words ask to try again, and the button does it.
    expect(await openFailing(page, 500)).toBe(said.retry);
    await page.getByRole('button', { name: said.tryAgain }).click();
    await expect.poll(() => page.locator('main .load-error').count()).toBe(0);
    await page.context().close();
  });
}

test('a rejection preview the server failed to write asks to try again, and "Try again" shows it (en, 375 px)', async () => {
  const said = words.en;
  const page = await session.signedInPage('hr@demo.seleksi.id', { locale: 'en', width: 375 });
  const [job] = await session.db.query<{ id: string }>(
    `SELECT job_id AS id FROM applications WHERE stage NOT IN ('hired', 'rejected')
     GROUP BY job_id HAVING count(*) >= 2 ORDER BY count(*) DESC LIMIT 1`,
  );
  await page.goto(`${session.baseUrl}/jobs/${job!.id}`);
  await page.locator('.card__head input[type=checkbox]').first().check();
  await page.getByRole('button', { name: 'Reject selected' }).click();
  const dialog = page.locator('dialog');
  // The first preview fails on the server; the one asked again is written.
  let failures = 0;
  await page.route('**/rejection-preview', (route) =>
    failures++ === 0
      ? route.fulfill({
          status: 500,
          contentType: 'application/json',
          body: JSON.stringify({ error: { code: 'internal', message: 'Failed.', fields: [] } }),
        })
      : route.continue(),
  );
  await dialog.getByLabel('E-mail the candidate the rejection', { exact: false }).check();
  await expect
    .poll(() => dialog.locator('.load-error [role="alert"]').textContent())
    .toBe(said.retry);
  await dialog.getByRole('button', { name: said.tryAgain }).click();
  await dialog.locator('.email-preview pre').first().waitFor();
  expect(failures).toBe(2);
  await session.screenshot(page, 'failure-words-preview-retried-en-375');
  await page.context().close();
});
