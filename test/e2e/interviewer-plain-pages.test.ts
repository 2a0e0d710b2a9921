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

test("a cancelled interview's kit link reads one plain line with its date, no 'Try again' (375 px)", async () => {
  const applicationId = '00000000-0000-4000-8000-000000000001';
  for (const [locale, line] of [
    ['en', /^This interview \(.+ 2099 · 10:00 WIB\) was cancelled; there is nothing to do\.$/],
    [
      'id',
      /^Interview ini \(.+ 2099 · 10\.00 WIB\) dibatalkan; tidak ada yang perlu Anda lakukan\.$/,
    ],
  ] as const) {
    const page = await session.signedInPage('interviewer@demo.seleksi.id', { locale, width: 375 });
    // The server's answer to someone a cancelled interview named (test/api/interviewer-reach).
    await page.route(`**/api/applications/${applicationId}/interviews/hr/kit`, (route) =>
      route.fulfill({
        status: 410,
        json: {
          error: {
            code: 'interview_cancelled',
            message: 'This interview was cancelled.',
            fields: [
              {
                path: 'interview',
                code: 'cancelled',
                message: 'This interview was cancelled.',
                params: { startsAt: '2099-02-03T03:00:00.000Z', timeZone: 'Asia/Jakarta' },
              },
            ],
          },
        },
      }),
    );
    await page.goto(`${session.baseUrl}/applications/${applicationId}/interviews/hr`);
    await expect.poll(() => page.getByTestId('kit-cancelled').textContent()).toMatch(line);
    expect(await page.getByRole('button', { name: /Try again|Coba lagi/ }).count()).toBe(0);
    await session.screenshot(page, `kit-cancelled-${locale}-375`);
    await page.context().close();
  }
});
