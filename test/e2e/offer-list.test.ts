import { afterAll, beforeAll, expect, test } from 'vitest';
import { recordApplication, recordOffer } from '../support/report-history';
import { startBrowserSession, type BrowserSession } from './browser';
import { expectNoSidewaysScroll } from './page-width';

let session: BrowserSession;
/** The offers made here, on the demo hiring manager's job: one declined, one awaiting an answer. */
const made = { declined: '', sent: '', declinedName: '' };

beforeAll(async () => {
  session = await startBrowserSession();
  const [job] = await session.db.query<{ jobId: string }>(
    `SELECT m.job_id AS "jobId" FROM job_team_members m JOIN users u ON u.id = m.user_id
     WHERE u.email = 'user@demo.seleksi.id' AND m.team_role = 'hiring_manager' LIMIT 1`,
  );
  for (const kind of ['decline', 'waiting'] as const) {
    const { applicationId, candidateId } = await recordApplication(session, job!.jobId);
    await recordOffer(
      session,
      applicationId,
      kind === 'decline' ? 9_750_000 : 9_250_000,
      kind === 'decline' ? { kind, days: 2, reason: 'salary' } : { kind },
    );
    const [row] = await session.db.query<{ id: string; name: string }>(
      `SELECT o.id, c.full_name AS name FROM offers o, candidates c
       WHERE o.application_id = $1 AND c.id = $2`,
      [applicationId, candidateId],
    );
    if (kind === 'decline') [made.declined, made.declinedName] = [row!.id, row!.name];
    else made.sent = row!.id;
  }
});
afterAll(() => session?.close());

test('HR opens the offers list, filters by status and follows an offer to the candidate', async () => {
  const page = await session.signedInPage('hr@demo.seleksi.id', { locale: 'id' });
  await page.getByRole('link', { name: 'Penawaran', exact: true }).click();
  await page.getByRole('heading', { name: 'Penawaran kerja' }).waitFor();
  const lines = page.getByTestId('offer-line');
  await lines.first().waitFor();
  await page.getByLabel('Status').selectOption({ label: 'Ditolak kandidat' });
  await expect.poll(() => page.url()).toContain('status=declined');
  const declined = lines.filter({ hasText: made.declinedName });
  await declined.waitFor();
  // Rupiah as the app writes it, with a no-break space after Rp.
  await expect.poll(() => declined.textContent()).toMatch(/Rp\s9\.750\.000/);
  // Only declined offers are left, the sent one is gone.
  await expect
    .poll(async () => (await lines.allTextContents()).every((l) => l.includes('Ditolak kandidat')))
    .toBe(true);
  await session.screenshot(page, 'offer-list-declined-id');
  await declined.getByRole('link', { name: made.declinedName }).click();
  // The offer's own page first; HR goes on from there to the candidate.
  await expect.poll(() => page.url()).toContain(`/offers/${made.declined}`);
  await page.getByRole('link', { name: 'Buka halaman kandidat' }).click();
  await expect.poll(() => page.url()).toContain(`#offer-${made.declined}`);
  await page
    .locator(`#offer-${made.declined}`)
    .getByTestId('offer-status')
    .filter({ hasText: 'Ditolak kandidat' })
    .waitFor();
});

test('in English at phone width the list fits and the offers report links to it', async () => {
  const page = await session.signedInPage('hr@demo.seleksi.id', {
    locale: 'en',
    width: 375,
    path: '/reports#offers',
  });
  await page.getByTestId('offer-list-link').click();
  await page.getByRole('heading', { name: 'Job offers' }).waitFor();
  await page.getByLabel('Status').selectOption({ label: 'Sent to the candidate' });
  const sent = page.getByTestId('offer-line').filter({ hasText: 'Rp 9.250.000' });
  await sent.waitFor();
  // Until when it is valid, and how soon it ends (it was sent with a week to answer).
  await expect.poll(() => sent.textContent()).toMatch(/Sent .*Valid until .*expires in \d days/);
  await page.getByLabel('Expiring within 7 days').check();
  await expect.poll(() => page.url()).toContain('expiring=1');
  await sent.waitFor();
  expect(await page.getByTestId('offer-line').filter({ hasText: 'Declined' }).count()).toBe(0);
  await expectNoSidewaysScroll(page);
  await session.screenshot(page, 'offer-list-sent-en-375');
});

test('an interviewer who opens the offers address reads that offers are not for their role', async () => {
  const page = await session.signedInPage('interviewer@demo.seleksi.id', {
    locale: 'en',
    path: '/offers',
  });
  await page.getByRole('heading', { name: 'Job offers' }).waitFor();
  await expect
    .poll(() => page.getByTestId('not-for-role').textContent())
    .toContain('not for your role');
  // Neither filters nor a "try again" that cannot help.
  expect(await page.getByRole('search').count()).toBe(0);
  expect(await page.getByRole('button', { name: 'Try again' }).count()).toBe(0);
  await session.screenshot(page, 'offers-not-for-role-en-desktop');
  // One offer's address, in Indonesian on a phone: the route's rule and the offers' own words.
  const phone = await session.signedInPage('interviewer@demo.seleksi.id', {
    locale: 'id',
    width: 375,
    path: `/offers/${made.sent}`,
  });
  await phone.getByRole('heading', { name: 'Penawaran kerja' }).waitFor();
  expect(await phone.getByTestId('not-for-role').textContent()).toContain('bukan untuk peran Anda');
  await session.screenshot(phone, 'offers-not-for-role-id-375');
});

test('pages of other roles read one plain line for an interviewer and a hiring manager, no form', async () => {
  const interviewer = await session.signedInPage('interviewer@demo.seleksi.id', {
    locale: 'id',
    width: 375,
    path: '/candidates/import',
  });
  for (const path of ['/candidates/import', '/jobs/new', '/settings/users', '/outbox']) {
    await interviewer.goto(`${session.baseUrl}${path}`);
    await expect
      .poll(() => interviewer.getByTestId('not-for-role').textContent())
      .toContain('bukan bagian dari peran Anda');
    expect(await interviewer.locator('main form, main input[type="file"]').count(), path).toBe(0);
  }
  // A job's board and screening page show all its people: the interviewer reads the same line,
  // and the nav offers no job list to reach them from.
  const jobs = await (await interviewer.request.get(`${session.baseUrl}/api/jobs`)).json();
  const jobId = (jobs as { items: { id: string }[] }).items[0]!.id;
  for (const path of [`/jobs/${jobId}`, `/jobs/${jobId}/screening`]) {
    await interviewer.goto(`${session.baseUrl}${path}`);
    await expect
      .poll(() => interviewer.getByTestId('not-for-role').textContent())
      .toContain('bukan bagian dari peran Anda');
  }
  const nav = interviewer.locator('nav.topbar__nav');
  await nav.getByRole('link', { name: 'Interview saya' }).waitFor();
  expect(await nav.getByRole('link', { name: 'Lowongan' }).count()).toBe(0);
  await session.screenshot(interviewer, 'not-for-role-interviewer-id-375');
  const manager = await session.signedInPage('user@demo.seleksi.id', {
    locale: 'en',
    path: '/jobs/new',
  });
  await expect
    .poll(() => manager.getByTestId('not-for-role').textContent())
    .toContain('not part of your role');
  expect(await manager.locator('main form').count()).toBe(0);
});
