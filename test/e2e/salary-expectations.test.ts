import type { Page } from 'playwright-core';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, expect, test } from 'vitest';
import { screenshotsWanted, startBrowserSession, type BrowserSession } from './browser';
import { expectNoSidewaysScroll } from './page-width';

/**
 * Issue 17's salary talk on a phone: HR records what the candidate expects in the HR interview
 * kit, the job's hiring manager reads it with its history on the candidate page, the job's
 * interviewer never sees it, and the careers page shows a job's band only when HR chose to.
 */
let session: BrowserSession;
let candidate: { id: string; applicationId: string };
const shots = mkdtempSync(join(tmpdir(), 'seleksi-salary-'));
const phone = 375;

beforeAll(async () => {
  session = await startBrowserSession();
  const [row] = await session.db.query<{ id: string; applicationId: string }>(
    `SELECT c.id, a.id AS "applicationId" FROM applications a
     JOIN candidates c ON c.id = a.candidate_id JOIN jobs j ON j.id = a.job_id
     WHERE a.stage = 'hr_interview' AND j.title = 'Backend Developer'
     ORDER BY c.full_name LIMIT 1`,
  );
  candidate = row!;
});
afterAll(() => session?.close());

async function shot(page: Page, name: string) {
  if (screenshotsWanted)
    await page.screenshot({ path: join(shots, `${name}.png`), fullPage: true });
}

/** Text as a reader sees it: the non-breaking space after `Rp` read as a space. */
const seen = async (page: Page, selector: string) =>
  (await page.locator(selector).first().innerText()).replace(/\u00a0/g, ' ');

test('HR records the expectation in the HR interview kit (id, 375 px)', async () => {
  const page = await session.signedInPage('hr@demo.seleksi.id', {
    width: phone,
    locale: 'id',
    path: `/applications/${candidate.applicationId}/interviews/hr`,
  });
  const form = page.locator('.salary__form');
  await form.waitFor();
  await expect.poll(() => seen(page, '.salary')).toContain('Belum ada ekspektasi gaji');

  await form.getByLabel('Jumlah per bulan (Rp)').fill('sembilan juta');
  await form.getByRole('button', { name: 'Simpan' }).click();
  await expect.poll(() => seen(page, '.salary__form')).toContain('Bukan jumlah rupiah');

  await form.getByLabel('Jumlah per bulan (Rp)').fill('9,5 juta');
  await form.getByLabel('bersih (take-home)').check();
  await form.getByLabel('Tidak', { exact: true }).check();
  await form.getByLabel('Catatan (opsional)').fill('Gaji sekarang Rp 8 juta bersih.');
  await form.getByRole('button', { name: 'Simpan' }).click();
  await page.getByTestId('salary-latest').waitFor();
  const latest = await seen(page, '[data-testid=salary-latest]');
  expect(latest).toContain('Rp 9.500.000 per bulan');
  expect(latest).toContain('bersih (take-home), tidak bisa ditawar');
  expect(latest).toContain('interview HR');

  await form.getByLabel('Jumlah per bulan (Rp)').fill('10.000.000');
  await form.getByLabel('bruto', { exact: true }).check();
  await form.getByLabel('Ya', { exact: true }).check();
  await form.getByRole('button', { name: 'Simpan' }).click();
  await expect
    .poll(() => seen(page, '[data-testid=salary-latest]'))
    .toContain('Rp 10.000.000 per bulan');
  expect(await page.getByTestId('salary-earlier').count()).toBe(1);
  await expectNoSidewaysScroll(page);
  await shot(page, 'kit-hr-id-375');
  await page.locator('.salary').screenshot({ path: join(shots, 'kit-salary-id-375.png') });
});

test("the job's hiring manager reads it with its history on the candidate page (en, 375 px)", async () => {
  const page = await session.signedInPage('user@demo.seleksi.id', {
    width: phone,
    locale: 'en',
    path: `/candidates/${candidate.id}`,
  });
  await page.getByTestId('salary-latest').waitFor();
  const section = await seen(page, '.salary');
  expect(section).toContain('Salary expectation');
  expect(section).toContain('Rp 10.000.000 per month');
  expect(section).toContain('gross, negotiable');
  expect(section).toContain('Rp 9.500.000 per month');
  expect(section).toContain('take-home, not negotiable');
  // Reading is not recording: the hiring manager has no form.
  expect(await page.locator('.salary__form').count()).toBe(0);
  await expectNoSidewaysScroll(page);
  await shot(page, 'candidate-manager-en-375');
  await page.locator('.salary').screenshot({ path: join(shots, 'candidate-salary-en-375.png') });
});

test("the job's interviewer sees the candidate but never the salary", async () => {
  const page = await session.newPage({ width: phone, locale: 'en' });
  const asked: string[] = [];
  page.on('request', (request) => {
    if (request.url().includes('/api/') && request.url().includes('salary-expectations'))
      asked.push(request.url());
  });
  // An interviewer reads only candidates whose interview panel they sit on: put them on this one.
  const joined = await session.db.query(
    `UPDATE interviews i SET interviewer_ids = i.interviewer_ids || u.id FROM users u
     WHERE u.email = 'interviewer@demo.seleksi.id' AND i.application_id = $1 RETURNING i.id`,
    [candidate.applicationId],
  );
  expect(joined.length).toBeGreaterThan(0);
  await session.signIn(page, 'interviewer@demo.seleksi.id');
  await page.goto(`${session.baseUrl}/candidates/${candidate.id}`);
  await page.locator('section.application').first().waitFor();
  expect(await page.locator('.salary').count()).toBe(0);
  expect(await page.locator('body').innerText()).not.toMatch(/10\.000\.000|9\.500\.000/);
  expect(asked).toEqual([]);
  const refused = await page.request.get(
    `${session.baseUrl}/api/applications/${candidate.applicationId}/salary-expectations`,
  );
  expect(refused.status()).toBe(403);
});

test('the careers page shows a job’s band only when HR chose to (en and id, 375 px)', async () => {
  const page = await session.newPage({ width: phone, locale: 'en' });
  const jobs = (await (await page.request.get(`${session.baseUrl}/api/careers/jobs`)).json()) as {
    items: { title: string; path: string }[];
  };
  const pathOf = (title: string) => jobs.items.find((job) => job.title === title)!.path;

  await page.goto(`${session.baseUrl}${pathOf('Backend Developer')}`);
  await page.getByTestId('salary-band').waitFor();
  expect(await seen(page, '[data-testid=salary-band]')).toBe(
    'Salary: Rp 12.000.000 – Rp 20.000.000 per month (gross)',
  );
  await page.getByLabel('Expected monthly salary (optional)').waitFor();
  await shot(page, 'careers-band-en-375');

  await page.goto(`${session.baseUrl}${pathOf('Customer Service Officer')}`);
  await page.locator('h1').waitFor();
  await page.locator('.apply').waitFor();
  expect(await page.getByTestId('salary-band').count()).toBe(0);

  const indonesian = await session.newPage({
    width: phone,
    locale: 'id',
    at: `${pathOf('Content Writer')}`,
  });
  await indonesian.getByTestId('salary-band').waitFor();
  expect(await seen(indonesian, '[data-testid=salary-band]')).toBe(
    'Gaji: Rp 7.000.000 – Rp 10.000.000 per bulan (bruto)',
  );
  await shot(indonesian, 'careers-band-id-375');
});

test('the job form takes the band and names a reversed one at its field (en)', async () => {
  const page = await session.signedInPage('hr@demo.seleksi.id', { locale: 'en' });
  const [job] = await session.db.query<{ id: string }>(
    `SELECT id FROM jobs WHERE title = 'Customer Service Officer'`,
  );
  await page.goto(`${session.baseUrl}/jobs/${job!.id}/edit`);
  await page.locator('select[name=province]').waitFor();
  expect(await page.locator('select[name=province]').inputValue()).toBe('jawa_barat');
  expect(await page.locator('input[name=salaryMin]').inputValue()).toBe('5.000.000');
  await page.locator('input[name=salaryMin]').fill('9 juta');
  await page.locator('input[name=salaryMax]').fill('6.500.000');
  await page.getByRole('button', { name: 'Save' }).click();
  await expect
    .poll(() => seen(page, '.field--invalid'))
    .toContain('The top of the band must not be below its bottom.');
  await page.locator('fieldset', { hasText: 'Region and pay' }).screenshot({
    path: join(shots, 'job-form-band-error-en.png'),
  });
  await page.locator('input[name=salaryMax]').fill('11.000.000');
  await page.locator('input[name=salaryShownOnCareers]').check();
  await page.getByRole('button', { name: 'Save' }).click();
  await page.waitForURL(`**/jobs/${job!.id}`);
  const [saved] = await session.db.query<{ min: number; max: number; shown: boolean }>(
    `SELECT salary_min::float8 AS min, salary_max::float8 AS max, salary_shown_on_careers AS shown
     FROM jobs WHERE id = $1`,
    [job!.id],
  );
  expect(saved).toEqual({ min: 9_000_000, max: 11_000_000, shown: true });
});
