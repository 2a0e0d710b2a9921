import { afterAll, beforeAll, expect, test } from 'vitest';
import { startBrowserSession, type BrowserSession } from './browser';
import { bookHrOnlyInterview } from './hr-only-interview';

/**
 * HR books itself onto a demo candidate's HR interview, then moves the candidate on past the gate
 * (the interview is cancelled): the HR kit says there is nothing to score and offers no form.
 */
let session: BrowserSession;
beforeAll(async () => {
  session = await startBrowserSession();
});
afterAll(() => session?.close());

test('the kit of a stage whose interview was cancelled offers no scorecard, in each language', async () => {
  const [application] = await session.db.query<{ id: string }>(
    `SELECT a.id FROM applications a WHERE a.stage = 'hr_interview'
       AND NOT EXISTS (SELECT 1 FROM interviews i WHERE i.application_id = a.id)
       AND NOT EXISTS (SELECT 1 FROM scorecards s WHERE s.application_id = a.id)
     ORDER BY a.created_at LIMIT 1`,
  );
  const hr = await session.signedInPage('hr@demo.seleksi.id', { locale: 'en' });
  await bookHrOnlyInterview(session, hr, application!.id, {
    daysAhead: 9,
    hour: 11,
    meetingUrl: 'https://meet.example/kit-closed',
  });
  const kitUrl = `${session.baseUrl}/applications/${application!.id}/interviews/hr`;
  await hr.goto(kitUrl);
  await hr.getByTestId('scorecard-opens').waitFor(); // live: the form waits for the interview

  const moved = await hr.request.post(
    `${session.baseUrl}/api/applications/${application!.id}/move`,
    {
      data: {
        toStage: 'user_interview',
        overrideHrGate: true,
        note: 'The director already knows this candidate.',
      },
    },
  );
  expect(moved.status(), await moved.text()).toBe(200);
  await hr.context().close();

  for (const [locale, line] of [
    ['en', 'This interview was cancelled and none was held, so there is nothing to score.'],
    ['id', 'Interview ini dibatalkan dan tidak ada yang berlangsung, jadi tidak ada yang dinilai.'],
  ] as const) {
    const page = await session.signedInPage('hr@demo.seleksi.id', { locale, width: 375 });
    await page.goto(kitUrl);
    await expect.poll(() => page.getByTestId('scorecard-closed').textContent()).toBe(line);
    expect(await page.locator('.scorecard').count()).toBe(0);
    expect(
      await page.getByRole('button', { name: /Submit scorecard|Kirim scorecard/ }).count(),
    ).toBe(0);
    expect(await page.locator('textarea[name^="note-"]').count()).toBe(0);
    // Said at the top, before the interview's purpose: the form it replaces would be far below.
    const notice = await page.getByTestId('scorecard-closed').boundingBox();
    const purpose = await page.locator('#purpose-title').boundingBox();
    expect(notice!.y).toBeLessThan(purpose!.y);
    await page.context().close();
  }
});
