import { afterAll, beforeAll, expect, test } from 'vitest';
import { startBrowserSession, type BrowserSession } from './browser';

/**
 * A bulk reject from a board loaded before someone else moved one of the selected cards: that
 * card is left where it is now, the others are rejected, and the board says which was skipped.
 */
let session: BrowserSession;
beforeAll(async () => {
  session = await startBrowserSession();
});
afterAll(() => session?.close());

test('a bulk reject skips a card moved elsewhere since the board loaded, and says so', async () => {
  const page = await session.signedInPage('hr@demo.seleksi.id', { locale: 'en' });
  await page.locator('nav.topbar__nav').getByRole('link', { name: 'Jobs' }).click();
  // The jobs list, not Today still on screen (its per-job links lead elsewhere).
  await page.waitForURL(/\/jobs$/);
  await page.getByRole('link', { name: 'Content Writer' }).click();
  const screening = page.locator('section[data-stage=cv_screening]');
  await screening.waitFor();
  const names = await screening.locator('.card__name').allTextContents();
  expect(names.length).toBeGreaterThanOrEqual(2);
  for (const name of names) await screening.getByLabel(`Select ${name}`).check();
  // Meanwhile another HR user takes the first of them on to the HR interview.
  const moved = names[0]!;
  await session.db.query(
    `UPDATE applications SET stage = 'hr_interview' WHERE stage = 'cv_screening'
       AND candidate_id = (SELECT id FROM candidates WHERE full_name = $1)`,
    [moved],
  );
  await page.getByRole('button', { name: 'Reject selected' }).click();
  const dialog = page.locator('dialog');
  await dialog.getByLabel('Rejection reason').selectOption('cv_not_matching');
  await dialog.getByRole('button', { name: 'Reject' }).click();
  const status = page.getByRole('status').filter({ hasText: 'not moved' });
  await expect
    .poll(() => status.textContent())
    .toContain(
      `1 not moved: someone else moved them after your board was loaded: ${moved} (now in HR interview`,
    );
  expect(await status.textContent()).toMatch(
    /^Application rejected\. 1 not moved: .*The board is refreshed\.$/,
  );
  // The board shows the skipped card where it is now, and the others rejected.
  await expect
    .poll(() => page.locator('section[data-stage=hr_interview]').textContent())
    .toContain(moved);
  expect(await screening.locator('.count').textContent()).toBe('0');
  await session.screenshot(page, 'board-bulk-skipped-en-desktop');
});
