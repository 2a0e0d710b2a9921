import { afterAll, beforeAll, expect, test } from 'vitest';
import { jakartaDay } from '../support/jakarta-time';
import {
  screenshotDir,
  screenshotsWanted,
  startBrowserSession,
  type BrowserSession,
} from './browser';
import { expectNoSidewaysScroll } from './page-width';
import { demoSentOffer } from './demo-offer';

let session: BrowserSession;
beforeAll(async () => {
  session = await startBrowserSession();
});
afterAll(() => session?.close());

const phone = 375;

test('HR lands on Today and opens a candidate who waits too long, in id and en, wide and at 375 px', async () => {
  // A candidate applied three weeks ago and nobody looked: past the 2-working-day target.
  const [late] = await session.db.query<{ id: string; fullName: string }>(
    `UPDATE applications a SET stage_entered_at = now() - interval '21 days'
     FROM candidates c, jobs j
     WHERE c.id = a.candidate_id AND j.id = a.job_id AND j.status = 'open'
       AND a.id = (SELECT a2.id FROM applications a2 JOIN jobs j2 ON j2.id = a2.job_id
                   WHERE a2.stage = 'applied' AND j2.status = 'open' ORDER BY a2.created_at LIMIT 1)
     RETURNING c.id, c.full_name AS "fullName"`,
  );
  expect(late).toBeDefined();
  for (const [locale, heading, section] of [
    ['id', 'Hari ini', 'Kandidat yang menunggu terlalu lama'],
    ['en', 'Today', 'Candidates waiting too long'],
  ] as const) {
    for (const width of [1280, phone]) {
      const page = await session.signedInPage('hr@demo.seleksi.id', { locale, width });
      await page.getByRole('heading', { name: heading, level: 1 }).waitFor();
      // The nav badge counts what waits for HR.
      await expect.poll(() => page.locator('nav.topbar__nav .nav-count').count()).toBe(1);
      const waiting = page.getByRole('region', { name: section });
      await waiting.getByRole('link', { name: late!.fullName }).waitFor();
      await session.screenshot(page, `today-hr-${locale}-${width === phone ? '375' : 'desktop'}`);
      if (width === phone) {
        // Nothing is wider than the phone's screen.
        await expectNoSidewaysScroll(page);
      }
      await waiting.getByRole('link', { name: late!.fullName }).click();
      await page.waitForURL(`**/candidates/${late!.id}`);
      await page.getByRole('heading', { name: late!.fullName }).first().waitFor();
      await page.context().close();
    }
  }
});

test('a hiring manager sees their interviews and opens the kit from Today; the job list stays in the nav', async () => {
  const page = await session.signedInPage('user@demo.seleksi.id', { locale: 'en' });
  await page.getByRole('heading', { name: 'Today', level: 1 }).waitFor();
  const agenda = page.getByRole('region', { name: 'Interviews' });
  const item = agenda.locator('.today__link').first();
  await item.waitFor();
  await page.getByRole('region', { name: 'Candidates HR passed to you' }).waitFor();
  await session.screenshot(page, 'today-manager-en-desktop');
  const name = (await item.textContent())!.replace(/^(Today|This week|Later)\s*/, '').trim();
  await item.click();
  await page.waitForURL(/\/applications\/[0-9a-f-]{36}\/interviews\/(hr|user)$/);
  await page.getByRole('heading', { name: new RegExp(name) }).waitFor();

  await page.locator('nav.topbar__nav').getByRole('link', { name: 'Jobs' }).click();

  // The jobs list, not Today still on screen (its per-job links lead elsewhere).

  await page.waitForURL(/\/jobs$/);
  await page.locator('.job-card').first().waitFor();
  await page.context().close();
});

test('an interviewer lands on Today at 375 px: the scorecard they owe, overdue, and an empty agenda', async () => {
  // The demo interviewer sat on a user interview days ago and has not scored it yet.
  const owed = await session.db.query<{
    candidateName: string;
    applicationId: string;
    stage: string;
  }>(
    `SELECT c.full_name AS "candidateName", i.application_id AS "applicationId", i.stage
     FROM interviews i JOIN applications a ON a.id = i.application_id
     JOIN candidates c ON c.id = a.candidate_id
     JOIN users u ON u.email = 'interviewer@demo.seleksi.id' AND u.id = ANY (i.interviewer_ids)
     WHERE i.status = 'scheduled' AND i.starts_at < now()
       AND NOT EXISTS (SELECT 1 FROM scorecards s WHERE s.application_id = i.application_id
         AND s.stage = i.stage AND s.interviewer_id = u.id AND s.submitted_at IS NOT NULL)`,
  );
  expect(owed).toHaveLength(1);
  const { candidateName, applicationId, stage } = owed[0]!;
  for (const [locale, heading, section, overdue, agenda, noInterviews] of [
    [
      'en',
      'Today',
      'Scorecards you have not submitted',
      'Overdue',
      'Interviews',
      'No interviews booked for the days ahead.',
    ],
    [
      'id',
      'Hari ini',
      'Scorecard yang belum Anda kirim',
      'Terlambat',
      'Jadwal interview',
      'Tidak ada interview terjadwal untuk hari-hari ke depan.',
    ],
  ] as const) {
    const page = await session.signedInPage('interviewer@demo.seleksi.id', {
      locale,
      width: phone,
    });
    await page.getByRole('heading', { name: heading, level: 1 }).waitFor();
    const scorecards = page.getByRole('region', { name: section });
    const item = scorecards.locator('.today__item');
    await item.first().waitFor();
    expect(await item.count()).toBe(1);
    expect(await item.locator('.pill').textContent()).toBe(overdue);
    await page.getByRole('region', { name: agenda }).getByText(noInterviews).waitFor();
    // No HR or hiring-manager sections for an interviewer.
    expect(await page.locator('.today__section').count()).toBe(2);
    await expectNoSidewaysScroll(page);
    await session.screenshot(page, `today-interviewer-${locale}-375`);
    // The item opens the kit's online scorecard; the printable form is one link away from it.
    await item.getByRole('link', { name: candidateName }).click();
    await page.waitForURL(`**/applications/${applicationId}/interviews/${stage}#scorecard`);
    // It opens at the scorecard, not at the top of a long kit.
    await expect.poll(() => page.locator('#scorecard-title').isVisible()).toBe(true);
    await expect.poll(() => page.evaluate(() => window.scrollY)).toBeGreaterThan(0);
    const print = page.getByRole('link', {
      name: locale === 'en' ? 'Print form' : 'Cetak formulir',
    });
    expect(await print.getAttribute('href')).toBe(
      `/applications/${applicationId}/interviews/${stage}/form`,
    );
    if (screenshotsWanted) {
      await page.screenshot({ path: `${screenshotDir}/today-interviewer-kit-${locale}-375.png` });
    }
    await page.context().close();
  }
});

test("HR finds the user's verdict on Today, in id and en at 375 px, and opens the candidate", async () => {
  // The hiring manager turns down a candidate of their job at the user interview.
  const [atUser] = await session.db.query<{ id: string; candidateId: string; fullName: string }>(
    `SELECT a.id, c.id AS "candidateId", c.full_name AS "fullName"
     FROM applications a
     JOIN candidates c ON c.id = a.candidate_id
     JOIN jobs j ON j.id = a.job_id AND j.status = 'open'
     JOIN job_team_members m ON m.job_id = j.id AND m.team_role = 'hiring_manager'
     JOIN users u ON u.id = m.user_id AND u.email = 'user@demo.seleksi.id'
     WHERE a.stage = 'user_interview' ORDER BY a.created_at LIMIT 1`,
  );
  expect(atUser).toBeDefined();
  const manager = await session.signedInPage('user@demo.seleksi.id', { locale: 'en' });
  const rejected = await manager.request.post(
    `${session.baseUrl}/api/applications/${atUser!.id}/move`,
    { data: { toStage: 'rejected', rejectionReason: 'failed_user_interview' } },
  );
  expect(rejected.status()).toBe(200);
  await manager.context().close();

  for (const [locale, section, verdict] of [
    ['id', 'Keputusan user yang perlu ditindaklanjuti', 'Tidak lolos: kirim kabar ke kandidat'],
    ['en', "The user's verdicts to follow up", 'Not passed: tell the candidate'],
  ] as const) {
    const page = await session.signedInPage('hr@demo.seleksi.id', { locale, width: phone });
    const verdicts = page.getByRole('region', { name: section });
    const item = verdicts.getByRole('link', { name: new RegExp(atUser!.fullName) });
    await item.waitFor();
    expect(await item.textContent()).toContain(verdict);
    await session.screenshot(page, `today-user-verdicts-${locale}-375`);
    await expectNoSidewaysScroll(page);
    await item.click();
    await page.waitForURL(`**/candidates/${atUser!.candidateId}`);
    await page.getByRole('heading', { name: atUser!.fullName }).first().waitFor();
    await page.context().close();
  }

  // HR called the candidate: marked told on their page, no e-mail, and Today lets it go.
  const hr = await session.signedInPage('hr@demo.seleksi.id', {
    locale: 'en',
    path: `/candidates/${atUser!.candidateId}`,
  });
  const untold = hr.getByRole('region', {
    name: 'The candidate has not been told of the rejection',
  });
  await untold.getByRole('button', { name: 'Told by phone' }).click();
  await expect.poll(() => untold.count()).toBe(0);
  const mails = await session.db.query(
    `SELECT 1 FROM email_messages WHERE application_id = $1 AND template = 'rejection'`,
    [atUser!.id],
  );
  expect(mails).toHaveLength(0);
  await hr.goto(`${session.baseUrl}/`);
  await hr.getByRole('region', { name: "The user's verdicts to follow up" }).waitFor();
  await expect
    .poll(() =>
      hr
        .getByRole('region', { name: "The user's verdicts to follow up" })
        .getByRole('link', { name: new RegExp(atUser!.fullName) })
        .count(),
    )
    .toBe(0);
  await hr.context().close();
});

test("an offer accepted in the portal shows on HR's Today as starting soon, and in the history as the candidate's, in id and en", async () => {
  const offer = await demoSentOffer(session, jakartaDay(7), jakartaDay(20));
  const candidate = await session.newPage({ locale: 'id' });
  const accepted = await candidate.request.post(
    `${session.baseUrl}/api/portal/${offer.token}/offer/accept`,
    { data: { signedName: offer.name, consent: true } },
  );
  expect(accepted.status()).toBe(200);
  await candidate.context().close();

  for (const [locale, section, item, history] of [
    [
      'id',
      'Segera mulai bekerja',
      'Penawaran diterima: mulai bekerja',
      'Kandidat menerima penawaran: mulai bekerja',
    ],
    ['en', 'Starting soon', 'Offer accepted: starts', 'The candidate accepted the offer: starts'],
  ] as const) {
    const page = await session.signedInPage('hr@demo.seleksi.id', { locale, width: phone });
    const starting = page.getByRole('region', { name: section });
    const link = starting.getByRole('link', { name: offer.name });
    await link.waitFor();
    // The link's item (its parent) says what happened and when the candidate starts.
    expect(await link.locator('..').textContent()).toContain(item);
    await session.screenshot(page, `today-starting-soon-${locale}-375`);
    await link.click();
    await page.waitForURL(`**/candidates/${offer.candidateId}`);
    // The application's history, among the interviews' schedule histories (also `.history`).
    await expect
      .poll(async () => (await page.locator('.history').allTextContents()).join('\n'))
      .toContain(history);
    await page.context().close();
  }
});

test("a hiring manager's candidate booked ahead opens the kit; once no interview is booked, the booking form (id, en)", async () => {
  // A candidate passed to user@ (their job, at the user interview) with a user interview booked ahead.
  const [passed] = await session.db.query<{
    applicationId: string;
    candidateId: string;
    fullName: string;
    interviewId: string;
  }>(
    `SELECT a.id AS "applicationId", a.candidate_id AS "candidateId", c.full_name AS "fullName",
       i.id AS "interviewId"
     FROM applications a JOIN candidates c ON c.id = a.candidate_id
     JOIN jobs j ON j.id = a.job_id AND j.status = 'open'
     JOIN job_team_members m ON m.job_id = j.id AND m.team_role = 'hiring_manager'
     JOIN users u ON u.id = m.user_id AND u.email = 'user@demo.seleksi.id'
     JOIN interviews i ON i.application_id = a.id AND i.stage = 'user' AND i.status = 'scheduled'
       AND i.starts_at > now()
     WHERE a.stage = 'user_interview'
       AND NOT EXISTS (SELECT 1 FROM scorecards s WHERE s.application_id = a.id AND s.stage = 'user'
         AND s.submitted_at IS NOT NULL)
     ORDER BY a.created_at LIMIT 1`,
  );
  expect(passed, 'a candidate passed to user@ with a user interview booked ahead').toBeDefined();
  const todayItem = async (locale: 'id' | 'en', section: string) => {
    const page = await session.signedInPage('user@demo.seleksi.id', { locale, width: phone });
    const item = page
      .getByRole('region', { name: section })
      .getByRole('link', { name: new RegExp(passed!.fullName) });
    await item.waitFor();
    return { page, item };
  };
  const kit = `/applications/${passed!.applicationId}/interviews/user`;
  const booked = await todayItem('en', 'Candidates HR passed to you');
  expect(await booked.item.getAttribute('href')).toBe(kit);
  await booked.page.context().close();

  const hr = await session.signedInPage('hr@demo.seleksi.id', { locale: 'en' });
  const cancelled = await hr.request.post(
    `${session.baseUrl}/api/interviews/${passed!.interviewId}/cancel`,
    { data: { reason: 'The manager books a new time.' } },
  );
  expect(cancelled.status(), await cancelled.text()).toBe(200);
  await hr.context().close();

  for (const [locale, section, notBooked, form] of [
    [
      'id',
      'Kandidat yang diteruskan HR kepada Anda',
      'Belum dijadwalkan',
      /^Jadwalkan interview user$/i,
    ],
    ['en', 'Candidates HR passed to you', 'Not booked yet', /^Schedule the user interview$/i],
  ] as const) {
    const { page, item } = await todayItem(locale, section);
    const row = item.locator('xpath=..');
    expect(await row.textContent()).toContain(notBooked);
    await item.click();
    await page.waitForURL(`**/candidates/${passed!.candidateId}?book=${passed!.applicationId}`);
    await page.getByRole('dialog').getByRole('heading', { name: form }).waitFor();
    await session.screenshot(page, `today-manager-book-${locale}-375`);
    await page.context().close();
  }
});

test("HR sees a candidate's reschedule request first on Today, and on the interview's own line", async () => {
  // A booked interview in the coming days whose candidate asks for another time.
  const [asked] = await session.db.query<{ fullName: string }>(
    `UPDATE interviews i SET candidate_response = 'reschedule_requested'
     FROM applications a, candidates c
     WHERE a.id = i.application_id AND c.id = a.candidate_id
       AND i.id = (SELECT id FROM interviews WHERE status = 'scheduled'
                   AND starts_at > now() AND starts_at < now() + interval '6 days'
                   ORDER BY starts_at LIMIT 1)
     RETURNING c.full_name AS "fullName"`,
  );
  expect(asked).toBeDefined();
  for (const [locale, section, agenda, note] of [
    ['en', 'Reschedule requests', 'Interviews', 'The candidate asked for another time'],
    ['id', 'Permintaan jadwal ulang', 'Jadwal interview', 'Kandidat meminta jadwal lain'],
  ] as const) {
    const page = await session.signedInPage('hr@demo.seleksi.id', { locale });
    const requests = page.getByRole('region', { name: section });
    await requests.getByRole('link', { name: asked!.fullName }).waitFor();
    // The first section of the page, above the long lists.
    const firstSection = page.locator('section.today__section').first();
    await expect.poll(() => firstSection.getAttribute('aria-label')).toBe(section);
    const line = page
      .getByRole('region', { name: agenda, exact: true })
      .getByRole('listitem')
      .filter({ hasText: asked!.fullName });
    await expect.poll(() => line.textContent()).toContain(note);
    await page.context().close();
  }
});
