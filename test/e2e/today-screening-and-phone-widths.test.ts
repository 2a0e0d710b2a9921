import { afterAll, beforeAll, expect, test } from 'vitest';
import { makePdf } from '../support/cv-files';
import { screenshotsWanted, startBrowserSession, type BrowserSession } from './browser';
import { expectNoSidewaysScroll } from './page-width';

let session: BrowserSession;
beforeAll(async () => {
  session = await startBrowserSession();
});
afterAll(() => session?.close());

const longName = 'Wahyu Kurniawan Prawiranegarasastrowardoyohadikusumo';

test('apply form on a phone: a bare github.com link is accepted, a non-link names the field', async () => {
  const page = await session.newPage({ width: 375, locale: 'id', at: '/careers' });
  await page.getByRole('link', { name: 'Backend Developer' }).click();
  await page.getByLabel('Nama lengkap').fill(longName);
  await page.getByLabel('E-mail', { exact: true }).fill('wahyu.daily@example.com');
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
  const page = await session.signedInPage('hr@demo.seleksi.id', {
    locale: 'en',
    path: `/candidates/${candidate!.id}`,
  });
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
  const page = await session.signedInPage('hr@demo.seleksi.id', {
    width: 375,
    locale: 'id',
    path: `/jobs/${job!.id}`,
  });
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
  if (screenshotsWanted) {
    await page.screenshot({ path: 'test-results/screenshots/daily-board-card-id-375.png' });
  }
});

test("HR's Today shows new applications to screen at once, each job's count linking to its Applied screening", async () => {
  const [newest] = await session.db.query<{ jobId: string; title: string; count: number }>(
    `SELECT j.id AS "jobId", j.title, count(*)::int AS count FROM applications a
     JOIN jobs j ON j.id = a.job_id AND j.status = 'open'
     WHERE a.stage = 'applied' GROUP BY j.id, j.title ORDER BY j.title LIMIT 1`,
  );
  expect(newest).toBeDefined();
  for (const [locale, section, toScreen] of [
    ['id', 'Lamaran baru untuk disaring', 'untuk disaring'],
    ['en', 'New applications to screen', 'to screen'],
  ] as const) {
    for (const width of [1280, 375]) {
      const page = await session.signedInPage('hr@demo.seleksi.id', { locale, width });
      const fresh = page.getByRole('region', { name: section });
      const job = fresh.locator('.today__item').filter({ hasText: newest!.title });
      await expect.poll(() => job.textContent()).toContain(`${newest!.count} ${toScreen}`);
      if (width === 375) await expectNoSidewaysScroll(page);
      await session.screenshot(page, `daily-today-new-${locale}-${width}`);
      await job.getByRole('link', { name: newest!.title }).click();
      await page.waitForURL(`**/jobs/${newest!.jobId}/screening?stage=applied`);
      await expect
        .poll(() => page.getByLabel(locale === 'id' ? 'Tahap' : 'Stage').inputValue())
        .toBe('applied');
      if (width === 375) {
        // The job's tabs wrap rather than run past the phone's edge.
        await page.locator('nav.tabs').waitFor();
        const wide = await page.evaluate(() =>
          [...document.querySelectorAll('body *')]
            .filter((element) => element.getBoundingClientRect().right > 375.5)
            .map((element) => `${element.tagName}.${element.className}`),
        );
        expect(wide).toEqual([]);
        await expectNoSidewaysScroll(page);
        const tabsRight = await page
          .locator('nav.tabs a')
          .evaluateAll((links) => Math.max(...links.map((a) => a.getBoundingClientRect().right)));
        expect(tabsRight).toBeLessThanOrEqual(375);
      }
      await session.screenshot(page, `daily-screening-applied-${locale}-${width}`);
      await page.context().close();
    }
  }
});

test('practice history on a phone: the table scrolls in its box with a hint, its attempt column stays (id and en)', async () => {
  for (const [locale, answerLabel, analyse, again] of [
    ['id', 'Jawaban Anda', 'Lihat umpan balik', 'Coba lagi'],
    ['en', 'Your answer', 'Get feedback', 'Try again'],
  ] as const) {
    for (const width of [375, 1280]) {
      const page = await session.newPage({ locale, width, at: '/practice' });
      await expect.poll(() => page.locator('.practice__question').textContent()).not.toBe('');
      await page.getByLabel(answerLabel).fill('Saya pekerja keras dan cepat belajar.');
      await page.getByRole('button', { name: analyse }).click();
      await page.locator('section.feedback').waitFor();
      await page.getByLabel(answerLabel).fill('I usually plan my week and I would ask for help.');
      await page.getByRole('button', { name: again }).click();
      const box = page.locator('.table-scroll--sticky-first');
      await expect.poll(() => box.locator('tbody tr').count()).toBe(2);
      if (width === 375) {
        await expectNoSidewaysScroll(page);
        expect(await page.locator('.scroll-hint').isVisible()).toBe(true);
        // Scrolled to the end, the attempt names are still at the box's left edge.
        const [boxLeft, scrolls] = await box.evaluate((el) => {
          el.scrollLeft = el.scrollWidth;
          return [el.getBoundingClientRect().left, el.scrollWidth > el.clientWidth] as const;
        });
        expect(scrolls).toBe(true);
        const first = box.locator('tbody th').first();
        await expect
          .poll(async () => Math.round((await first.boundingBox())!.x - boxLeft))
          .toBeLessThanOrEqual(1);
        await box.screenshot({ path: `test-results/screenshots/daily-history-${locale}-375.png` });
      } else {
        expect(await page.locator('.scroll-hint').isVisible()).toBe(false);
      }
      await session.screenshot(page, `daily-practice-history-${locale}-${width}`);
      await page.context().close();
    }
  }
});
