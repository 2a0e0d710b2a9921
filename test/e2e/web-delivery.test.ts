import type { Page } from 'playwright-core';
import { afterAll, beforeAll, expect, test } from 'vitest';
import { startBrowserSession, type BrowserSession } from './browser';

let session: BrowserSession;
beforeAll(async () => {
  session = await startBrowserSession();
});
afterAll(() => session?.close());

/** Code only staff screens use: the chunks Vite names after their page modules. */
const staffChunk =
  /\/(layout|jobs-page|board-page|candidates?-page|candidate-form-page|two-factor-\w+|user-admin-page|audit-log-page|kit-page|plan-page|screening-page|outbox-page|move-dialog|comparison-page)-[\w-]{8}\.js$/;

/** The scripts this document loaded (from the network or the cache) and their compressed size. */
async function scriptsOf(page: Page): Promise<{ name: string; encodedBodySize: number }[]> {
  return page.evaluate(() =>
    performance
      .getEntriesByType('resource')
      .filter((entry) => entry.name.endsWith('.js'))
      .map((entry) => ({
        name: new URL(entry.name).pathname,
        encodedBodySize: (entry as PerformanceResourceTiming).encodedBodySize,
      })),
  );
}

test('the careers page on a phone loads no staff screen and under 125 kB of compressed JavaScript', async () => {
  const page = await session.newPage({ width: 375, locale: 'id' });
  await page.goto(`${session.baseUrl}/careers`);
  await page.getByRole('link', { name: 'Backend Developer' }).waitFor();
  await page.waitForLoadState('networkidle');
  const scripts = await scriptsOf(page);
  expect(scripts.length).toBeGreaterThan(0);
  expect(scripts.filter((script) => staffChunk.test(script.name))).toEqual([]);
  const total = scripts.reduce((sum, script) => sum + script.encodedBodySize, 0);
  expect(total).toBeGreaterThan(0);
  // 120 kB until the employer brand (logo, colour, intro) came to the public layout: 123 kB.
  expect(total).toBeLessThanOrEqual(125_000);

  // The same check on a staff page finds staff chunks: the pattern names real files.
  await page.goto(session.baseUrl);
  await session.signIn(page, 'hr@demo.seleksi.id');
  await page.goto(`${session.baseUrl}/jobs`);
  await page.locator('header.topbar').waitFor();
  await page.waitForLoadState('networkidle');
  const staff = (await scriptsOf(page)).filter((script) => staffChunk.test(script.name));
  expect(staff.map((script) => script.name).join(' ')).toMatch(
    /layout-.*jobs-page-|jobs-page-.*layout-/,
  );
});
