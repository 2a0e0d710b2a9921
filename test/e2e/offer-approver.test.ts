import type { Page } from 'playwright-core';
import { afterAll, beforeAll, expect, test } from 'vitest';
import { recordApplication, recordOffer } from '../support/report-history';
import { startBrowserSession, type BrowserSession } from './browser';
import { expectNoSidewaysScroll } from './page-width';

/**
 * Issue 18: the company's named offer approver is not on the job's hiring team, so may not open
 * the candidate's page. Today, the approval e-mail and the offers list lead to the offer's own
 * page, where they approve it. user@ (a hiring manager of other jobs) is named approver here.
 */
let session: BrowserSession;
const offers: { id: string; name: string }[] = [];

beforeAll(async () => {
  session = await startBrowserSession();
  const [job] = await session.db.query<{ id: string }>(
    `SELECT j.id FROM jobs j WHERE NOT EXISTS (
       SELECT 1 FROM job_team_members m JOIN users u ON u.id = m.user_id
       WHERE m.job_id = j.id AND u.email = 'user@demo.seleksi.id') LIMIT 1`,
  );
  // A band the offers sit inside: approval is asked by the company's rule only.
  await session.db.query(
    'UPDATE jobs SET salary_min = 10000000, salary_max = 13000000 WHERE id = $1',
    [job!.id],
  );
  await session.db.query(
    `UPDATE offer_settings SET every_offer_needs_approval = true,
       approver_id = (SELECT id FROM users WHERE email = 'user@demo.seleksi.id')`,
  );
  for (const salary of [11_250_000, 11_750_000]) {
    const { applicationId, candidateId } = await recordApplication(session, job!.id);
    await recordOffer(session, applicationId, salary, { kind: 'awaiting_approval' });
    const [row] = await session.db.query<{ id: string; name: string }>(
      `SELECT o.id, c.full_name AS name FROM offers o, candidates c
       WHERE o.application_id = $1 AND c.id = $2`,
      [applicationId, candidateId],
    );
    offers.push(row!);
  }
  // The first candidate said on the apply form what they expect.
  await session.db.query(
    `INSERT INTO salary_expectations (application_id, monthly_amount, source)
     SELECT application_id, 12000000, 'apply_form' FROM offers WHERE id = $1`,
    [offers[0]!.id],
  );
});
afterAll(() => session?.close());

const offerStatus = (page: Page) => page.getByTestId('offer-status').textContent();

async function approve(page: Page, buttons: { approve: string; submit: string }) {
  await page.getByTestId('offer').getByRole('button', { name: buttons.approve }).click();
  await page.getByRole('dialog').getByRole('button', { name: buttons.submit }).click();
  await page.getByRole('dialog').waitFor({ state: 'detached' });
}

test('the named approver follows Today to the offer and approves it (id)', async () => {
  const [offer] = offers;
  const page = await session.signedInPage('user@demo.seleksi.id', { locale: 'id' });
  const waiting = page
    .locator('section')
    .filter({ hasText: 'Penawaran yang menunggu persetujuan Anda' });
  await waiting.getByRole('link', { name: offer!.name }).click();
  await expect.poll(() => page.url()).toContain(`/offers/${offer!.id}`);
  await page.getByRole('heading', { name: `Penawaran kerja untuk ${offer!.name}` }).waitFor();
  // The terms to judge, and no way onto the candidate's page, which is not theirs to open.
  await expect.poll(() => page.getByTestId('offer').textContent()).toMatch(/Rp\s11\.250\.000/);
  expect(await page.getByRole('link', { name: 'Buka halaman kandidat' }).count()).toBe(0);
  expect(await offerStatus(page)).toBe('Menunggu persetujuan');
  // What to decide against: the band (the offer sits inside it) and what the candidate expects.
  expect(await page.getByTestId('offer-band').textContent()).toMatch(
    /^Rentang gaji lowongan: Rp\s10\.000\.000 – Rp\s13\.000\.000$/,
  );
  expect(await page.getByTestId('offer-expected-salary').textContent()).toMatch(
    /^Harapan gaji kandidat: Rp\s12\.000\.000 per bulan/,
  );
  // Whom it waits for, and that one approval will do.
  expect(await page.getByTestId('offer-approvers').textContent()).toMatch(
    /^Menunggu persetujuan dari .*Budi Hartono.*\. Satu persetujuan sudah cukup\.$/,
  );
  await approve(page, { approve: 'Setujui', submit: 'Setujui penawaran' });
  await expect.poll(() => offerStatus(page)).toBe('Disetujui');
  expect(await page.getByTestId('offer-approvals').textContent()).toContain('Budi Hartono');
  await session.screenshot(page, 'offer-page-approved-id');
});

test('on a phone in English the approver opens the offer from the list and approves it', async () => {
  const [, offer] = offers;
  const page = await session.signedInPage('user@demo.seleksi.id', {
    locale: 'en',
    width: 375,
    path: '/offers?status=awaiting_approval',
  });
  const line = page.getByTestId('offer-line').filter({ hasText: offer!.name });
  // The list says whom the offer waits for.
  await expect
    .poll(() => line.getByTestId('offer-line-waiting').textContent())
    .toMatch(/^Waiting for approval from .*Budi Hartono/);
  await line.getByRole('link', { name: offer!.name }).click();
  await page.getByRole('heading', { name: `Job offer for ${offer!.name}` }).waitFor();
  expect(await page.getByTestId('offer-band').textContent()).toMatch(
    /^The job's salary band: Rp\s10\.000\.000 – Rp\s13\.000\.000$/,
  );
  // No expectation was recorded for this candidate: said so.
  expect(await page.getByTestId('offer-expected-salary').textContent()).toBe(
    "The candidate's expected salary is not recorded.",
  );
  await approve(page, { approve: 'Approve', submit: 'Approve offer' });
  await expect.poll(() => offerStatus(page)).toBe('Approved');
  await expectNoSidewaysScroll(page);
  await session.screenshot(page, 'offer-page-approved-en-375');
});

test('an interviewer who opens an offer reads that offers are not for their role', async () => {
  const page = await session.signedInPage('interviewer@demo.seleksi.id', {
    locale: 'en',
    path: `/offers/${offers[0]!.id}`,
  });
  await expect
    .poll(() => page.getByTestId('not-for-role').textContent())
    .toContain('not for your role');
  expect(await page.getByRole('button', { name: 'Try again' }).count()).toBe(0);
});
