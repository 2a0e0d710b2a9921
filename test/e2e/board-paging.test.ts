import { afterAll, beforeAll, expect, test } from 'vitest';
import { startBrowserSession, type BrowserSession } from './browser';
import { expectNoSidewaysScroll } from './page-width';

let session: BrowserSession;
let jobId: string;
const extra = 200;

beforeAll(async () => {
  session = await startBrowserSession();
  // A demo job grows by 200 applications, spread over the last 200 days in Applied.
  const [job] = await session.db.query<{ id: string }>(
    `SELECT id FROM jobs WHERE title = 'Customer Service Officer'`,
  );
  jobId = job!.id;
  await session.db.query(
    `WITH made AS (
       INSERT INTO candidates (full_name, email, source, tags)
       SELECT 'Papan Kandidat ' || lpad(n::text, 3, '0'), 'papan' || n || '@example.com', 'manual',
         CASE WHEN n % 10 = 0 THEN ARRAY['bilingual'] ELSE '{}' END
       FROM generate_series(1, $2::int) n RETURNING id, full_name
     )
     INSERT INTO applications (candidate_id, job_id, stage, created_at, stage_entered_at)
     SELECT id, $1, 'applied', now() - interval '1 day' * (1 + right(full_name, 3)::int),
       now() - interval '1 day' * right(full_name, 3)::int
     FROM made`,
    [jobId, extra],
  );
  await session.db.query('ANALYZE candidates, applications');
});
afterAll(() => session?.close());

const appliedCount = async () =>
  Number(
    (
      await session.db.query<{ n: number }>(
        `SELECT count(*)::int AS n FROM applications WHERE job_id = $1 AND stage = 'applied'`,
        [jobId],
      )
    )[0]!.n,
  );

test('a job with 200 more applications opens with exact counts, a window of cards, and loads more as you scroll', async () => {
  const page = await session.signedInPage('hr@demo.seleksi.id', {
    locale: 'en',
    width: 1280,
    path: `/jobs/${jobId}`,
  });
  const applied = page.locator('section[data-stage=applied]');
  await applied.locator('[data-testid=board-card]').first().waitFor();
  const total = await appliedCount();
  expect(total).toBeGreaterThan(extra);
  expect(await applied.locator('.count').textContent()).toBe(String(total));
  // Only the cards in view (and a few past it) are in the page, not 200.
  const drawn = await applied.locator('[data-testid=board-card]').count();
  expect(drawn).toBeGreaterThan(3);
  expect(drawn).toBeLessThan(30);
  expect(await applied.textContent()).toContain(`Select the 50 shown (of ${total})`);
  await session.screenshot(page, 'board-many-en-desktop');

  // Scrolling to the end of the column brings the next page, and so on to the last card.
  const scroller = applied.locator('.board__cards');
  for (let i = 0; i < 12; i++) {
    await scroller.evaluate((element) => (element.scrollTop = element.scrollHeight));
    await page.waitForTimeout(300);
  }
  await expect
    .poll(() => applied.locator('.board__select-all').textContent(), { timeout: 20_000 })
    .toBe(`Select all ${total}`);
  await scroller.evaluate((element) => (element.scrollTop = element.scrollHeight));
  // The newest in the stage is last: Papan Kandidat 001 entered Applied a day ago.
  await expect
    .poll(() => applied.locator('.card__name').allTextContents(), { timeout: 10_000 })
    .toContain('Papan Kandidat 001');

  // Selecting the whole column says how many.
  await applied.getByLabel(`Select all ${total}`).check();
  await expect.poll(() => page.locator('.bulk-bar strong').textContent()).toBe(`${total} selected`);
  await page.getByRole('button', { name: 'Clear selection' }).click();

  // Searching inside the board happens on the server: counts are of the matches.
  await page.getByLabel('Search this board').fill('Papan Kandidat 19');
  await page.getByRole('button', { name: 'Search', exact: true }).click();
  await expect.poll(() => applied.locator('.count').textContent()).toBe('10');
  expect(await applied.locator('.card__name').allTextContents()).toHaveLength(10);
  expect(await page.getByTestId('board-search-summary').textContent()).toContain('10');
  await page.getByLabel('Search this board').fill('BILINGUAL');
  await page.getByRole('button', { name: 'Search', exact: true }).click();
  await expect.poll(() => applied.locator('.count').textContent()).toBe('20');
  await session.screenshot(page, 'board-many-search-en-desktop');
  await page.context().close();
});

test('at 375 px the long board is still one column wide, scrolls inside a column, and a card moves', async () => {
  const page = await session.signedInPage('hr@demo.seleksi.id', {
    locale: 'id',
    width: 375,
    path: `/jobs/${jobId}`,
  });
  const applied = page.locator('section[data-stage=applied]');
  await applied.locator('[data-testid=board-card]').first().waitFor();
  await expectNoSidewaysScroll(page);
  const box = (await applied.boundingBox())!;
  expect(box.width).toBeGreaterThan(300);
  // The column scrolls inside itself, so the next stage is a screen or so below, not 200 cards.
  const next = (await page.locator('section[data-stage=cv_screening]').boundingBox())!;
  expect(next.y - box.y).toBeLessThan(1200);
  await session.screenshot(page, 'board-many-id-phone');

  const before = Number(
    await page.locator('section[data-stage=cv_screening] .count').textContent(),
  );
  const name = (await applied.locator('.card__name').first().textContent())!;
  await applied.getByLabel(`Pindahkan ke… ${name}`).selectOption({ label: 'Screening CV' });
  await expect
    .poll(async () =>
      Number(await page.locator('section[data-stage=cv_screening] .count').textContent()),
    )
    .toBe(before + 1);
  expect(await applied.locator('.count').textContent()).toBe(String(await appliedCount()));
  await page.context().close();
});
