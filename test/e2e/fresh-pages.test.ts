import { afterAll, beforeAll, expect, test } from 'vitest';
import type { Page } from 'playwright-core';
import { jakartaTime } from '../support/jakarta-time';
import { startBrowserSession, type BrowserSession } from './browser';

let session: BrowserSession;
/** The demo's Backend Developer candidate whose HR interview is booked ahead. */
let candidate: { id: string; fullName: string };

beforeAll(async () => {
  session = await startBrowserSession();
  const [row] = await session.db.query<{ id: string; fullName: string }>(
    `SELECT c.id, c.full_name AS "fullName" FROM interviews i
     JOIN applications a ON a.id = i.application_id
     JOIN candidates c ON c.id = a.candidate_id JOIN jobs j ON j.id = a.job_id
     WHERE i.status = 'scheduled' AND i.stage = 'hr' AND i.starts_at > now()
       AND j.title = 'Backend Developer' LIMIT 1`,
  );
  candidate = row!;
});
afterAll(() => session?.close());

test('the move dialog names the booked interview a move cancels, and who is told (375 px)', async () => {
  const page = await session.signedInPage('hr@demo.seleksi.id', {
    locale: 'id',
    width: 375,
    path: `/candidates/${candidate.id}`,
  });
  await page.getByTestId('interview-card').waitFor();
  await page.getByRole('button', { name: 'Pindahkan tahap' }).click();
  const dialog = page.getByRole('dialog');
  // A step back calls the HR interview off (a new time may follow), as a rejection does.
  await dialog.getByLabel('Ke tahap').selectOption('cv_screening');
  const notice = dialog.getByTestId('move-cancels-interviews');
  await expect.poll(() => notice.textContent()).toContain('kandidat dan panel diberi tahu');
  expect(await notice.textContent()).toMatch(/Interview HR: \w+, \d+ \w+ 2\d{3} · \d\d\.\d\d WIB/);
  await dialog.getByLabel('Ke tahap').selectOption('rejected');
  await expect.poll(() => notice.textContent()).toContain('Interview HR:');
  await session.screenshot(page, 'move-cancels-interview-id-375');
  await dialog.getByRole('button', { name: 'Batal' }).click();
  await dialog.waitFor({ state: 'detached' });
});

test('rejecting a candidate shows their interview cancelled, without its buttons, without a reload', async () => {
  const page = await session.signedInPage('hr@demo.seleksi.id', {
    locale: 'en',
    path: `/candidates/${candidate.id}`,
  });
  const card = page.getByTestId('interview-card');
  await expect.poll(() => card.textContent()).toContain('Scheduled');
  await card.getByRole('button', { name: 'Reschedule' }).waitFor();
  // Counted on the page's own window: a reload would give a fresh one without the mark.
  await page.evaluate(() => ((window as unknown as { sameDocument: boolean }).sameDocument = true));

  await page.getByRole('button', { name: 'Move stage' }).click();
  const dialog = page.getByRole('dialog');
  await dialog.getByLabel('To stage').selectOption('rejected');
  await dialog.getByLabel('Rejection reason').selectOption('failed_hr_interview');
  await expect
    .poll(() => dialog.getByTestId('move-cancels-interviews').textContent())
    .toMatch(/the candidate and the panel are told.*HR interview: /);
  await dialog.getByLabel('Note / reason').fill('Not the fit we need for this role.');
  await dialog.getByRole('button', { name: 'Reject' }).click();
  await dialog.waitFor({ state: 'detached' });

  await expect.poll(() => page.getByTestId('application-stage').textContent()).toBe('Rejected');
  await expect.poll(() => card.textContent()).toContain('Cancelled');
  expect(await card.getByRole('button').count()).toBe(0);
  expect(await page.getByRole('button', { name: 'Reschedule' }).count()).toBe(0);
  expect(
    await page.evaluate(() => (window as unknown as { sameDocument?: boolean }).sameDocument),
  ).toBe(true);
  await session.screenshot(page, 'fresh-pages-rejected-en');

  // Reopening needs a reason (it is audited): the note says so instead of "optional".
  await page.getByRole('button', { name: 'Move stage' }).click();
  const reopen = page.getByRole('dialog');
  await reopen.getByLabel('Reason (required; kept in the history)').waitFor();
  expect(await reopen.getByLabel('Note (optional)').count()).toBe(0);
  await session.screenshot(page, 'fresh-pages-reopen-reason-en');
  await reopen.getByRole('button', { name: 'Cancel' }).click();
});

test('a request the network drops shows the error, and "try again" loads the page (375 px)', async () => {
  const page = await session.signedInPage('hr@demo.seleksi.id', { locale: 'id', width: 375 });
  const candidatePath = `**/api/candidates/${candidate.id}`;
  await page.route(candidatePath, (route) => route.abort('internetdisconnected'));
  await page.goto(`${session.baseUrl}/candidates/${candidate.id}`);
  const alert = page.getByRole('alert');
  await expect
    .poll(() => alert.textContent(), { timeout: 15_000 })
    .toContain('Server tidak dapat dihubungi');
  await session.screenshot(page, 'fresh-pages-offline-id-375');

  await page.unroute(candidatePath);
  await page.getByRole('button', { name: 'Coba lagi' }).click();
  await page.getByRole('heading', { name: candidate.fullName }).waitFor();
  expect(await page.getByRole('alert').count()).toBe(0);
});

test('a bulk reject or move lists each booked interview it cancels, whose, and who is told (375 px)', async () => {
  const page = await session.signedInPage('hr@demo.seleksi.id', { locale: 'en', width: 375 });
  const job = await jobWithTwoBookedInterviews(page);
  await page.goto(`${session.baseUrl}/jobs/${job}`);
  await page.getByTestId('board-card').first().waitFor();
  const booked = page.getByTestId('board-card').filter({ has: page.getByTestId('card-interview') });
  await expect.poll(() => booked.count()).toBeGreaterThan(1);
  const picked: string[] = [];
  for (const index of [0, 1]) {
    const card = booked.nth(index);
    await card.locator('.card__head input[type=checkbox]').check();
    picked.push((await card.locator('.card__name').textContent())!.trim());
  }

  await page.getByRole('button', { name: 'Reject selected' }).click();
  const dialog = page.locator('dialog');
  const notice = dialog.getByTestId('move-cancels-interviews');
  await expect
    .poll(() => notice.textContent())
    .toContain('each candidate and their panel are told by e-mail');
  const lines = await notice.locator('li').allTextContents();
  for (const name of picked) {
    expect(lines.some((line) => line.startsWith(name))).toBe(true);
  }
  for (const line of lines) {
    expect(line).toMatch(/ — (HR|User) interview: \w+, \d+ \w+ 2\d{3} · \d\d[:.]\d\d/);
  }
  await session.screenshot(page, 'bulk-reject-cancels-interviews-en-375');
  await dialog.getByRole('button', { name: 'Cancel' }).click();
  await dialog.waitFor({ state: 'detached' });

  // A bulk move back to CV screening calls them off too (a new time may follow); each line then
  // names the e-mail that move sends, not the rejection's.
  const interviewPart = (line: string) => line.split(' — the candidate')[0];
  await page.getByRole('button', { name: 'Move selected' }).click();
  // HR picks the stage: none is chosen for them, and Hired is not offered (only from the offer).
  const toStage = dialog.getByLabel('To stage');
  expect(await toStage.inputValue()).toBe('');
  expect(await toStage.locator('option').allTextContents()).not.toContain('Hired');
  await toStage.selectOption('cv_screening');
  await expect
    .poll(async () => (await notice.locator('li').allTextContents()).map(interviewPart).sort())
    .toEqual(lines.map(interviewPart).sort());
  await dialog.getByRole('button', { name: 'Cancel' }).click();
  await dialog.waitFor({ state: 'detached' });
});

/**
 * An open job whose board shows at least two cards with an upcoming interview: the job with the
 * most such cards, with interviews booked (through the API, as the signed-in HR page) for
 * applications at an interview stage that have none until it shows two.
 * Counted as the board counts them (boardCardJoins): distinct applications in the open columns
 * with a scheduled interview that ends after now. Two interviews of one application are one card,
 * and an interview that started today may already have ended, whatever the hour.
 */
async function jobWithTwoBookedInterviews(page: Page): Promise<string> {
  const [job] = await session.db.query<{ id: string; shown: number }>(
    `${boardCardsWithInterviews}
     SELECT j.id, count(*) FILTER (WHERE card.shows)::int AS shown
     FROM jobs j JOIN card ON card.job_id = j.id WHERE j.status = 'open' GROUP BY j.id
     HAVING count(*) FILTER (WHERE card.shows OR card.bookable) >= 2
     ORDER BY shown DESC, j.id LIMIT 1`,
  );
  expect(job, 'an open job with two cards that show or may book an interview').toBeDefined();
  const free = await session.db.query<{ id: string; stage: string; hrId: string }>(
    `${boardCardsWithInterviews}
     SELECT card.id, card.stage, (SELECT id FROM users WHERE email = 'hr@demo.seleksi.id') AS "hrId"
     FROM card WHERE card.job_id = $1 AND card.bookable ORDER BY card.id LIMIT $2`,
    [job!.id, Math.max(0, 2 - job!.shown)],
  );
  for (const [index, application] of free.entries()) {
    const booked = await page.request.post(
      `${session.baseUrl}/api/applications/${application.id}/interviews`,
      {
        data: {
          stage: application.stage === 'hr_interview' ? 'hr' : 'user',
          localStart: jakartaTime(20 + index, 15),
          timeZone: 'Asia/Jakarta',
          durationMinutes: 45,
          mode: 'online',
          meetingUrl: 'https://meet.example/seleksi-bulk',
          interviewerIds: [application.hrId],
          locale: 'en',
        },
      },
    );
    expect(booked.status(), await booked.text()).toBe(201);
  }
  return job!.id;
}

/**
 * Each application in an open column: whether its card shows an upcoming interview (scheduled,
 * ending after now, as boardCardJoins reads it; 10 minutes to spare, so it still shows when the
 * page loads), and whether HR may book its stage's interview
 * to make it show one (at an interview stage, none of that stage scheduled, none shown yet).
 */
const boardCardsWithInterviews = `WITH shown AS (
    SELECT a.id, a.job_id, a.stage, EXISTS (SELECT 1 FROM interviews i
      WHERE i.application_id = a.id AND i.status = 'scheduled'
        AND i.starts_at + make_interval(mins => i.duration_minutes) > now() + interval '10 minutes')
      AS shows
    FROM applications a WHERE a.stage NOT IN ('rejected', 'withdrawn', 'hired')),
  card AS (
    SELECT shown.*, NOT shown.shows AND shown.stage IN ('hr_interview', 'user_interview')
      AND NOT EXISTS (SELECT 1 FROM interviews i WHERE i.application_id = shown.id
        AND i.status = 'scheduled'
        AND i.stage = CASE shown.stage WHEN 'hr_interview' THEN 'hr' ELSE 'user' END) AS bookable
    FROM shown)`;

test('an interview over with no scorecard in reads time passed, scorecard awaited or overdue, and may still be moved, in id and en', async () => {
  const [past] = await session.db.query<{ candidateId: string }>(
    `SELECT a.candidate_id AS "candidateId"
     FROM interviews i JOIN applications a ON a.id = i.application_id
     WHERE i.status = 'scheduled' AND i.starts_at + make_interval(mins => i.duration_minutes) < now()
       AND NOT EXISTS (SELECT 1 FROM scorecards s WHERE s.application_id = i.application_id
         AND s.stage = i.stage AND s.submitted_at IS NOT NULL)
       AND NOT EXISTS (SELECT 1 FROM interviews o WHERE o.application_id = a.id AND o.id <> i.id)
     ORDER BY i.starts_at LIMIT 1`,
  );
  expect(past, 'a demo interview over with no scorecard').toBeDefined();
  for (const [locale, over, wait, attends, move] of [
    [
      'id',
      'Waktunya sudah lewat',
      /Scorecard (ditunggu|terlambat)/,
      'Kandidat akan hadir',
      'Ubah jadwal',
    ],
    ['en', 'Time passed', /Scorecard (awaited|overdue)/, 'The candidate will attend', 'Reschedule'],
  ] as const) {
    const page = await session.signedInPage('hr@demo.seleksi.id', {
      locale,
      width: 375,
      path: `/candidates/${past!.candidateId}`,
    });
    const card = page.getByTestId('interview-card');
    await expect.poll(() => card.textContent()).toContain(over);
    expect(await card.getByTestId('scorecard-wait').textContent()).toMatch(wait);
    expect(await card.textContent()).not.toContain(attends);
    // Nothing says it took place: HR may still move it, and the card says why.
    expect(await card.getByRole('button', { name: move }).count()).toBe(1);
    expect(await card.textContent()).toMatch(/Belum ada scorecard masuk|No scorecard is in yet/);
    await session.screenshot(page, `interview-over-scorecard-missing-${locale}-375`);
  }
});

test("HR's Today decision link opens the candidate page at the decision panel, focused (375 px)", async () => {
  // A demo application at the HR interview whose booked interview ended a week ago, no
  // scorecard in, no HR decision: its scores are late, so Today asks HR to decide.
  const [late] = await session.db.query<{ candidateId: string; interviewId: string }>(
    `SELECT a.candidate_id AS "candidateId", i.id AS "interviewId"
     FROM interviews i JOIN applications a ON a.id = i.application_id
     JOIN jobs j ON j.id = a.job_id AND j.status = 'open'
     WHERE i.stage = 'hr' AND i.status = 'scheduled' AND a.stage = 'hr_interview'
       AND a.candidate_id <> $1
       AND NOT EXISTS (SELECT 1 FROM decisions d WHERE d.application_id = a.id AND d.stage = 'hr')
     ORDER BY i.starts_at LIMIT 1`,
    [candidate.id],
  );
  expect(late, 'a demo HR interview to move into the past').toBeDefined();
  await session.db.query(
    `UPDATE interviews SET starts_at = now() - interval '7 days' WHERE id = $1`,
    [late!.interviewId],
  );
  const page = await session.signedInPage('hr@demo.seleksi.id', {
    locale: 'id',
    width: 375,
    path: '/',
  });
  const section = page.locator('section', { hasText: 'Keputusan interview HR yang menunggu Anda' });
  await section.locator(`a[href^="/candidates/${late!.candidateId}"]`).first().click();
  await expect.poll(() => page.evaluate(() => window.location.hash)).toMatch(/^#decision-/);
  // The panel's heading has the focus and is on screen, not the page's top.
  await expect
    .poll(() => page.evaluate(() => document.activeElement?.textContent ?? ''))
    .toMatch(/^Interview dan keputusan: /);
  const top = await page.evaluate(() => document.activeElement!.getBoundingClientRect().top);
  // Scrolled to the heading's top, give or take a subpixel.
  expect(top).toBeGreaterThan(-2);
  expect(top).toBeLessThan(page.viewportSize()!.height);
  expect(await page.evaluate(() => window.scrollY)).toBeGreaterThan(0);
  await session.screenshot(page, 'today-hr-decision-opens-panel-id-375');
});
