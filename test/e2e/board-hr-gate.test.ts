import type { Locator, Page } from 'playwright-core';
import { afterAll, beforeAll, expect, test } from 'vitest';
import {
  screenshotDir,
  screenshotsWanted,
  startBrowserSession,
  type BrowserSession,
} from './browser';
import { bookHrOnlyInterview } from './hr-only-interview';

/**
 * The board's HR gate (retrial25 H1): a card moved out of the HR interview with no HR decision
 * opens the dialog, which says why and offers HR a skip with a written reason. The skip moves the
 * card and stays in the candidate's history; a card with a booked interview first lists the
 * interview the move calls off and the e-mail the candidate gets. Each refusal is said once: the
 * gate by its explanation, a skip without a reason at the reason field, which gets the cursor.
 */
let session: BrowserSession;
beforeAll(async () => {
  session = await startBrowserSession();
});
afterAll(() => session?.close());

const words = {
  en: {
    moveTo: 'Move to…',
    toUser: 'User interview',
    noVerdict: 'No HR verdict is in: no HR decision has been recorded for this candidate.',
    skip: 'Skip the HR interview gate (HR decision, reason required)',
    reason: 'Reason (required; kept in the history)',
    writeReason: 'Write the reason.',
    move: 'Move',
    cancels: 'Booked interviews this move cancels',
    email:
      /^HR interview: .+ — the candidate gets the e-mail “Interview no longer needed \(candidate moved on\)”$/,
    skipped: 'HR interview gate skipped',
  },
  id: {
    moveTo: 'Pindahkan ke…',
    toUser: 'Interview user',
    noVerdict: 'Belum ada keputusan HR: keputusan interview HR kandidat ini belum dicatat.',
    skip: 'Lewati gerbang interview HR (keputusan HR, wajib ditulis alasannya)',
    reason: 'Alasan (wajib; tercatat di riwayat)',
    writeReason: 'Tuliskan alasannya.',
    move: 'Pindahkan',
    cancels: 'Interview terjadwal yang dibatalkan oleh pemindahan ini',
    email:
      /^Interview HR: .+ — kandidat menerima e-mail “Interview tidak diperlukan lagi \(kandidat lanjut\)”$/,
    skipped: 'Gerbang interview HR dilewati',
  },
} as const;
type Locale = keyof typeof words;

interface GateCard {
  applicationId: string;
  candidateId: string;
  jobId: string;
  name: string;
}

/**
 * An application of an open job taken on from CV screening to the HR interview (through the API,
 * as the signed-in HR page): nothing booked, no HR decision.
 */
async function undecidedCard(page: Page): Promise<GateCard> {
  const [card] = await session.db.query<GateCard>(
    `SELECT a.id AS "applicationId", c.id AS "candidateId", a.job_id AS "jobId",
            c.full_name AS name
     FROM applications a JOIN candidates c ON c.id = a.candidate_id JOIN jobs j ON j.id = a.job_id
     WHERE a.stage = 'cv_screening' AND j.status = 'open'
       AND NOT EXISTS (SELECT 1 FROM interviews i WHERE i.application_id = a.id)
     ORDER BY a.created_at LIMIT 1`,
  );
  expect(card, 'a demo application at CV screening').toBeDefined();
  const moved = await page.request.post(
    `${session.baseUrl}/api/applications/${card!.applicationId}/move`,
    { data: { toStage: 'hr_interview' } },
  );
  expect(moved.status(), await moved.text()).toBe(200);
  return card!;
}

/** HR books the card's HR interview a few days ahead, itself on the panel. */
async function bookHrInterview(page: Page, card: GateCard) {
  await bookHrOnlyInterview(session, page, card.applicationId, {
    daysAhead: 6,
    hour: 10,
    meetingUrl: 'https://meet.example/hr-gate',
  });
}

async function chooseUserInterview(page: Page, card: GateCard, locale: Locale) {
  await page.goto(`${session.baseUrl}/jobs/${card.jobId}`);
  const move = page.getByRole('combobox', { name: `${words[locale].moveTo} ${card.name}` });
  await move.selectOption('user_interview');
  return page.getByRole('dialog');
}

/**
 * The dialog explains the gate and offers the skip. The explanation is the refusal's one word on
 * it: the stage field does not say it again.
 */
async function expectGateExplained(dialog: Locator, locale: Locale) {
  await expect
    .poll(() => dialog.getByTestId('no-hr-verdict').textContent())
    .toContain(words[locale].noVerdict);
  await dialog.getByLabel(words[locale].skip).waitFor();
  expect(await dialog.locator('.field__error, .notice--error').allTextContents()).toEqual([]);
}

/**
 * What the dialog says aloud and in red: one message, at the field it names (the reason), with
 * the cursor put there to write it.
 */
async function expectReasonAsked(page: Page, dialog: Locator, locale: Locale) {
  const reason = dialog.getByLabel(words[locale].reason);
  await expect.poll(() => reason.getAttribute('aria-invalid')).toBe('true');
  expect(await dialog.locator('.field__error, .notice--error').allTextContents()).toEqual([
    words[locale].writeReason,
  ]);
  expect(await dialog.getByRole('alert').allTextContents()).toEqual([words[locale].writeReason]);
  await expect
    .poll(() => page.evaluate(() => document.activeElement?.getAttribute('name')))
    .toBe('note');
}

/**
 * The open dialog at 1280 and 375 px: the whole page, and the dialog alone (on a phone it is a
 * small part of the long board). The page is left at 1280 px.
 */
async function shootDialog(page: Page, name: string) {
  for (const width of [1280, 375]) {
    await page.setViewportSize({ width, height: width === 375 ? 812 : 800 });
    await session.screenshot(page, `${name}-${width}`);
    if (screenshotsWanted) {
      const dialog = page.getByRole('dialog');
      await dialog.screenshot({ path: `${screenshotDir}/${name}-dialog-${width}.png` });
      // Taller than a phone: the dialog scrolls to its buttons.
      await dialog.evaluate((element) => (element.scrollTop = element.scrollHeight));
      await dialog.screenshot({ path: `${screenshotDir}/${name}-dialog-${width}-end.png` });
      await dialog.evaluate((element) => (element.scrollTop = 0));
    }
  }
  await page.setViewportSize({ width: 1280, height: 800 });
}

async function skipWithReason(page: Page, dialog: Locator, card: GateCard, locale: Locale) {
  const reason = `The director interviewed ${card.name} last month (${locale}).`;
  await dialog.getByLabel(words[locale].skip).check();
  await dialog.getByLabel(words[locale].reason).fill(reason);
  await dialog.getByRole('button', { name: words[locale].move, exact: true }).click();
  await dialog.waitFor({ state: 'detached' });
  await expect
    .poll(() => page.locator('section[data-stage=user_interview]').textContent())
    .toContain(card.name);
  return reason;
}

/** The candidate page's history has the move with the skip and its reason on one line. */
async function expectSkipInHistory(page: Page, card: GateCard, locale: Locale, reason: string) {
  await page.goto(`${session.baseUrl}/candidates/${card.candidateId}`);
  const entry = page.locator('.history li').filter({ hasText: words[locale].skipped });
  await expect.poll(() => entry.count()).toBe(1);
  expect(await entry.locator('.history__note').textContent()).toBe(reason);
}

for (const locale of ['en', 'id'] as const) {
  test(`a card moved past the HR interview without HR's decision: the dialog explains, a skip needs a reason (${locale})`, async () => {
    const page = await session.signedInPage('hr@demo.seleksi.id', { locale, width: 1280 });
    const card = await undecidedCard(page);
    const dialog = await chooseUserInterview(page, card, locale);
    await expectGateExplained(dialog, locale);
    // Nothing is booked: nothing to call off.
    expect(await dialog.getByTestId('move-cancels-interviews').count()).toBe(0);
    await shootDialog(page, `board-hr-gate-${locale}`);

    // The skip without a reason is refused, naming the reason field; nothing moves.
    await dialog.getByLabel(words[locale].skip).check();
    await dialog.getByRole('button', { name: words[locale].move, exact: true }).click();
    await expectReasonAsked(page, dialog, locale);
    await shootDialog(page, `board-hr-gate-reason-${locale}`);
    // The gate's explanation and the ticked skip stay while the reason is written.
    expect(await dialog.getByTestId('no-hr-verdict').textContent()).toContain(
      words[locale].noVerdict,
    );
    expect(await dialog.getByLabel(words[locale].skip).isChecked()).toBe(true);
    const [still] = await session.db.query<{ stage: string }>(
      `SELECT stage FROM applications WHERE id = $1`,
      [card.applicationId],
    );
    expect(still!.stage).toBe('hr_interview');

    const reason = await skipWithReason(page, dialog, card, locale);
    await expectSkipInHistory(page, card, locale, reason);
    await page.context().close();
  });

  test(`a card with a booked HR interview lists the interview the skip cancels and the candidate's e-mail (${locale})`, async () => {
    const page = await session.signedInPage('hr@demo.seleksi.id', { locale, width: 1280 });
    const card = await undecidedCard(page);
    await bookHrInterview(page, card);
    const dialog = await chooseUserInterview(page, card, locale);
    const cancels = dialog.getByTestId('move-cancels-interviews');
    await expect.poll(() => cancels.textContent()).toContain(words[locale].cancels);
    const lines = await cancels.locator('li').allTextContents();
    expect(lines).toHaveLength(1);
    expect(lines[0]).toMatch(words[locale].email);

    // A move without HR's decision is refused: the dialog then explains the gate, the list stays.
    await dialog.getByRole('button', { name: words[locale].move, exact: true }).click();
    await expectGateExplained(dialog, locale);
    expect(await cancels.locator('li').allTextContents()).toEqual(lines);
    await shootDialog(page, `board-hr-gate-interview-${locale}`);

    const reason = await skipWithReason(page, dialog, card, locale);
    const [interview] = await session.db.query<{ status: string }>(
      `SELECT status FROM interviews WHERE application_id = $1`,
      [card.applicationId],
    );
    expect(interview!.status).toBe('cancelled');
    await expectSkipInHistory(page, card, locale, reason);
    await page.context().close();
  });
}
