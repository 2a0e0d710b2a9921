import { afterAll, beforeAll, expect, test } from 'vitest';
import { startBrowserSession, type BrowserSession } from './browser';

let session: BrowserSession;

beforeAll(async () => {
  session = await startBrowserSession();
});
afterAll(() => session?.close());

test('HR records an erasure request, erases the candidate, and the ledger keeps the request', async () => {
  const [candidate] = await session.db.query<{ id: string; fullName: string }>(
    `SELECT c.id, c.full_name AS "fullName" FROM candidates c
     JOIN applications a ON a.candidate_id = c.id WHERE a.stage = 'rejected' LIMIT 1`,
  );
  const page = await session.signedInPage('hr@demo.seleksi.id', {
    locale: 'en',
    width: 375,
    path: `/candidates/${candidate!.id}`,
  });
  await page.getByText('Personal data (UU PDP)').click();
  await page.getByLabel('Request').selectOption('erasure');
  await page.getByRole('button', { name: 'Record the request' }).click();
  await page.getByTestId('data-request').waitFor();
  expect(await page.getByTestId('data-request').textContent()).toContain('Open');
  const erase = page.getByRole('button', { name: "Erase all of the candidate's data" });
  expect(await erase.isDisabled()).toBe(true);
  await page.getByLabel("Type the candidate's full name to erase").fill(candidate!.fullName);
  await session.screenshot(page, 'candidate-privacy-en-375');
  await erase.click();
  await page.getByRole('heading', { name: 'Personal data requests' }).waitFor();
  const row = page.getByTestId('data-request').first();
  await expect.poll(() => row.textContent()).toContain('Data erased');
  expect(await row.textContent()).toContain('(erased)');
  expect(await page.locator('main').textContent()).not.toContain(candidate!.fullName);
  await session.screenshot(page, 'data-requests-en-375');
  const [left] = await session.db.query<{ n: number }>(
    'SELECT count(*)::int AS n FROM candidates WHERE id = $1',
    [candidate!.id],
  );
  expect(left!.n).toBe(0);
});

test('HR sees who is due for anonymisation and extends one with a reason', async () => {
  const [candidate] = await session.db.query<{ id: string; fullName: string }>(
    `SELECT c.id, c.full_name AS "fullName" FROM candidates c
     WHERE EXISTS (SELECT 1 FROM applications a WHERE a.candidate_id = c.id)
       AND NOT EXISTS (SELECT 1 FROM applications a WHERE a.candidate_id = c.id
                       AND a.stage NOT IN ('rejected', 'withdrawn'))
     LIMIT 1`,
  );
  await session.db.query(
    `UPDATE application_events SET created_at = created_at - interval '12 months'
     WHERE application_id IN (SELECT id FROM applications WHERE candidate_id = $1)`,
    [candidate!.id],
  );
  const page = await session.signedInPage('hr@demo.seleksi.id', {
    locale: 'id',
    width: 375,
    path: '/data-requests',
  });
  const row = page.getByTestId('retention-due').filter({ hasText: candidate!.fullName });
  await row.waitFor();
  await row.getByLabel('Alasan').fill('Cocok untuk lowongan analis bulan depan.');
  await session.screenshot(page, 'retention-id-375');
  await row.getByRole('button', { name: 'Perpanjang' }).click();
  await expect
    .poll(() => page.getByTestId('retention-due').filter({ hasText: candidate!.fullName }).count())
    .toBe(0);
});
