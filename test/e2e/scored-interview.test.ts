import { afterAll, beforeAll, expect, test } from 'vitest';
import { beginDemoUserInterview, type BegunUserInterview } from './begun-user-interview';
import { startBrowserSession, type BrowserSession } from './browser';
import { expectNoSidewaysScroll } from './page-width';

/**
 * A user interview the hiring manager scored ten minutes into its hour reads "scored", not done,
 * on the candidate page until its booked time ends; then it is done. On the manager's Today the
 * whole panel has scored (he is the panel), so the row says the decision is his, in the slot and
 * after it, never "scored, its booked time not over yet".
 */
let session: BrowserSession;
let scored: BegunUserInterview;

beforeAll(async () => {
  session = await startBrowserSession();
  scored = await beginDemoUserInterview(session);
  await session.db.query(
    `INSERT INTO scorecards (application_id, stage, interviewer_id, recommendation, submitted_at)
     VALUES ($1, 'user', $2, 'yes', now())`,
    [scored.applicationId, scored.managerId],
  );
});
afterAll(() => session?.close());

test('scored inside its slot: "Sudah dinilai" on the candidate page (id, 375 px) and Today (en), done once the slot ends', async () => {
  const page = await session.signedInPage('hr@demo.seleksi.id', {
    locale: 'id',
    width: 375,
    path: `/candidates/${scored.candidateId}`,
  });
  const card = page.getByTestId('interview-card').filter({ hasText: 'Interview user' });
  await expect
    .poll(() => card.locator('.interview-card__head').textContent())
    .toContain('Sudah dinilai');
  expect(await card.locator('.interview-card__head').textContent()).not.toContain('Selesai');
  await expectNoSidewaysScroll(page);
  await session.screenshot(page, 'interview-scored-in-slot-id-375');

  const today = await session.signedInPage('user@demo.seleksi.id', { locale: 'en', path: '/' });
  await today.getByText('Every scorecard is in: your decision', { exact: false }).first().waitFor();
  expect(await today.getByText('Scored, its booked time not over yet').count()).toBe(0);
  await session.screenshot(today, 'today-scored-in-slot-en');

  // The slot is over: done, on both.
  await session.db.query(
    `UPDATE interviews SET starts_at = now() - interval '2 hours' WHERE id = $1`,
    [scored.interviewId],
  );
  await page.reload();
  await expect.poll(() => card.locator('.interview-card__head').textContent()).toContain('Selesai');
  await today.reload();
  await today.getByText('Every scorecard is in: your decision', { exact: false }).first().waitFor();
  expect(await today.getByText('Scored, its booked time not over yet').count()).toBe(0);
});
