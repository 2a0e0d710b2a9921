import type { Page } from 'playwright-core';
import { afterAll, beforeAll, expect, test } from 'vitest';
import { startBrowserSession, type BrowserSession } from './browser';

/**
 * An interviewer's work comes from HR's bookings: Today does not send them to the job list (not
 * theirs) nor say "nothing is waiting" above an interview it lists. The demo interviewer has a
 * scorecard due, so /api/today is answered with that item turned into the state under test.
 */
let session: BrowserSession;
beforeAll(async () => {
  session = await startBrowserSession();
});
afterAll(() => session?.close());

type TodayBody = Record<string, unknown> & {
  needsYou: number;
  interviews: Record<string, unknown>[];
  scorecardsToSubmit: Record<string, unknown>[];
  scorecardsOverdue: Record<string, unknown>[] | null;
};

/** Today as the server says it, with nothing to do and `interviews` listed instead. */
async function answerToday(page: Page, interviews: (due: Record<string, unknown>) => unknown[]) {
  await page.route('**/api/today', async (route) => {
    const body = (await (await route.fetch()).json()) as TodayBody;
    const due = body.scorecardsToSubmit[0] ?? body.scorecardsOverdue?.[0];
    expect(due, 'the demo interviewer has a scorecard due').toBeTruthy();
    await route.fulfill({
      json: {
        ...body,
        needsYou: 0,
        scorecardsToSubmit: [],
        scorecardsOverdue: body.scorecardsOverdue && [],
        interviews: interviews(due!),
      },
    });
  });
}

async function lead(page: Page): Promise<string> {
  await page.getByRole('heading', { name: 'Interviews' }).waitFor();
  return (await page.locator('main h1 + p').textContent()) ?? '';
}

test("the interviewer's Today says what is true for them, with no job-list link (375 px)", async () => {
  const page = await session.signedInPage('interviewer@demo.seleksi.id', {
    locale: 'en',
    width: 375,
  });
  await answerToday(page, (due) => [{ ...due, when: 'later' }]);
  await page.goto(`${session.baseUrl}/`);
  expect(await lead(page)).toBe('Your coming interviews are below: open the kit to prepare.');
  expect(await page.locator('main .today__list li').count()).toBe(1);
  expect(await page.locator('main a[href="/jobs"]').count()).toBe(0);
  await session.screenshot(page, 'today-interviewer-upcoming-en-375');

  await page.unroute('**/api/today');
  await answerToday(page, () => []);
  await page.reload();
  expect(await lead(page)).toBe(
    'No interview is booked for you now. Your interviews appear here when HR books you onto a panel.',
  );
  expect(await page.locator('main a[href="/jobs"]').count()).toBe(0);
  await session.screenshot(page, 'today-interviewer-empty-en-375');
  await page.context().close();
});

test('HR with nothing to do is still offered the job list', async () => {
  const page = await session.signedInPage('hr@demo.seleksi.id', { locale: 'id' });
  await page.route('**/api/today', async (route) => {
    const body = (await (await route.fetch()).json()) as TodayBody;
    await route.fulfill({ json: { ...body, needsYou: 0, interviews: [] } });
  });
  await page.goto(`${session.baseUrl}/`);
  await page.locator('main a[href="/jobs"]').waitFor();
  expect(await page.locator('main h1 + p').textContent()).toContain('Tidak ada yang menunggu Anda');
  await page.context().close();
});
