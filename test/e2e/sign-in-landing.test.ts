import type { Page } from 'playwright-core';
import { afterAll, beforeAll, expect, test } from 'vitest';
import { demoPassword } from '../../src/services/demo/demo-company';
import { startBrowserSession, type BrowserSession } from './browser';

/**
 * retrial24 M2: signing in at /login, the first address people type, left the user on "page not
 * found" with the menu shown. It now leads to Today, or to the app address its `next` names.
 */
let session: BrowserSession;
beforeAll(async () => {
  session = await startBrowserSession();
});
afterAll(() => session?.close());

async function signInAt(path: string, locale: 'id' | 'en'): Promise<Page> {
  const page = await session.newPage({ locale, width: 375 });
  await page.goto(`${session.baseUrl}${path}`);
  await page.getByLabel(locale === 'id' ? 'Kata sandi' : 'Password').fill(demoPassword);
  await page.getByLabel('E-mail', { exact: true }).fill('hr@demo.seleksi.id');
  await page.getByRole('button', { name: locale === 'id' ? 'Masuk' : 'Sign in' }).click();
  await page.locator('header.topbar').waitFor();
  return page;
}

const notFound = /tidak ditemukan|not found/;

test('the sign-in check on a signed-out page (sign-in, portal, careers) logs no console error', async () => {
  const page = await session.newPage({ locale: 'id' });
  const errors: string[] = [];
  page.on('console', (message) => {
    if (message.type() === 'error') errors.push(message.text());
  });
  const failed: string[] = [];
  page.on('response', (response) => {
    if (response.status() >= 400) failed.push(`${response.status()} ${response.url()}`);
  });
  const [link] = await session.db.query<{ token: string }>(
    'SELECT token FROM portal_links WHERE revoked_at IS NULL LIMIT 1',
  );
  for (const path of ['/login', `/portal/${link!.token}`, '/careers']) {
    await page.goto(`${session.baseUrl}${path}`);
    await page.locator('main').waitFor();
    await page.waitForLoadState('networkidle');
  }
  expect(failed).toEqual([]);
  expect(errors).toEqual([]);
  await page.context().close();
});

test('signing in at /login lands on Today, not on "page not found" (id and en)', async () => {
  for (const locale of ['id', 'en'] as const) {
    const page = await signInAt('/login', locale);
    await expect.poll(() => new URL(page.url()).pathname).toBe('/');
    await expect.poll(() => page.locator('main').textContent()).not.toBe('');
    expect(await page.locator('main').textContent()).not.toMatch(notFound);
    await session.screenshot(page, `sign-in-landing-${locale}-375`);
    // Already signed in, /login leads on at once.
    await page.goto(`${session.baseUrl}/login`);
    await expect.poll(() => new URL(page.url()).pathname).toBe('/');
    await page.context().close();
  }
});

test("a sign-in address with a return path lands there; another site's is not followed", async () => {
  const page = await signInAt('/login?next=%2Fcandidates', 'en');
  await expect.poll(() => new URL(page.url()).pathname).toBe('/candidates');
  expect(await page.locator('main').textContent()).not.toMatch(notFound);
  await page.context().close();

  const away = await signInAt('/login?next=%2F%2Fevil.example%2Fx', 'en');
  await expect.poll(() => away.url()).toBe(`${session.baseUrl}/`);
  await away.context().close();

  // A deep link signs in where it is, as before.
  const deep = await signInAt('/candidates', 'id');
  await expect.poll(() => new URL(deep.url()).pathname).toBe('/candidates');
  await deep.context().close();
});
