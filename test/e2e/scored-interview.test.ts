import { afterAll, beforeAll, expect, test } from 'vitest';
import { startBrowserSession, type BrowserSession } from './browser';
import { expectNoSidewaysScroll } from './page-width';

/**
 * A user interview the hiring manager scored ten minutes into its hour reads "scored", not done,
 * on the candidate page and the manager's Today, until its booked time ends; then it is done.
 */
let session: BrowserSession;
let scored: { applicationId: string; candidateId: string; interviewId: string };

beforeAll(async () => {
  session = await startBrowserSession();
  const [row] = await session.db.query<typeof scored & { managerId: string }>(
    `SELECT a.id AS "applicationId", a.candidate_id AS "candidateId", i.id AS "interviewId",
       u.id AS "managerId"
     FROM applications a
     JOIN interviews i ON i.application_id = a.id AND i.stage = 'user'
       AND i.status = 'scheduled' AND NOT i.recorded
     JOIN job_team_members m ON m.job_id = a.job_id AND m.team_role = 'hiring_manager'
     JOIN users u ON u.id = m.user_id AND u.email = 'user@demo.seleksi.id'
     WHERE a.stage = 'user_interview'
       AND NOT EXISTS (SELECT 1 FROM scorecards s WHERE s.application_id = a.id AND s.stage = 'user')
       AND NOT EXISTS (SELECT 1 FROM decisions d WHERE d.application_id = a.id AND d.stage = 'user')
     LIMIT 1`,
  );
  if (!row) throw new Error('The demo company has no booked user interview to score');
  scored = row;
  await session.db.query(
    `UPDATE interviews SET starts_at = now() - interval '10 minutes', duration_minutes = 60,
       interviewer_ids = ARRAY[$2::uuid] WHERE id = $1`,
    [row.interviewId, row.managerId],
  );
  await session.db.query(
    `INSERT INTO scorecards (application_id, stage, interviewer_id, recommendation, submitted_at)
     VALUES ($1, 'user', $2, 'yes', now())`,
    [row.applicationId, row.managerId],
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
  await today.getByText('Scored, its booked time not over yet', { exact: false }).first().waitFor();
  await session.screenshot(today, 'today-scored-in-slot-en');

  // The slot is over: done, on both.
  await session.db.query(
    `UPDATE interviews SET starts_at = now() - interval '2 hours' WHERE id = $1`,
    [scored.interviewId],
  );
  await page.reload();
  await expect.poll(() => card.locator('.interview-card__head').textContent()).toContain('Selesai');
  await today.reload();
  await today.getByText('Interview held', { exact: false }).first().waitFor();
  expect(await today.getByText('Scored, its booked time not over yet').count()).toBe(0);
});
