import { afterAll, beforeAll, expect, test } from 'vitest';
import type { Page } from 'playwright-core';
import { startBrowserSession, type BrowserSession } from './browser';

/**
 * A hiring manager corrects a submitted scorecard on a phone while the same card was corrected
 * since on the laptop: the phone's correction is refused with "changed after you opened it",
 * nothing is overwritten, and what the phone typed stays on the page.
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
  await session.db.query(
    `UPDATE interviews SET starts_at = now() - interval '10 minutes', duration_minutes = 60,
       interviewer_ids = ARRAY[$2::uuid] WHERE id = $1`,
    [row.interviewId, row.managerId],
  );
});
afterAll(() => session?.close());

const kitPath = () => `/applications/${applicationId}/interviews/user`;

async function amend(page: Page, reason: string, summary: string) {
  await page.getByRole('button', { name: 'Amend scorecard' }).click();
  await page.locator('textarea[name="summary"]').fill(summary);
  await page.locator('textarea[name="amendReason"]').fill(reason);
  await page.getByRole('button', { name: 'Save amendment' }).click();
}

test('a correction made against a card corrected since elsewhere is refused, and keeps what was typed (en, 375 px)', async () => {
  const laptop = await session.signedInPage('user@demo.seleksi.id', {
    locale: 'en',
    path: kitPath(),
  });
  const attributes = laptop.locator('.scorecard__attribute');
  await attributes.first().waitFor();
  for (let i = 0; i < (await attributes.count()); i++) {
    await attributes.nth(i).locator('input[type="radio"][value="yes"]').check();
  }
  await laptop.locator('input[name="recommendation"][value="yes"]').check();
  await laptop.locator('textarea[name="summary"]').fill('Solid case study.');
  await laptop.getByRole('button', { name: 'Submit scorecard' }).click();
  await laptop.getByRole('button', { name: 'Amend scorecard' }).waitFor();

  // The phone opens the submitted card, then the laptop corrects it first.
  const phone = await session.signedInPage('user@demo.seleksi.id', {
    locale: 'en',
    width: 375,
    path: kitPath(),
  });
  await phone.getByRole('button', { name: 'Amend scorecard' }).waitFor();
  await amend(laptop, 'Added the case numbers.', 'Solid case study; numbers checked.');
  await laptop.getByRole('button', { name: 'Amend scorecard' }).waitFor();

  await amend(phone, 'Typo.', 'Solid case study (phone).');
  await expect
    .poll(() => phone.getByRole('alert').allTextContents())
    .toContainEqual(expect.stringContaining('saved a change at'));
  expect(await phone.locator('textarea[name="summary"]').inputValue()).toBe(
    'Solid case study (phone).',
  );
  await session.screenshot(phone, 'scorecard-amended-elsewhere-en-375');
  const kit = await phone.request.get(`${session.baseUrl}/api${kitPath()}/kit`);
  const saved = (await kit.json()) as { ownScorecard: { summary: string } };
  expect(saved.ownScorecard.summary).toBe('Solid case study; numbers checked.');
});
