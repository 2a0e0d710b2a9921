import { afterAll, beforeAll, expect, test } from 'vitest';
import { startBrowserSession, type BrowserSession } from './browser';

/**
 * retrial24 H2: on a phone the hiring manager rates all but one attribute, types evidence and a
 * summary and presses Submit at once. The submit is refused (a rating is missing); what was typed
 * is still on the page, is saved as the draft (a reload brings it back), and the missing rating
 * is the field in focus.
 */
let session: BrowserSession;
let applicationId: string;

beforeAll(async () => {
  session = await startBrowserSession();
  const [row] = await session.db.query<{
    applicationId: string;
    interviewId: string;
    managerId: string;
  }>(
    `SELECT a.id AS "applicationId", i.id AS "interviewId", u.id AS "managerId"
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
  applicationId = row.applicationId;
  // Under way: the kit offers Submit.
  await session.db.query(
    `UPDATE interviews SET starts_at = now() - interval '10 minutes', duration_minutes = 60,
       interviewer_ids = ARRAY[$2::uuid] WHERE id = $1`,
    [row.interviewId, row.managerId],
  );
});
afterAll(() => session?.close());

test('a refused submit keeps and saves what was typed, and focuses the missing rating (id and en, 375 px)', async () => {
  const kitPath = `/applications/${applicationId}/interviews/user`;
  for (const [locale, submit, missing, summary] of [
    ['id', 'Kirim scorecard', 'Beri penilaian untuk aspek ini.', 'Kuat sekali.'],
    ['en', 'Submit scorecard', 'Rate this attribute.', 'Very strong indeed.'],
  ] as const) {
    const page = await session.signedInPage('user@demo.seleksi.id', {
      locale,
      width: 375,
      path: kitPath,
    });
    const attributes = page.locator('.scorecard__attribute');
    await attributes.first().waitFor();
    const count = await attributes.count();
    expect(count).toBeGreaterThan(1);
    for (let i = 0; i < count - 1; i++) {
      await attributes.nth(i).locator('input[type="radio"][value="yes"]').check();
      await attributes.nth(i).locator('textarea').fill(`${locale} evidence ${i}`);
    }
    await page.locator('input[name="recommendation"][value="yes"]').check();
    await page.locator('textarea[name="summary"]').fill(summary);
    // Pressed straight away: no autosave has run since the last keystroke.
    await page.getByRole('button', { name: submit }).click();

    const last = attributes.nth(count - 1);
    await expect.poll(() => last.locator('.rating--invalid').textContent()).toContain(missing);
    expect(await page.locator('textarea[name="summary"]').inputValue()).toBe(summary);
    // Saved as the draft without waiting for the autosave's pause.
    const savedSummary = async () => {
      const kit = await page.request.get(`${session.baseUrl}/api${kitPath}/kit`);
      return ((await kit.json()) as { ownScorecard: { summary: string } | null }).ownScorecard
        ?.summary;
    };
    await expect.poll(savedSummary, { timeout: 15_000 }).toBe(summary);
    await expect
      .poll(() => page.evaluate(() => document.activeElement?.closest('.rating--invalid') !== null))
      .toBe(true);
    await session.screenshot(page, `scorecard-refused-submit-${locale}-375`);

    // The draft holds everything typed: a reload brings it back.
    await page.reload();
    await attributes.first().waitFor();
    expect(await page.locator('textarea[name="summary"]').inputValue()).toBe(summary);
    for (let i = 0; i < count - 1; i++) {
      expect(await attributes.nth(i).locator('input[value="yes"]').isChecked()).toBe(true);
      expect(await attributes.nth(i).locator('textarea').inputValue()).toBe(
        `${locale} evidence ${i}`,
      );
    }
    expect(await last.locator('input:checked').count()).toBe(0);
    await page.context().close();
  }
});
