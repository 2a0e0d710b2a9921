import { afterAll, beforeAll, expect, test } from 'vitest';
import { ensurePortalToken } from '../../src/services/portal/portal-link-service';
import { startBrowserSession, type BrowserSession } from './browser';
import { expectNoSidewaysScroll } from './page-width';

let session: BrowserSession;
/** Two demo candidates at the HR interview, booked, nobody scored: their time is made to pass. */
let missed: { id: string; applicationId: string; interviewId: string }[];

beforeAll(async () => {
  session = await startBrowserSession();
  missed = await session.db.query(
    `SELECT c.id, a.id AS "applicationId", i.id AS "interviewId" FROM interviews i
     JOIN applications a ON a.id = i.application_id
     JOIN candidates c ON c.id = a.candidate_id
     WHERE a.stage = 'hr_interview' AND i.stage = 'hr' AND i.status = 'scheduled'
       AND NOT i.recorded
       AND NOT EXISTS (SELECT 1 FROM scorecards s WHERE s.application_id = a.id
                       AND s.stage = 'hr' AND s.submitted_at IS NOT NULL)
     ORDER BY c.full_name LIMIT 2`,
  );
  // The booked time began two hours ago (the demo books them ahead).
  await session.db.query(
    `UPDATE interviews SET starts_at = now() - interval '2 hours' WHERE id = ANY($1::uuid[])`,
    [missed.map((row) => row.interviewId)],
  );
});
afterAll(() => session?.close());

const candidateMail = (applicationId: string) =>
  session.db.query<{ template: string; body: string }>(
    `SELECT template, body FROM email_messages
      WHERE application_id = $1 AND template = 'interview_missed'`,
    [applicationId],
  );

test('HR records that the candidate did not come: the card reads so, the stage is to book again', async () => {
  expect(missed).toHaveLength(2);
  const candidate = missed[0]!;
  const page = await session.signedInPage('hr@demo.seleksi.id', {
    locale: 'id',
    path: `/candidates/${candidate.id}`,
  });
  const card = page.getByTestId('interview-card');
  await card.getByRole('button', { name: 'Kandidat tidak hadir' }).click();
  const dialog = page.getByRole('dialog');
  await dialog.getByRole('heading', { name: 'Kandidat tidak hadir di Interview HR?' }).waitFor();
  await dialog
    .getByLabel('Catatan internal (hanya untuk staf, tidak dikirim)')
    .fill('Ditelepon dua kali, tidak diangkat.');
  await dialog.getByRole('button', { name: 'Catat: tidak hadir' }).click();
  await expect.poll(() => dialog.count()).toBe(0);
  await expect.poll(() => card.textContent()).toContain('Tidak hadir');
  expect(await card.getByRole('button', { name: 'Ubah jadwal' }).count()).toBe(0);
  await card.getByText('Riwayat jadwal', { exact: false }).click();
  expect(await card.textContent()).toContain('mencatat kandidat tidak hadir');
  await page.getByRole('button', { name: 'Jadwalkan interview HR' }).waitFor();
  // Not ticked: the candidate got nothing.
  expect(await candidateMail(candidate.applicationId)).toEqual([]);
});

test('on a phone, in English, with the kind e-mail to the candidate (without the note)', async () => {
  const candidate = missed[1]!;
  const page = await session.signedInPage('hr@demo.seleksi.id', {
    locale: 'en',
    width: 375,
    path: `/candidates/${candidate.id}`,
  });
  const card = page.getByTestId('interview-card');
  await card.getByRole('button', { name: 'Candidate did not come' }).click();
  const dialog = page.getByRole('dialog');
  await dialog.getByLabel('Internal note (staff only, never sent)').fill('No answer on the phone.');
  await dialog.getByLabel('Send the candidate a short, kind e-mail', { exact: false }).check();
  await session.screenshot(page, 'no-show-dialog-en-375');
  await expectNoSidewaysScroll(page);
  await dialog.getByRole('button', { name: 'Record: did not come' }).click();
  await expect.poll(() => dialog.count()).toBe(0);
  await expect.poll(() => card.textContent()).toContain('Did not come');
  await session.screenshot(page, 'no-show-card-en-375');
  await expectNoSidewaysScroll(page);
  const mail = await candidateMail(candidate.applicationId);
  expect(mail).toHaveLength(1);
  expect(mail[0]!.body).not.toContain('No answer on the phone');
});

test('afterwards the portal says kindly the interview was missed, the kit that the candidate did not come, Reports count it', async () => {
  // Runs after the two tests above: both candidates did not come.
  const [first, second] = missed;
  const portalPage = async (applicationId: string, width?: number) => {
    return session.newPage({
      width,
      at: `/portal/${await ensurePortalToken(session.db, applicationId)}`,
    });
  };
  const id = await portalPage(first!.applicationId);
  const missedCard = id.getByTestId('portal-missed');
  await missedCard.waitFor();
  expect(await missedCard.textContent()).toContain('Tim HR akan menghubungi Anda');
  expect(await id.textContent('body')).not.toContain('Ditelepon');
  await session.screenshot(id, 'no-show-portal-id');

  await session.db.query(`UPDATE candidates SET locale = 'en' WHERE id = $1`, [second!.id]);
  const en = await portalPage(second!.applicationId, 375);
  await en.getByTestId('portal-missed').getByText('We missed you').waitFor();
  await session.screenshot(en, 'no-show-portal-en-375');
  await expectNoSidewaysScroll(en);

  const kit = await session.signedInPage('hr@demo.seleksi.id', {
    locale: 'en',
    path: `/applications/${second!.applicationId}/interviews/hr`,
  });
  await kit.getByTestId('scorecard-closed').getByText('The candidate did not come').waitFor();
  await session.screenshot(kit, 'no-show-kit-en');

  for (const locale of ['id', 'en'] as const) {
    const reports = await session.signedInPage('hr@demo.seleksi.id', {
      locale,
      path: '/reports#attendance',
    });
    const section = reports.locator('#attendance');
    const noShows = locale === 'id' ? 'Tidak hadir' : 'Did not come';
    await section.getByRole('columnheader', { name: noShows, exact: true }).waitFor();
    // Every job together, HR interview: at least the two recorded here.
    const allJobs = section.getByRole('row').nth(1);
    const cells = await allJobs.getByRole('cell').allTextContents();
    expect(Number(cells[2])).toBeGreaterThanOrEqual(2);
    await session.screenshot(reports, `reports-attendance-${locale}`);
  }
});
