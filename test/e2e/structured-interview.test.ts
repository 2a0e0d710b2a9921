import type { Page } from 'playwright-core';
import { afterAll, beforeAll, expect, test } from 'vitest';
import { jakartaTime } from '../support/jakarta-time';
import { startBrowserSession, type BrowserSession } from './browser';

let session: BrowserSession;
let applicationId: string;
let candidateId: string;
let jobId: string;
let candidateName: string;

beforeAll(async () => {
  session = await startBrowserSession();
});
afterAll(() => session?.close());

/** Rates every attribute group on the page (and the overall recommendation) with one answer. */
async function rateAll(page: Page, answer: string) {
  const groups = page.locator('.scorecard fieldset.rating');
  const count = await groups.count();
  for (let i = 0; i < count; i++) await groups.nth(i).getByLabel(answer, { exact: true }).check();
}

test('HR builds the interview plan of a job from the templates', async () => {
  const page = await session.signedInPage('hr@demo.seleksi.id', { locale: 'id' });
  await page.locator('nav.topbar__nav').getByRole('link', { name: 'Lowongan' }).click();
  await page.getByRole('link', { name: 'Backend Developer' }).click();
  await page.getByRole('link', { name: 'Rencana interview' }).click();
  await expect
    .poll(() => page.locator('.notice').first().textContent())
    .toContain('usulan dari template');
  jobId = page.url().split('/').at(-2)!;

  const hr = page.locator('section.plan-stage').first();
  expect(await hr.locator('.plan-list').first().textContent()).toContain('Motivasi');
  // The symbol buttons are named for screen readers: moving the second attribute up and back.
  const attributes = hr.locator('.plan-list').first().locator('li');
  const names = () => attributes.locator(':scope > span:first-child').allTextContents();
  const [first, second] = await names();
  await attributes.nth(1).getByRole('button', { name: 'Naikkan' }).click();
  await expect.poll(async () => (await names()).slice(0, 2)).toEqual([second, first]);
  await attributes.nth(0).getByRole('button', { name: 'Turunkan' }).click();
  await expect.poll(async () => (await names()).slice(0, 2)).toEqual([first, second]);
  expect(await page.getByLabel('Bobot dalam keputusan (%)').first().inputValue()).toBe('30');
  expect(await page.getByLabel('Bobot dalam keputusan (%)').last().inputValue()).toBe('70');
  const user = page.locator('section.plan-stage').last();
  await user
    .getByLabel('Tulis pertanyaan khusus lowongan ini')
    .fill('Bagaimana Anda merancang retry untuk webhook pembayaran?');
  await user.getByRole('button', { name: 'Tambah' }).click();
  await user
    .getByLabel('Brief studi kasus / simulasi kerja (opsional)')
    .fill('Rancang endpoint pesanan untuk 10.000 penjual aktif.');
  await page.getByRole('button', { name: 'Simpan rencana' }).click();
  await expect.poll(() => page.getByRole('status').textContent()).toBe('Rencana tersimpan.');
  await expect.poll(() => page.locator('.notice').count()).toBe(0);
  await session.screenshot(page, 'plan-id-desktop');
});

test('the kit of an HR interview booked ahead says when the scorecard opens instead of offering Submit (id and en, phone)', async () => {
  for (const locale of ['id', 'en'] as const) {
    const page = await session.signedInPage('hr@demo.seleksi.id', { locale, width: 375 });
    const board = await (
      await page.request.get(`${session.baseUrl}/api/jobs/${jobId}/board`)
    ).json();
    const booked = board.columns
      .find((c: { stage: string }) => c.stage === 'hr_interview')
      .cards.find((c: { nextInterview: unknown }) => c.nextInterview);
    await page.goto(`${session.baseUrl}/applications/${booked.applicationId}/interviews/hr`);
    await page.locator('.scorecard').waitFor();
    const opens = page.getByTestId('scorecard-opens');
    await opens.waitFor();
    const startsAt = new Date(booked.nextInterview.startsAt);
    const day = new Intl.DateTimeFormat(locale === 'id' ? 'id-ID' : 'en-GB', {
      day: 'numeric',
      timeZone: 'Asia/Jakarta',
    }).format(startsAt);
    const text = (await opens.textContent()) ?? '';
    expect(text).toContain(locale === 'id' ? 'Interview dimulai' : 'The interview starts');
    expect(text).toContain(day);
    const submit = locale === 'id' ? 'Kirim scorecard' : 'Submit scorecard';
    expect(await page.getByRole('button', { name: submit }).count()).toBe(0);
    // Notes still save as a draft before the interview.
    await page
      .locator('.scorecard textarea[name="summary"]')
      .fill(locale === 'id' ? 'Persiapan: tanyakan motivasi.' : 'Prep: ask about motivation.');
    await expect
      .poll(() => page.locator('.scorecard [role=status]').textContent())
      .toMatch(/Draf tersimpan|Draft saved/);
    await opens.scrollIntoViewIfNeeded();
    await session.screenshot(page, `kit-hr-scorecard-opens-${locale}-phone`);
    await page.close();
  }
});

test('a recruiter runs the HR interview from its kit on a phone and advances the candidate', async () => {
  const page = await session.signedInPage('hr@demo.seleksi.id', { locale: 'id', width: 375 });
  const board = await (await page.request.get(`${session.baseUrl}/api/jobs/${jobId}/board`)).json();
  // A candidate with no HR interview booked (a walk-in): its scorecard may be submitted now.
  const card = board.columns
    .find((c: { stage: string }) => c.stage === 'hr_interview')
    .cards.find((c: { nextInterview: unknown }) => !c.nextInterview);
  ({ applicationId, candidateId, candidateName } = card);

  await page.goto(`${session.baseUrl}/candidates/${candidateId}`);
  await page.getByRole('link', { name: 'Buka kit Interview HR' }).click();
  await page.locator('.scorecard').waitFor();
  expect(await page.locator('h1').textContent()).toBe(`Interview HR: ${candidateName}`);
  expect(await page.locator('.kit-question').count()).toBeGreaterThan(0);
  expect(await page.locator('.kit-question').first().locator('summary').textContent()).toContain(
    'Tanda bahaya',
  );
  await page
    .locator('.kit-question')
    .first()
    .getByLabel('Catatan Anda')
    .fill('Menjelaskan motivasi dengan contoh nyata.');
  await expect
    .poll(() => page.locator('.scorecard [role=status]').textContent())
    .toContain('Draf tersimpan');

  // Submitting an incomplete scorecard names what is missing.
  await page.getByRole('button', { name: 'Kirim scorecard' }).click();
  await expect.poll(() => page.locator('.scorecard .field__error').count()).toBeGreaterThan(0);
  expect(await page.locator('.scorecard .field__error').first().textContent()).toBe(
    'Beri penilaian untuk aspek ini.',
  );

  await rateAll(page, 'Tidak');
  await page.getByLabel('Ringkasan').fill('Komunikasi cukup, motivasi belum jelas.');
  await session.screenshot(page, 'kit-hr-scorecard-id-phone');
  await page.getByRole('button', { name: 'Kirim scorecard' }).click();
  await expect
    .poll(() => page.locator('.scorecard [role=status]').textContent())
    .toContain('Terkirim');

  // HR advances against its own "no": the decision asks for a rationale first.
  await page.goto(`${session.baseUrl}/candidates/${candidateId}`);
  const decision = page.locator('.decision__form');
  // Scores read the Indonesian way, with a decimal comma (as the reports write them).
  await expect.poll(() => page.locator('.decision__scores').textContent()).toMatch(/\d,\d\d/);
  expect(await page.locator('.decision__scores').textContent()).not.toMatch(/\d\.\d\d/);
  expect(await decision.getByRole('button', { name: 'Simpan keputusan' }).isDisabled()).toBe(true);
  // The advance option names where it moves the candidate: this job has a Tests stage.
  await decision.getByLabel('Lanjutkan ke Tes', { exact: true }).check();
  expect(await decision.getByTestId('decision-advances-to').textContent()).toMatch(
    /Jika dilanjutkan, kandidat pindah ke tahap: (Tes|Interview user)/,
  );
  await decision.getByRole('button', { name: 'Simpan keputusan' }).click();
  await expect
    .poll(() => decision.locator('.field__error').textContent())
    .toContain('berbeda dari rekomendasi panel');
  await decision
    .getByLabel('Alasan keputusan')
    .fill('Kebutuhan tim mendesak; biar user yang menilai kemampuan teknisnya.');
  await decision.getByRole('button', { name: 'Simpan keputusan' }).click();
  await expect.poll(() => page.getByTestId('application-stage').first().textContent()).toBe('Tes');
  expect(await page.locator('.decision__history').textContent()).toContain(
    'Rina Kusumawardani · Interview HR: Lanjutkan',
  );
  await session.screenshot(page, 'candidate-decision-id-phone');

  // The tests went fine: on to the user interview.
  await page.getByRole('button', { name: 'Pindahkan tahap' }).click();
  await page.locator('dialog').getByLabel('Ke tahap').selectOption({ label: 'Interview user' });
  await page.locator('dialog').getByRole('button', { name: 'Pindahkan' }).click();
  await expect
    .poll(() => page.getByTestId('application-stage').first().textContent())
    .toBe('Interview user');
});

test('two interviewers score the user interview blind, HR notes reach only the hiring manager after scoring, and a conflict needs a rationale', async () => {
  const kitUrl = `${session.baseUrl}/applications/${applicationId}/interviews/user`;
  // HR booked the interviewer and the hiring manager into the user interview (who sits it is who
  // HR booked), and it began an hour ago.
  const hr = await session.signedInPage('hr@demo.seleksi.id', { locale: 'en' });
  const panel = await session.db.query<{ id: string }>(
    `SELECT id FROM users WHERE email IN ('interviewer@demo.seleksi.id', 'user@demo.seleksi.id')`,
  );
  const booked = await hr.request.post(
    `${session.baseUrl}/api/applications/${applicationId}/interviews`,
    {
      data: {
        stage: 'user',
        localStart: jakartaTime(40),
        timeZone: 'Asia/Jakarta',
        durationMinutes: 60,
        mode: 'online',
        meetingUrl: 'https://meet.example/abc-defg-hij',
        interviewerIds: panel.map((user) => user.id),
        locale: 'en',
      },
    },
  );
  expect(booked.status(), await booked.text()).toBe(201);
  await session.db.query(
    `UPDATE interviews SET starts_at = now() - interval '1 hour' WHERE id = $1`,
    [((await booked.json()) as { id: string }).id],
  );
  await hr.context().close();
  const interviewer = await session.signedInPage('interviewer@demo.seleksi.id', {
    locale: 'en',
    width: 375,
  });
  // An interviewer lands on "Today"; their interviews are one tap away, and the kit from there.
  await interviewer.getByRole('heading', { name: 'Today', level: 1 }).waitFor();
  await interviewer.locator('nav.topbar__nav').getByRole('link', { name: 'My interviews' }).click();
  await interviewer.getByRole('heading', { name: 'My interviews' }).waitFor();
  await session.screenshot(interviewer, 'my-interviews-en-phone');
  await interviewer.getByRole('link', { name: candidateName }).click();
  await interviewer.locator('.scorecard').waitFor();
  // Interviewers judge independently: nothing of HR's assessment before they rate.
  expect(await interviewer.locator('.kit-section--advisory').count()).toBe(0);
  expect(await interviewer.getByTestId('notes-withheld').textContent()).toContain(
    "HR's notes on this candidate are not shown here",
  );
  expect(await interviewer.getByTestId('notes-withheld').textContent()).toContain(
    "HR's scores appear after you submit yours.",
  );
  expect(await interviewer.locator('.kit-questions').textContent()).toContain(
    'retry untuk webhook pembayaran',
  );
  expect(await interviewer.locator('.kit').textContent()).toContain('10.000 penjual aktif');
  await rateAll(interviewer, 'Strong yes');
  await session.screenshot(interviewer, 'kit-user-scorecard-en-phone');
  await interviewer.getByRole('button', { name: 'Submit scorecard' }).click();
  await expect
    .poll(() => interviewer.locator('.scorecard [role=status]').textContent())
    .toContain('Submitted');
  // After submitting: HR's scores, but not HR's written comments.
  await interviewer.reload();
  await interviewer.locator('.kit-section--advisory').waitFor();
  expect(await interviewer.locator('.kit-section--advisory').textContent()).not.toContain(
    'Komunikasi cukup, motivasi belum jelas.',
  );
  // Shown now, so the kit no longer says they appear after submitting.
  expect(await interviewer.getByTestId('notes-withheld').textContent()).not.toMatch(/HR's scores/);
  await session.screenshot(interviewer, 'kit-user-after-submit-interviewer-en-phone');
  // The candidate page follows the same rule: HR's score is shown, not "only for the panel".
  await interviewer.goto(`${session.baseUrl}/candidates/${candidateId}`);
  const withheld = interviewer.getByTestId('notes-withheld');
  await expect.poll(() => withheld.textContent()).toContain("HR's notes on this candidate");
  expect(await withheld.textContent()).not.toMatch(/HR's scores/);
  const scores = await interviewer.locator('.decision__scores').textContent();
  expect(scores).toMatch(/HR score\s*\d\.\d\d/);
  expect(scores).not.toMatch(/Only for this interview's panel|Hidden until/);

  // The hiring manager has not scored yet: the interviewer's scorecard stays hidden, in the UI and the API.
  const manager = await session.signedInPage('user@demo.seleksi.id', { locale: 'en', width: 375 });
  const api = await (
    await manager.request.get(
      `${session.baseUrl}/api/applications/${applicationId}/interviews/user/scorecards`,
    )
  ).json();
  expect(api).toMatchObject({ own: null, others: [], hidden: 1 });
  await manager.goto(`${session.baseUrl}/candidates/${candidateId}`);
  await expect
    .poll(() => manager.locator('.decision__scores').textContent())
    .toContain('Hidden until you submit your own scorecard.');
  // Before deciding, the page already says whose scorecard is missing: the hiring manager's own.
  expect(await manager.locator('.decision__awaited').textContent()).toBe(
    'Scorecards not in yet from: you.',
  );
  await session.screenshot(manager, 'decision-awaited-scorers-en-phone');
  // Deciding now, the dialog names who has not scored: the hiring manager reads "you".
  const early = manager.locator('.decision__form');
  await early.getByLabel('Advance').check();
  await early.getByRole('button', { name: 'Record decision' }).click();
  const asked = manager.getByRole('dialog');
  await expect.poll(() => asked.textContent()).toContain('Not yet submitted: you.');
  await asked.getByRole('button', { name: 'Wait' }).click();
  await asked.waitFor({ state: 'detached' });

  await manager.goto(kitUrl);
  await manager.locator('.scorecard').waitFor();
  // The hiring manager sits on the panel: HR's notes wait until they have rated too.
  expect(await manager.locator('.kit-section--advisory').count()).toBe(0);
  expect(await manager.locator('#panel-title').count()).toBe(0);
  await rateAll(manager, 'Strong yes');
  await manager.getByRole('button', { name: 'Submit scorecard' }).click();
  await expect.poll(() => manager.locator('#panel-title').count()).toBe(1);
  await manager.reload();
  await manager.locator('.kit-section--advisory').waitFor();
  expect(await manager.locator('.kit-section--advisory').textContent()).toContain("HR's notes");
  expect(await manager.locator('.kit-section--advisory').textContent()).toContain(
    'Kebutuhan tim mendesak',
  );
  expect(
    await manager.locator('section[aria-labelledby=panel-title] .scorecard-summary').textContent(),
  ).toContain('by Andi Saputra');
  await session.screenshot(manager, 'kit-user-after-submit-en-phone');

  // HR said no, the user says strong yes: the decision needs a rationale.
  await manager.goto(`${session.baseUrl}/candidates/${candidateId}`);
  await expect
    .poll(() => manager.locator('.decision').textContent())
    .toContain('HR and the user disagree');
  const form = manager.locator('.decision__form');
  await form.getByLabel('Advance to Offer', { exact: true }).check();
  expect(await form.getByTestId('decision-advances-to').textContent()).toContain('Offer');
  await form.getByRole('button', { name: 'Record decision' }).click();
  await expect
    .poll(() => form.locator('.field__error').textContent())
    .toContain('HR and the user disagree');
  expect(await manager.getByTestId('application-stage').first().textContent()).toBe(
    'User interview',
  );
  await form
    .getByLabel('Rationale')
    .fill('Strong case study; HR concerns on motivation discussed and covered by probation goals.');
  await form.getByRole('button', { name: 'Record decision' }).click();
  await expect
    .poll(() => manager.getByTestId('application-stage').first().textContent())
    .toBe('Offer');
  // The stage and the decision history reload separately: wait for the history too.
  await expect
    .poll(() => manager.locator('.decision__history').textContent())
    .toContain('HR–user conflict');
  await session.screenshot(manager, 'candidate-decision-en-phone');

  // The comparison shows the candidate with both stages' scores.
  await manager.goto(`${session.baseUrl}/jobs/${jobId}/comparison`);
  const row = manager.locator('tr', { hasText: candidateName });
  await row.waitFor();
  expect(await row.textContent()).toContain('HR–user conflict');
  await session.screenshot(manager, 'comparison-en-phone');
});
