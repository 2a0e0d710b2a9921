import type { Page } from 'playwright-core';
import { afterAll, beforeAll, expect, test } from 'vitest';
import { startBrowserSession, type BrowserSession } from './browser';
import { expectNoSidewaysScroll } from './page-width';

/**
 * A list's filters live in the address: a reload shows the same filtered rows, Back brings the
 * previous filters back, and a copied link opens the same list (screenshots in id and en, at
 * desktop and phone width).
 */
let session: BrowserSession;
let jobId: string;

beforeAll(async () => {
  session = await startBrowserSession();
  const [job] = await session.db.query<{ id: string }>(
    `SELECT id FROM jobs WHERE title = 'Customer Service Officer'`,
  );
  jobId = job!.id;
});
afterAll(() => session?.close());

const names = (page: Page) => page.locator('.candidate-row__name').allTextContents();
const search = (page: Page) => new URL(page.url()).searchParams;

/** Waits until the list shows the rows of the address's filters (the query has answered). */
async function settled(page: Page, expected?: string[]) {
  await page.locator('.candidate-list').waitFor();
  if (expected) await expect.poll(() => names(page), { timeout: 15_000 }).toEqual(expected);
  else await page.waitForLoadState('networkidle');
  return names(page);
}

test('the candidate list keeps its words and filters through reload, Back and a copied link', async () => {
  const page = await session.signedInPage('hr@demo.seleksi.id', {
    locale: 'en',
    width: 1280,
    path: '/candidates',
  });
  const everyone = await settled(page);
  expect(everyone.length).toBeGreaterThan(2);

  // A stage filter: the address says so, and the list narrows.
  await page.locator('details.filters summary').click();
  const stageSelect = page.locator('details.filters select').nth(1);
  await stageSelect.selectOption('applied');
  await expect.poll(() => search(page).get('stage')).toBe('applied');
  await expect.poll(() => names(page)).not.toEqual(everyone);
  const inApplied = await settled(page);
  expect(inApplied.length).toBeGreaterThan(0);

  // Then words: one history entry for the whole typing, not one per key.
  const word = inApplied[0]!.split(' ')[0]!;
  await page.locator('input.search').pressSequentially(word, { delay: 30 });
  await expect.poll(() => search(page).get('q')).toBe(word);
  const both = await settled(page);
  expect(both).toContain(inApplied[0]);

  // Reload: the same words, filter and rows.
  await page.reload();
  await settled(page, both);
  expect(await page.locator('input.search').inputValue()).toBe(word);
  expect(await page.locator('details.filters select').nth(1).inputValue()).toBe('applied');

  // Back: the words go, the stage filter stays, and the rows are those of the stage alone.
  await page.goBack();
  await expect.poll(() => search(page).get('q')).toBeNull();
  expect(search(page).get('stage')).toBe('applied');
  await settled(page, inApplied);
  await expect.poll(() => page.locator('input.search').inputValue()).toBe('');
  // Back again: no filter; Forward: the stage again.
  await page.goBack();
  await expect.poll(() => search(page).get('stage')).toBeNull();
  await settled(page, everyone);
  await page.goForward();
  await settled(page, inApplied);
  expect(await page.locator('details.filters select').nth(1).inputValue()).toBe('applied');
  await page.context().close();

  // The copied link opens the same list, in either language and width.
  const link = `${session.baseUrl}/candidates?stage=applied&q=${encodeURIComponent(word)}`;
  for (const locale of ['id', 'en'] as const) {
    for (const width of [1280, 375]) {
      const shared = await session.signedInPage('hr@demo.seleksi.id', { locale, width });
      await shared.goto(link);
      await settled(shared, both);
      await shared.reload();
      await settled(shared, both);
      await session.screenshot(
        shared,
        `candidates-filtered-reload-${locale}-${width === 375 ? 'phone' : 'desktop'}`,
      );
      await shared.context().close();
    }
  }
});

test('the candidate search finds part of an e-mail or a phone number (Indonesian on a phone, English on a desktop)', async () => {
  const [someone] = await session.db.query<{ name: string; email: string; phone: string }>(
    `SELECT full_name AS name, email, phone FROM candidates
     WHERE phone IS NOT NULL AND processing_restricted_at IS NULL ORDER BY created_at DESC LIMIT 1`,
  );
  const { name, email, phone } = someone!;
  // What a user remembers: the part before the @, in capitals; the number as written locally.
  const emailPart = email.split('@')[0]!.toUpperCase();
  const phonePart = `0${phone.slice(3, 6)} ${phone.slice(6, 10)}`;
  for (const [locale, width] of [
    ['id', 375],
    ['en', 1280],
  ] as const) {
    const page = await session.signedInPage('hr@demo.seleksi.id', {
      locale,
      width,
      path: '/candidates',
    });
    await settled(page);
    for (const [typed, shot] of [
      [emailPart, 'email'],
      [phonePart, 'phone'],
    ] as const) {
      await page.locator('input.search').fill(typed);
      await expect.poll(() => search(page).get('q')).toBe(typed);
      await expect.poll(() => names(page), { timeout: 15_000 }).toContain(name);
      await session.screenshot(page, `candidates-partial-${shot}-${locale}-${width}`);
    }
    if (width === 375) {
      await expectNoSidewaysScroll(page);
    }
    await page.context().close();
  }
});

test("a job's board keeps the stage shown and its search words through reload and Back", async () => {
  const page = await session.signedInPage('hr@demo.seleksi.id', {
    locale: 'en',
    width: 1280,
    path: `/jobs/${jobId}`,
  });
  const cards = page.locator('[data-testid=board-card] .card__name');
  await cards.first().waitFor();
  const columns = () => page.locator('section[data-stage]').count();
  const allColumns = await columns();
  expect(allColumns).toBeGreaterThan(1);

  await page.getByLabel('Show stage').selectOption('applied');
  await expect.poll(() => search(page).get('stage')).toBe('applied');
  await expect.poll(columns).toBe(1);
  const word = (await cards.first().textContent())!.split(' ')[0]!;
  await page.getByLabel('Search this board').fill(word);
  await page.getByRole('button', { name: 'Search', exact: true }).click();
  await expect.poll(() => search(page).get('q')).toBe(word);
  await page.getByTestId('board-search-summary').waitFor();
  const found = await cards.allTextContents();

  await page.reload();
  await page.getByTestId('board-search-summary').waitFor();
  await expect.poll(() => cards.allTextContents()).toEqual(found);
  expect(await columns()).toBe(1);
  expect(await page.getByLabel('Search this board').inputValue()).toBe(word);

  await page.goBack();
  await expect.poll(() => search(page).get('q')).toBeNull();
  await expect.poll(() => page.getByLabel('Search this board').inputValue()).toBe('');
  expect(await columns()).toBe(1);
  expect(await page.getByLabel('Show stage').inputValue()).toBe('applied');
  await page.goBack();
  await expect.poll(columns).toBe(allColumns);
  await page.context().close();
});

test('the reports keep their filter through reload and Back', async () => {
  const page = await session.signedInPage('hr@demo.seleksi.id', {
    locale: 'en',
    width: 1280,
    path: '/reports',
  });
  const source = page.locator('form.report-filters select[name=source]');
  await source.waitFor();
  await source.selectOption('linkedin');
  await expect.poll(() => search(page).get('source')).toBe('linkedin');
  await page.locator('form.report-filters input[name=from]').fill('2026-01-01');
  await expect.poll(() => search(page).get('from')).toBe('2026-01-01');

  await page.reload();
  await expect.poll(() => source.inputValue()).toBe('linkedin');
  // Shown day first, as typed (see the day-first test below).
  expect(await page.locator('form.report-filters input[name=from]').inputValue()).toBe(
    '01/01/2026',
  );
  // The download links carry the same filter.
  const csv = await page.locator('.report-exports a').first().getAttribute('href');
  expect(csv).toContain('source=linkedin');

  await page.goBack();
  await expect.poll(() => search(page).get('from')).toBeNull();
  await expect
    .poll(() => page.locator('form.report-filters input[name=from]').inputValue())
    .toBe('');
  expect(await source.inputValue()).toBe('linkedin');
  await page.context().close();
});

test('a date typed in a filter reads day first in Indonesian and English: 03/04/2026 is 3 April', async () => {
  for (const locale of ['id', 'en'] as const) {
    const page = await session.signedInPage('hr@demo.seleksi.id', {
      locale,
      width: 1280,
      path: '/reports',
    });
    const from = page.locator('form.report-filters input[name=from]');
    await from.waitFor();
    expect(await from.getAttribute('placeholder')).toBe('dd/mm/yyyy');
    await from.fill('03/04/2026');
    await expect.poll(() => search(page).get('from')).toBe('2026-04-03');
    // A date that only reads month first is no date: the filter is not set to 13 April.
    const to = page.locator('form.report-filters input[name=to]');
    await to.fill('04/13/2026');
    await expect.poll(() => to.getAttribute('aria-invalid')).toBe('true');
    expect(search(page).get('to')).toBeNull();
    await to.fill('13/04/2026');
    await expect.poll(() => search(page).get('to')).toBe('2026-04-13');
    await page.context().close();
  }
});
