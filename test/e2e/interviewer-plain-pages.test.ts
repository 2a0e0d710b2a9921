import type { Page } from 'playwright-core';
import { afterAll, beforeAll, expect, test } from 'vitest';
import { insertUser } from '../../src/db/queries/users';
import { hashPassword } from '../../src/services/auth/auth-service';
import { demoPassword } from '../../src/services/demo/demo-company';
import { jakartaTime } from '../support/jakarta-time';
import { startBrowserSession, type BrowserSession } from './browser';

/**
 * An interviewer's work comes from HR's bookings: Today does not send them to the job list (not
 * theirs) nor say "nothing is waiting" above an interview it lists, and the kit of an interview
 * HR cancelled says so in one line. A new interviewer, booked and then cancelled by HR through
 * the API, walks through each state as it really is.
 */
let session: BrowserSession;
const panelEmail = 'panel-baru@demo.seleksi.id';
let panelId: string;
beforeAll(async () => {
  session = await startBrowserSession();
  const user = await insertUser(session.db, {
    email: panelEmail,
    name: 'Panel Baru',
    role: 'interviewer',
    title: null,
    locale: 'en',
    passwordHash: await hashPassword(demoPassword),
  });
  panelId = user.id;
});
afterAll(() => session?.close());

async function lead(page: Page): Promise<string> {
  await page.getByRole('heading', { name: 'Interviews' }).waitFor();
  return (await page.locator('main h1 + p').textContent()) ?? '';
}

/** Books the new interviewer onto an HR interview ten days ahead, as HR; its application and id. */
async function bookPanel(): Promise<{ applicationId: string; interviewId: string }> {
  const [application] = await session.db.query<{ id: string; jobId: string }>(
    `SELECT a.id, a.job_id AS "jobId" FROM applications a WHERE a.stage = 'hr_interview'
       AND NOT EXISTS (SELECT 1 FROM interviews i WHERE i.application_id = a.id AND i.status = 'scheduled')
     ORDER BY a.created_at LIMIT 1`,
  );
  // On the job's hiring team as an interviewer, as HR sets it in the job's form.
  await session.db.query(
    `INSERT INTO job_team_members (job_id, user_id, team_role) VALUES ($1, $2, 'interviewer')`,
    [application!.jobId, panelId],
  );
  const hr = await session.signedInPage('hr@demo.seleksi.id', { locale: 'en' });
  const booked = await hr.request.post(
    `${session.baseUrl}/api/applications/${application!.id}/interviews`,
    {
      data: {
        stage: 'hr',
        localStart: jakartaTime(10, 10),
        timeZone: 'Asia/Jakarta',
        durationMinutes: 45,
        mode: 'online',
        meetingUrl: 'https://meet.example/panel-baru',
        interviewerIds: [panelId],
        locale: 'en',
      },
    },
  );
  expect(booked.status(), await booked.text()).toBe(201);
  const { id } = (await booked.json()) as { id: string };
  await hr.context().close();
  return { applicationId: application!.id, interviewId: id };
}

test("the interviewer's Today says what is true for them, booked or not, with no job-list link (375 px)", async () => {
  const page = await session.signedInPage(panelEmail, { locale: 'en', width: 375 });
  await page.goto(`${session.baseUrl}/`);
  expect(await lead(page)).toBe(
    'No interview is booked for you now. Your interviews appear here when HR books you onto a panel.',
  );
  expect(await page.locator('main a[href="/jobs"]').count()).toBe(0);
  await session.screenshot(page, 'today-interviewer-empty-en-375');

  const { applicationId, interviewId } = await bookPanel();
  await page.reload();
  expect(await lead(page)).toBe('Your coming interviews are below: open the kit to prepare.');
  expect(await page.locator('main .today__list li').count()).toBe(1);
  expect(await page.locator('main a[href="/jobs"]').count()).toBe(0);
  await session.screenshot(page, 'today-interviewer-upcoming-en-375');

  // HR cancels it: the kit link the interviewer was sent reads one plain line, in each language.
  const hr = await session.signedInPage('hr@demo.seleksi.id', { locale: 'en' });
  const cancelled = await hr.request.post(
    `${session.baseUrl}/api/interviews/${interviewId}/cancel`,
    { data: { reason: 'The candidate found another job.' } },
  );
  expect(cancelled.status(), await cancelled.text()).toBe(200);
  await hr.context().close();
  for (const [locale, line] of [
    ['en', /^This interview \(.+ · 10:00 WIB\) was cancelled; there is nothing to do\.$/],
    ['id', /^Interview ini \(.+ · 10\.00 WIB\) dibatalkan; tidak ada yang perlu Anda lakukan\.$/],
  ] as const) {
    const kit = await session.signedInPage(panelEmail, { locale, width: 375 });
    await kit.goto(`${session.baseUrl}/applications/${applicationId}/interviews/hr`);
    await expect.poll(() => kit.getByTestId('kit-cancelled').textContent()).toMatch(line);
    expect(await kit.getByRole('button', { name: /Try again|Coba lagi/ }).count()).toBe(0);
    await session.screenshot(kit, `kit-cancelled-${locale}-375`);
    await kit.context().close();
  }
  await page.context().close();
});
