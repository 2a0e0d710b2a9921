import type { Page } from 'playwright-core';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, expect, test } from 'vitest';
import { jakartaTime } from '../support/jakarta-time';
import { screenshotsWanted, startBrowserSession, type BrowserSession } from './browser';

/**
 * Issue 15's journey: HR passes the HR gate, the hiring manager decides only after the user
 * interview (or with a written override), and the candidate's portal shows the offer stage with
 * no stale interview. Screenshots go to this run's temp dir.
 */
let session: BrowserSession;
let candidate: { id: string; applicationId: string; fullName: string };
let hrId: string;
let managerId: string;
const shots = mkdtempSync(join(tmpdir(), 'seleksi-workflow-journey-'));

beforeAll(async () => {
  session = await startBrowserSession();
  // A Customer Service Officer candidate at the HR interview with no interview booked yet
  // (the job has no test stage, so passing HR leads straight to the user interview).
  const [row] = await session.db.query<{ id: string; applicationId: string; fullName: string }>(
    `SELECT c.id, a.id AS "applicationId", c.full_name AS "fullName" FROM applications a
     JOIN candidates c ON c.id = a.candidate_id JOIN jobs j ON j.id = a.job_id
     WHERE a.stage = 'hr_interview' AND j.title = 'Customer Service Officer'
       AND NOT EXISTS (SELECT 1 FROM interviews i WHERE i.application_id = a.id)
     ORDER BY c.full_name LIMIT 1`,
  );
  candidate = row!;
  const users = await session.db.query<{ id: string; email: string }>(
    `SELECT id, email FROM users WHERE email IN ('hr@demo.seleksi.id', 'maya@demo.seleksi.id')`,
  );
  hrId = users.find((u) => u.email === 'hr@demo.seleksi.id')!.id;
  managerId = users.find((u) => u.email === 'maya@demo.seleksi.id')!.id;
});
afterAll(() => session?.close());

async function shot(page: Page, name: string) {
  if (screenshotsWanted)
    await page.screenshot({ path: join(shots, `${name}.png`), fullPage: true });
}

/** Books an interview through the API (as the signed-in HR page) and returns its id. */
async function schedule(page: Page, stage: 'hr' | 'user', interviewerIds: string[]) {
  const response = await page.request.post(
    `${session.baseUrl}/api/applications/${candidate.applicationId}/interviews`,
    {
      data: {
        stage,
        localStart: jakartaTime(5, 10),
        timeZone: 'Asia/Jakarta',
        durationMinutes: 60,
        mode: 'online',
        meetingUrl: 'https://meet.example/seleksi-journey',
        interviewerIds,
        locale: 'id',
      },
    },
  );
  expect(response.status()).toBe(201);
  return ((await response.json()) as { id: string }).id;
}

/** The interview took place yesterday (booking in the past is not allowed, so the clock moves). */
async function holdInThePast(interviewId: string) {
  await session.db.query(
    `UPDATE interviews SET starts_at = now() - interval '1 day' WHERE id = $1`,
    [interviewId],
  );
}

/** Rates every attribute group on the kit page (and the recommendation) with one answer. */
async function rateAll(page: Page, answer: string) {
  await page.locator('.scorecard').waitFor();
  const groups = page.locator('.scorecard fieldset.rating');
  const count = await groups.count();
  for (let i = 0; i < count; i++) await groups.nth(i).getByLabel(answer, { exact: true }).check();
}

test('HR passes the HR gate: the candidate is at the user interview and the HR interview shows completed (id)', async () => {
  const page = await session.signedInPage('hr@demo.seleksi.id', { locale: 'id' });
  await holdInThePast(await schedule(page, 'hr', [hrId]));

  await page.goto(`${session.baseUrl}/applications/${candidate.applicationId}/interviews/hr`);
  await rateAll(page, 'Ya');
  await page.getByLabel('Ringkasan').fill('Komunikasi jelas, empati terhadap pelanggan terlihat.');
  await page.getByRole('button', { name: 'Kirim scorecard' }).click();
  await expect
    .poll(() => page.locator('.scorecard [role=status]').textContent())
    .toContain('Terkirim');

  await page.goto(`${session.baseUrl}/candidates/${candidate.id}`);
  const decision = page.locator('.decision__form');
  // The panel's recommendation reads as its word, not as a figure ("3.00").
  await expect
    .poll(() => page.locator('.stage-score').allTextContents())
    .toContainEqual(expect.stringContaining('Rekomendasi Ya dari 1 scorecard'));
  await decision.getByLabel('Lanjutkan').check();
  await decision.getByRole('button', { name: 'Simpan keputusan' }).click();
  await expect
    .poll(() => page.getByTestId('application-stage').first().textContent())
    .toBe('Interview user');
  const card = page.getByTestId('interview-card');
  await expect.poll(() => card.first().textContent()).toContain('Selesai');
  expect(await card.first().textContent()).not.toContain('Terjadwal');
  expect(await card.first().getByRole('button', { name: 'Ubah jadwal' }).count()).toBe(0);
  await shot(page, 'hr-gate-passed-id');
});

test('the hiring manager is told a scorecard comes first before the user interview, then decides after it (en, 375 px)', async () => {
  const hr = await session.signedInPage('hr@demo.seleksi.id', { locale: 'en' });
  const userInterview = await schedule(hr, 'user', [managerId]);

  const manager = await session.signedInPage('maya@demo.seleksi.id', {
    locale: 'en',
    width: 375,
    path: `/candidates/${candidate.id}`,
  });
  const form = manager.locator('.decision__form');
  // Nobody has scored: no reason would let Advance through, so the form says so before the click
  // and offers the manager's own scorecard instead (only Hold can be recorded now).
  await expect
    .poll(() => form.getByTestId('decision-unscored').textContent())
    .toContain('Advance and Reject need at least one');
  expect(await form.getByLabel('Advance').isDisabled()).toBe(true);
  expect(await form.getByLabel('Hold').isDisabled()).toBe(false);
  expect(await form.getByRole('link', { name: 'Write your scorecard' }).getAttribute('href')).toBe(
    `/applications/${candidate.applicationId}/interviews/user`,
  );
  await shot(manager, 'verdict-needs-scorecard-en-375');
  expect(await manager.getByTestId('application-stage').first().textContent()).toBe(
    'User interview',
  );

  // The interview took place and the panel scored it: the verdict goes through at once.
  await holdInThePast(userInterview);
  await manager.goto(`${session.baseUrl}/applications/${candidate.applicationId}/interviews/user`);
  await rateAll(manager, 'Strong yes');
  await manager.getByRole('button', { name: 'Submit scorecard' }).click();
  await expect
    .poll(() => manager.locator('.scorecard [role=status]').textContent())
    .toContain('Submitted');
  await manager.goto(`${session.baseUrl}/candidates/${candidate.id}`);
  await expect
    .poll(() => manager.locator('.stage-score').allTextContents())
    .toContainEqual(expect.stringContaining('Recommendation Strong yes from 1 scorecard'));
  await form.getByLabel('Advance').check();
  await form.getByRole('button', { name: 'Record decision' }).click();
  await expect
    .poll(() => manager.getByTestId('application-stage').first().textContent())
    .toBe('Offer');
  expect(await manager.getByRole('dialog').count()).toBe(0);
  await expect.poll(() => manager.locator('.decision__history').textContent()).toContain('Advance');
  // Both interviews the candidate has left behind read as completed, none as scheduled.
  const cards = manager.getByTestId('interview-card');
  await expect.poll(() => cards.allTextContents()).toHaveLength(2);
  for (const text of await cards.allTextContents()) {
    expect(text).toContain('Completed');
    expect(text).not.toContain('Scheduled');
  }
  await shot(manager, 'verdict-after-interview-en-375');
});

test('the portal shows the offer stage and no upcoming interview to attend (id and en, 375 px)', async () => {
  const hr = await session.signedInPage('hr@demo.seleksi.id', { locale: 'id' });
  const response = await hr.request.post(
    `${session.baseUrl}/api/applications/${candidate.applicationId}/portal-link`,
  );
  expect(response.status()).toBe(200);
  const { portalUrl } = (await response.json()) as { portalUrl: string };

  const phone = await session.newPage({ width: 375, at: portalUrl });
  await phone.getByTestId('portal-status').waitFor();
  expect(await phone.getByTestId('portal-status').textContent()).toBe(
    'Anda sudah sampai di tahap penawaran kerja.',
  );
  expect(await phone.getByTestId('portal-when').count()).toBe(0);
  expect(await phone.getByRole('button', { name: 'Saya akan hadir' }).count()).toBe(0);
  expect(await phone.getByRole('button', { name: 'Minta jadwal lain' }).count()).toBe(0);
  // No offer sent yet: the candidate reads what happens next.
  await phone.getByRole('heading', { name: 'Apa selanjutnya' }).waitFor();
  expect(await phone.getByTestId('offer-next-steps').textContent()).toContain(
    'menyiapkan penawaran',
  );
  await shot(phone, 'portal-offer-id-375');

  const english = await session.newPage({ width: 375, locale: 'en', at: portalUrl });
  await english.getByTestId('portal-status').waitFor();
  expect(await english.getByTestId('portal-status').textContent()).toBe(
    'You have reached the job offer stage.',
  );
  expect(await english.getByRole('button', { name: 'I will attend' }).count()).toBe(0);
  await english.getByRole('heading', { name: 'What happens next' }).waitFor();
  await shot(english, 'portal-offer-en-375');
  console.info(`workflow journey screenshots: ${shots}`);
});
