import { afterAll, beforeAll, expect, test } from 'vitest';
import type { Rating } from '../../src/domain/scorecard';
import {
  recordApplication,
  recordOffer,
  recordPath,
  recordScorecard,
} from '../support/report-history';
import { startBrowserSession, type BrowserSession } from './browser';
import { expectNoSidewaysScroll } from './page-width';

let session: BrowserSession;

/** Enough user verdicts, panels and offers on Budi's job that every figure shows. */
async function seedHistory() {
  const [job] = await session.db.query<{ jobId: string }>(
    `SELECT m.job_id AS "jobId" FROM job_team_members m JOIN users u ON u.id = m.user_id
     WHERE u.email = 'user@demo.seleksi.id' AND m.team_role = 'hiring_manager' LIMIT 1`,
  );
  const people = await session.db.query<{ id: string; email: string }>(
    `SELECT id, email FROM users WHERE email IN ('hr@demo.seleksi.id', 'interviewer@demo.seleksi.id')`,
  );
  const id = (email: string) => people.find((p) => p.email === email)!.id;
  const verdicts: [Rating, Rating, boolean][] = [
    ['strong_yes', 'yes', true],
    ['strong_yes', 'strong_yes', true],
    ['strong_yes', 'yes', true],
    ['strong_yes', 'strong_yes', false],
    ['yes', 'yes', true],
    ['yes', 'no', false],
    ['yes', 'yes', false],
    ['yes', 'strong_yes', true],
    ['no', 'no', false],
    ['no', 'yes', true],
  ];
  for (const [hr, interviewer, accepted] of verdicts) {
    const { applicationId } = await recordApplication(session, job!.jobId);
    for (const [who, rating] of [
      ['hr@demo.seleksi.id', hr],
      ['interviewer@demo.seleksi.id', interviewer],
    ] as const) {
      await recordScorecard(session, {
        applicationId,
        stage: 'hr',
        interviewerId: id(who),
        ratings: { communication: rating, motivation: rating },
        recommendation: rating,
      });
    }
    if (accepted) {
      await recordPath(session, applicationId, [
        'applied',
        'hr_interview',
        'user_interview',
        'offer',
      ]);
      await recordOffer(session, applicationId, 12_000_000, { kind: 'accept', days: 2 });
    } else {
      await recordPath(
        session,
        applicationId,
        ['applied', 'hr_interview', 'user_interview', 'rejected'],
        'failed_user_interview',
      );
    }
  }
  for (const days of [1, 4]) {
    const { applicationId } = await recordApplication(session, job!.jobId);
    await recordOffer(session, applicationId, 9_000_000, {
      kind: 'decline',
      days,
      reason: 'salary',
    });
  }
}

beforeAll(async () => {
  session = await startBrowserSession();
  await seedHistory();
});
afterAll(() => session?.close());

test('HR reads whether the HR interview predicts the user, calibration and offers, in Indonesian', async () => {
  const page = await session.signedInPage('hr@demo.seleksi.id', { locale: 'id' });
  await page.getByRole('link', { name: 'Laporan' }).click();
  const agreement = page.locator('section#agreement');
  await agreement
    .getByText(/Dari \d+ kandidat yang diloloskan HR ke user, user menerima \d+\./)
    .waitFor();
  await expect.poll(() => agreement.textContent()).toContain('tidak pernah bertemu user');
  await agreement
    .getByRole('row', { name: /Sangat ya/ })
    .first()
    .waitFor();
  // A recommendation with no case reads "–" (nothing to measure), never "terlalu sedikit".
  const emptyRates = await agreement
    .locator('tr:has(td[data-label="Jumlah"]:text-is("0")) td[data-label="Tingkat diterima"]')
    .allTextContents();
  // The demo has no "sangat tidak" recommendation, so at least that row is checked.
  expect(emptyRates.length).toBeGreaterThan(0);
  expect(emptyRates.every((rate) => rate === '–')).toBe(true);
  // "AUC skor HR" is explained in words beside the per-job table.
  await agreement.getByText(/^AUC skor HR: jika kandidat diurutkan menurut skor HR/).waitFor();
  const calibration = page.locator('section#calibration');
  await calibration
    .getByRole('row', { name: /Andi Saputra/ })
    .first()
    .waitFor();
  await expect.poll(() => calibration.textContent()).toMatch(/Longgar|Ketat|Sejalan/);
  const offers = page.locator('section#offers');
  await offers.getByText('Tingkat penerimaan (dari yang dijawab)').waitFor();
  await expect.poll(() => offers.textContent()).toContain('Gaji');
  await session.screenshot(page, 'reports-agreement-id');
  for (const section of [agreement, calibration, offers]) {
    const name = await section.getAttribute('id');
    await section.screenshot({ path: `test-results/screenshots/reports-${name}-section-id.png` });
  }
});

test('in English at phone width; an interviewer sees only their own calibration', async () => {
  const page = await session.signedInPage('hr@demo.seleksi.id', {
    locale: 'en',
    width: 375,
    path: '/reports#agreement',
  });
  const agreement = page.locator('section#agreement');
  await agreement
    .getByText(/Of \d+ candidates HR passed to the user, the user accepted \d+\./)
    .waitFor();
  await agreement.getByText(/HR's "strong yes" were accepted/).waitFor();
  await agreement.getByText(/^HR score AUC: with candidates ordered by HR score/).waitFor();
  await expectNoSidewaysScroll(page);
  await session.screenshot(page, 'reports-agreement-en-375');
  await agreement.screenshot({
    path: 'test-results/screenshots/reports-agreement-section-en-375.png',
  });
  const calibrationCards = page.locator('section#calibration');
  await calibrationCards
    .getByRole('row', { name: /Andi Saputra/ })
    .first()
    .waitFor();
  // Nothing in the HR-vs-user and calibration sections reaches past the phone's edge: their
  // tables are a card per row there, with nothing to scroll sideways.
  for (const section of [agreement, calibrationCards]) {
    const overflowing = await section.evaluate((root) =>
      [...root.querySelectorAll('*')]
        .filter((element) => element.getBoundingClientRect().right > window.innerWidth + 0.5)
        .map((element) => `${element.tagName}.${element.className}`),
    );
    expect(overflowing).toEqual([]);
  }
  await calibrationCards.screenshot({
    path: 'test-results/screenshots/reports-calibration-section-en-375.png',
  });

  const own = await session.signedInPage('interviewer@demo.seleksi.id', {
    locale: 'en',
    width: 375,
  });
  await own.getByRole('link', { name: 'Reports' }).click();
  const calibration = own.locator('section#calibration');
  await calibration.getByText('Only your own calibration').waitFor();
  await calibration
    .getByRole('row', { name: /Andi Saputra/ })
    .first()
    .waitFor();
  expect(await calibration.getByRole('row', { name: /Rina Kusumawardani/ }).count()).toBe(0);
  expect(await own.locator('section#agreement').count()).toBe(0);
  await session.screenshot(own, 'reports-calibration-interviewer-en-375');
});
