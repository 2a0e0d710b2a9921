import { afterAll, beforeAll, expect, test } from 'vitest';
import { makePdf } from '../support/cv-files';
import { startBrowserSession, type BrowserSession } from './browser';

let session: BrowserSession;
beforeAll(async () => {
  session = await startBrowserSession();
});
afterAll(() => session?.close());

const longName = 'Wahyu Kurniawan Prawiranegarasastrowardoyohadikusumo';

test('apply form on a phone: a bare github.com link is accepted, a non-link names the field', async () => {
  const page = await session.newPage({ width: 375, locale: 'id' });
  await page.goto(`${session.baseUrl}/careers`);
  await page.getByRole('link', { name: 'Backend Developer' }).click();
  await page.getByLabel('Nama lengkap').fill(longName);
  await page.getByLabel('E-mail').fill('wahyu.daily@example.com');
  await page.getByLabel('Nomor HP (WhatsApp)').fill('0812 3300 4466');
  await page.getByLabel('Kota domisili').fill('Malang');
  await page.getByLabel(/^CV/).setInputFiles({
    name: 'CV Wahyu.pdf',
    mimeType: 'application/pdf',
    buffer: await makePdf(['Wahyu Kurniawan - Backend Developer', 'Node.js, PostgreSQL.']),
  });
  await page.getByRole('checkbox', { name: /Saya menyetujui/ }).check();
  await page.getByLabel('Tautan portofolio (opsional)').fill('portofolio saya');
  await page.getByRole('button', { name: 'Kirim lamaran' }).click();
  await expect
    .poll(() => page.locator('.apply').textContent())
    .toContain('Tautan portofolio bukan alamat web');
  await session.screenshot(page, 'daily-apply-link-error-id-375');

  await page.getByLabel('Tautan portofolio (opsional)').fill('github.com/wahyu-k');
  await page.getByRole('button', { name: 'Kirim lamaran' }).click();
  await page.getByRole('heading', { name: /lamaran Anda sudah kami terima/ }).waitFor();
  const [candidate] = await session.db.query<{ portfolioUrl: string }>(
    `SELECT portfolio_url AS "portfolioUrl" FROM candidates WHERE full_name = $1`,
    [longName],
  );
  expect(candidate?.portfolioUrl).toBe('https://github.com/wahyu-k');
});

test('the move dialog offers no stage until HR picks one, and never the current stage', async () => {
  const [candidate] = await session.db.query<{ id: string }>(
    `SELECT id FROM candidates WHERE full_name = $1`,
    [longName],
  );
  expect(candidate).toBeDefined();
  const page = await session.newPage({ locale: 'en' });
  await session.signIn(page, 'hr@demo.seleksi.id');
  await page.goto(`${session.baseUrl}/candidates/${candidate!.id}`);
  await page.getByRole('button', { name: 'Move stage' }).first().click();
  const select = page.getByRole('dialog').locator('select[name=toStage]');
  expect(await select.inputValue()).toBe('');
  const options = await select.locator('option').allTextContents();
  expect(options).not.toContain('Applied');
  expect(options).toContain('CV screening');
  expect(
    await page.getByRole('dialog').getByRole('button', { name: 'Move', exact: true }).isDisabled(),
  ).toBe(true);
  await session.screenshot(page, 'daily-move-dialog-en');
});

test('on a phone the board card wraps a long name inside the card', async () => {
  const [job] = await session.db.query<{ id: string }>(
    `SELECT id FROM jobs WHERE title = 'Backend Developer'`,
  );
  const page = await session.newPage({ width: 375, locale: 'id' });
  await session.signIn(page, 'hr@demo.seleksi.id');
  await page.goto(`${session.baseUrl}/jobs/${job!.id}`);
  const name = page.locator('.card__name', { hasText: longName });
  await name.waitFor();
  const fits = await name.evaluate((element) => {
    const card = element.closest('.card')!;
    return (
      element.scrollWidth <= element.clientWidth + 1 && card.scrollWidth <= card.clientWidth + 1
    );
  });
  expect(fits).toBe(true);
  await name.scrollIntoViewIfNeeded();
  await page.screenshot({ path: 'test-results/screenshots/daily-board-card-id-375.png' });
});
