import type { Page } from 'playwright-core';
import { afterAll, beforeAll, expect, test } from 'vitest';
import { startBrowserSession, type BrowserSession } from './browser';

/**
 * product.md: an interviewer gets "the kit for one interview, a scorecard, nothing else". Pages
 * of other roles, typed by address, read one plain line; their candidate's page says the contact
 * details are hidden for their role rather than showing empty fields.
 */
let session: BrowserSession;
beforeAll(async () => {
  session = await startBrowserSession();
});
afterAll(() => session?.close());

const phone = 375;

async function firstId(page: Page, path: string): Promise<string> {
  const body = (await (await page.request.get(`${session.baseUrl}${path}`)).json()) as {
    items: { id: string }[];
  };
  return body.items[0]!.id;
}

/** Goes to `path` and expects the one "not part of your role" line: no form, no "Try again". */
async function expectNotForRole(page: Page, path: string, line: string) {
  await page.goto(`${session.baseUrl}${path}`);
  await expect
    .poll(() => page.getByTestId('not-for-role').textContent(), { timeout: 10_000 })
    .toContain(line);
  expect(await page.locator('main form').count(), path).toBe(0);
  expect(await page.getByRole('button', { name: /Try again|Coba lagi/ }).count(), path).toBe(0);
}

/** Addresses only HR (or an admin) works on, for any job and candidate. */
const hrOnly = (jobId: string, candidateId: string) => [
  `/jobs/${jobId}/edit`,
  `/candidates/${candidateId}/edit`,
  '/settings/interview-templates',
  '/settings/minimum-wages',
  '/settings/offer-approval',
  '/settings/offer-letter',
  '/settings/brand',
  '/today/waiting?list=too_long',
];

test("an interviewer who types a job's plan, comparison or HR's pages reads one plain line", async () => {
  const page = await session.signedInPage('interviewer@demo.seleksi.id', {
    locale: 'id',
    width: phone,
  });
  const jobId = await firstId(page, '/api/jobs');
  const candidateId = await firstId(page, '/api/candidates');
  const line = 'bukan bagian dari peran Anda';
  await expectNotForRole(page, `/jobs/${jobId}/plan`, line);
  await session.screenshot(page, 'not-for-role-plan-interviewer-id-375');
  await expectNotForRole(page, `/jobs/${jobId}/comparison`, line);
  for (const path of hrOnly(jobId, candidateId)) await expectNotForRole(page, path, line);
  await page.context().close();
});

test("a hiring manager opens their job's plan and comparison, and reads one line on HR's pages", async () => {
  const page = await session.signedInPage('user@demo.seleksi.id', { locale: 'en' });
  const jobId = await firstId(page, '/api/jobs');
  const candidateId = await firstId(page, '/api/candidates');
  await page.goto(`${session.baseUrl}/jobs/${jobId}/plan`);
  await page
    .getByRole('heading', { name: /Interview plan/ })
    .first()
    .waitFor();
  await page.goto(`${session.baseUrl}/jobs/${jobId}/comparison`);
  await page
    .getByRole('heading', { name: /Candidate comparison/ })
    .first()
    .waitFor();
  expect(await page.getByTestId('not-for-role').count()).toBe(0);
  for (const path of hrOnly(jobId, candidateId)) {
    await expectNotForRole(page, path, 'not part of your role');
  }
  await session.screenshot(page, 'not-for-role-waiting-manager-en-desktop');
  await page.context().close();
});

test("the interviewer's candidate page says contact details are hidden for their role (id and en)", async () => {
  for (const [locale, width, hidden, mobile] of [
    ['en', 1280, 'Hidden for your role: HR contacts the candidate.', 'Mobile number'],
    ['id', phone, 'Disembunyikan untuk peran Anda: HR yang menghubungi kandidat.', 'Nomor HP'],
  ] as const) {
    const page = await session.signedInPage('interviewer@demo.seleksi.id', { locale, width });
    const candidateId = await firstId(page, '/api/candidates');
    await page.goto(`${session.baseUrl}/candidates/${candidateId}`);
    await expect.poll(() => page.getByTestId('contact-withheld').textContent()).toBe(hidden);
    expect(await page.locator('.facts dt').allTextContents()).not.toContain(mobile);
    const size = width === phone ? '375' : 'desktop';
    await session.screenshot(page, `candidate-contact-withheld-${locale}-${size}`);
    await page.goto(`${session.baseUrl}/interviews`);
    await page.locator('main h1').waitFor();
    await session.screenshot(page, `my-interviews-interviewer-${locale}-${size}`);
    await page.context().close();
  }
  // HR reads how to reach the same candidate.
  const hr = await session.signedInPage('hr@demo.seleksi.id', { locale: 'en' });
  const interviewer = await session.signedInPage('interviewer@demo.seleksi.id', { locale: 'en' });
  const candidateId = await firstId(interviewer, '/api/candidates');
  await hr.goto(`${session.baseUrl}/candidates/${candidateId}`);
  await expect.poll(() => hr.locator('.facts dt').allTextContents()).toContain('Mobile number');
  expect(await hr.getByTestId('contact-withheld').count()).toBe(0);
});
