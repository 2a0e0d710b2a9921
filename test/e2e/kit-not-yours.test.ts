import type { Page } from 'playwright-core';
import { afterAll, beforeAll, expect, test } from 'vitest';
import { startBrowserSession, type BrowserSession } from './browser';
import { bookHrOnlyInterview } from './hr-only-interview';

/**
 * An interviewer opens a kit that is not theirs (HR's own interview) or one whose application is
 * gone: the page says so and leads back to Today. "Try again" would only ask the same refusal.
 */
let session: BrowserSession;
beforeAll(async () => {
  session = await startBrowserSession();
});
afterAll(() => session?.close());

/** HR books an HR interview with only HR on the panel; returns its kit's address. */
async function hrOnlyKit(): Promise<string> {
  const [application] = await session.db.query<{ id: string }>(
    `SELECT a.id FROM applications a WHERE a.stage = 'hr_interview'
       AND NOT EXISTS (SELECT 1 FROM interviews i WHERE i.application_id = a.id)
     ORDER BY a.created_at LIMIT 1`,
  );
  const hr = await session.signedInPage('hr@demo.seleksi.id', { locale: 'en' });
  await bookHrOnlyInterview(session, hr, application!.id, {
    daysAhead: 9,
    hour: 11,
    meetingUrl: 'https://meet.example/kit-not-yours',
  });
  await hr.context().close();
  return `/applications/${application!.id}/interviews/hr`;
}

async function expectRefused(page: Page, path: string, line: string, back: string) {
  await page.goto(`${session.baseUrl}${path}`);
  await expect
    .poll(() => page.locator('main .load-error [role="alert"]').textContent(), { timeout: 10_000 })
    .toBe(line);
  expect(await page.getByRole('button', { name: /Try again|Coba lagi/ }).count(), path).toBe(0);
  expect(await page.locator('main .scorecard').count(), path).toBe(0);
  const link = page.locator('main .load-error').getByRole('link', { name: back });
  expect(await link.getAttribute('href'), path).toBe('/');
}

test("a kit that is not the interviewer's, or is gone, says so and leads back to Today", async () => {
  const notYours = await hrOnlyKit();
  const gone = '/applications/00000000-0000-4000-8000-000000000000/interviews/user';
  for (const [locale, line, back] of [
    [
      'id',
      'Interview ini tidak ditemukan, atau Anda tidak termasuk panelnya.',
      'Kembali ke Hari ini',
    ],
    ['en', 'This interview was not found, or you are not on its panel.', 'Back to Today'],
  ] as const) {
    const page = await session.signedInPage('interviewer@demo.seleksi.id', { locale, width: 375 });
    const answer = await page.request.get(`${session.baseUrl}/api${notYours}/kit`);
    expect([403, 404]).toContain(answer.status());
    await expectRefused(page, notYours, line, back);
    await session.screenshot(page, `kit-not-yours-${locale}-375`);
    await page.setViewportSize({ width: 1280, height: 800 });
    await session.screenshot(page, `kit-not-yours-${locale}-1280`);
    await expectRefused(page, gone, line, back);

    await page.locator('main .load-error').getByRole('link', { name: back }).click();
    await page.waitForURL(`${session.baseUrl}/`);
    await page.context().close();
  }
});
