import { afterAll, beforeAll, expect, test } from 'vitest';
import { startBrowserSession, type BrowserSession } from './browser';
import { expectNoSidewaysScroll } from './page-width';

let session: BrowserSession;
/** A demo candidate with a user interview booked ahead. */
let candidate: { id: string; applicationId: string; interviewId: string } | undefined;

beforeAll(async () => {
  session = await startBrowserSession();
  [candidate] = await session.db.query(
    `SELECT a.candidate_id AS id, a.id AS "applicationId", i.id AS "interviewId"
       FROM interviews i JOIN applications a ON a.id = i.application_id
      WHERE i.stage = 'user' AND i.status = 'scheduled' AND i.starts_at > now() + interval '1 day'
      ORDER BY i.starts_at LIMIT 1`,
  );
  // A second schedule event, later than the booking, so the order shows.
  await session.db.query(
    `INSERT INTO interview_events (interview_id, kind, actor_id, reason, created_at)
     SELECT id, 'confirmed', NULL, '', now() FROM interviews WHERE id = $1`,
    [candidate!.interviewId],
  );
  // The application as the careers page starts it: no one on staff added it.
  await session.db.query(
    `UPDATE application_events SET actor_id = NULL WHERE application_id = $1 AND from_stage IS NULL`,
    [candidate!.applicationId],
  );
});
afterAll(() => session?.close());

test('a stage inside a dialog title reads in lower case; both histories list the newest first; a careers application says so', async () => {
  for (const [locale, width] of [
    ['en', 1280],
    ['id', 375],
  ] as const) {
    const en = locale === 'en';
    const page = await session.signedInPage('hr@demo.seleksi.id', {
      locale,
      width,
      path: `/candidates/${candidate!.id}`,
    });
    const card = page.getByTestId('interview-card').first();
    await card.getByRole('button', { name: en ? 'Reschedule' : 'Ubah jadwal' }).click();
    const dialog = page.getByRole('dialog');
    const title = await dialog.getByRole('heading').first().textContent();
    expect(title).toBe(en ? 'Reschedule the user interview' : 'Ubah jadwal interview user');
    await session.screenshot(page, `schedule-title-${locale}-${width}`);
    await page.keyboard.press('Escape');
    await expect.poll(() => dialog.count()).toBe(0);

    await card.getByText(en ? 'Schedule history' : 'Riwayat jadwal', { exact: false }).click();
    const times = await card
      .locator('details.history li time')
      .evaluateAll((nodes) => nodes.map((node) => node.getAttribute('datetime') ?? ''));
    expect(times.length).toBeGreaterThanOrEqual(2);
    expect([...times].sort().reverse()).toEqual(times);
    const history = await page.locator('main').textContent();
    expect(history).toContain(
      en
        ? 'The candidate applied through the careers page'
        : 'Kandidat melamar lewat halaman karier',
    );
    await session.screenshot(page, `schedule-history-${locale}-${width}`);
    await expectNoSidewaysScroll(page);
  }
});
