import { afterAll, beforeAll, expect, test } from 'vitest';
import { makePdf, pngBytes } from '../support/cv-files';
import { startBrowserSession, type BrowserSession } from './browser';
import { expectNoSidewaysScroll } from './page-width';

let session: BrowserSession;
beforeAll(async () => {
  session = await startBrowserSession();
});
afterAll(() => session?.close());

test('a recruiter opens a job, adds a candidate and moves the application from Applied to Interview user', async () => {
  const page = await session.signedInPage('hr@demo.seleksi.id', { locale: 'id' });

  // Home is "Today"; the job list is one tap away in the nav. Create the job with its hiring team.
  await page.locator('nav.topbar__nav').getByRole('link', { name: 'Lowongan' }).click();
  await page.getByRole('link', { name: 'Buat lowongan' }).click();
  await page.getByLabel('Judul posisi').fill('Social Media Specialist');
  await page.getByLabel('Departemen').fill('Digital Marketing');
  await page.getByLabel('Kota').fill('Surabaya');
  await page.getByLabel('Cara kerja').selectOption('hybrid');
  await page
    .getByLabel('Keahlian yang dibutuhkan')
    .fill('content plan, copywriting, analitik media sosial');
  await page.getByLabel('Tools').fill('Meta Business Suite, Canva');
  await page
    .getByLabel('HR (rekruter)')
    .selectOption({ label: 'Rina Kusumawardani — HR Recruiter' });
  await page
    .getByLabel('User (calon atasan langsung)')
    .selectOption({ label: 'Dimas Prasetyo — Digital Marketing Lead' });
  await page.getByRole('button', { name: 'Simpan' }).click();

  await expect.poll(() => page.locator('h1').textContent()).toContain('Social Media Specialist');
  await expect.poll(() => page.locator('.badge').first().textContent()).toBe('Draf');
  await page.getByRole('button', { name: 'Buka lowongan' }).click();
  await expect.poll(() => page.locator('.badge').first().textContent()).toBe('Dibuka');
  await session.screenshot(page, 'board-new-job-id-desktop');

  // A bad phone number is refused with a field error, and what was typed stays.
  await page.getByRole('link', { name: 'Tambah kandidat' }).click();
  await page.getByLabel('Nama lengkap').fill('Larasati Wibisono');
  await page.getByLabel('E-mail', { exact: true }).fill('larasati.wibisono@example.com');
  await page.getByLabel('Nomor HP').fill('12ab');
  await page.getByRole('button', { name: 'Simpan kandidat' }).click();
  await expect
    .poll(() => page.locator('.field--invalid').textContent())
    .toContain('Nomor HP Indonesia tidak valid');
  expect(await page.getByLabel('Nama lengkap').inputValue()).toBe('Larasati Wibisono');
  await session.screenshot(page, 'candidate-form-error-id-desktop');

  // A landline is named as one: candidates are reached by WhatsApp and SMS.
  await page.getByLabel('Nomor HP').fill('(021) 555-1234');
  await page.getByRole('button', { name: 'Simpan kandidat' }).click();
  await expect
    .poll(() => page.locator('.field--invalid').textContent())
    .toContain('nomor telepon rumah/kantor; isi nomor HP');
  await session.screenshot(page, 'candidate-form-landline-id-desktop');

  await page.getByLabel('Nomor HP').fill('0813 1122 3344');
  expect(await page.getByRole('checkbox', { name: /Social Media Specialist/ }).isChecked()).toBe(
    true,
  );
  // HR entered her details: the privacy notice is offered, ticked (UU PDP).
  expect(
    await page.getByRole('checkbox', { name: /Kirim pemberitahuan privasi/ }).isChecked(),
  ).toBe(true);
  await page.getByRole('button', { name: 'Simpan kandidat' }).click();
  await expect.poll(() => page.locator('h1').textContent()).toBe('Larasati Wibisono');
  const notices = await session.db.query<{ template: string }>(
    `SELECT template FROM email_messages WHERE to_email = 'larasati.wibisono@example.com'
       AND template = 'imported_notice'`,
  );
  expect(notices).toHaveLength(1);
  // Her page says so as an imported candidate's does: added by HR, the notice waiting or sent.
  await expect
    .poll(() => page.getByTestId('consent').textContent())
    .toMatch(/^Data dimasukkan HR pada .*pemberitahuan privasi (masih di kotak keluar|dikirim)/);
  expect(await page.locator('.facts').textContent()).toContain('+62 813-1122-3344');

  // HR attaches the CV the candidate e-mailed: a photo is refused at the field, a PDF is kept,
  // and a newer one replaces it (one CV listed, not two).
  const cvSection = page.locator('section[aria-labelledby=cv-title]');
  const cvField = page.getByLabel('File CV (PDF atau Word .docx, maks. 10 MB)');
  await cvField.setInputFiles({ name: 'cv.png', mimeType: 'image/png', buffer: pngBytes });
  await page.getByRole('button', { name: 'Lampirkan CV' }).click();
  await expect
    .poll(() => cvSection.locator('.field--invalid').textContent())
    .toContain('Unggah CV dalam format PDF atau Word (.docx).');
  const cvLines = ['Larasati Wibisono - Social Media Specialist', 'Konten dan analitik, 4 tahun.'];
  await cvField.setInputFiles({
    name: 'CV Larasati 2025.pdf',
    mimeType: 'application/pdf',
    buffer: await makePdf(cvLines),
  });
  await page.getByRole('button', { name: 'Lampirkan CV' }).click();
  await expect.poll(() => cvSection.locator('li').textContent()).toContain('CV Larasati 2025.pdf');
  expect(await cvSection.locator('li').textContent()).toContain('dilampirkan HR');
  await cvField.setInputFiles({
    name: 'CV Larasati 2026.pdf',
    mimeType: 'application/pdf',
    buffer: await makePdf([...cvLines, 'Terbaru.']),
  });
  await page.getByRole('button', { name: 'Ganti CV' }).click();
  await expect
    .poll(() => cvSection.locator('li').allTextContents())
    .toEqual([expect.stringContaining('CV Larasati 2026.pdf')]);
  await session.screenshot(page, 'candidate-cv-attached-id-desktop');

  // Skipping the HR interview is refused until HR overrides with a reason.
  const stage = page.getByTestId('application-stage');
  expect(await stage.textContent()).toBe('Melamar');
  await moveOnCandidatePage('Interview user');
  await expect
    .poll(() => page.locator('dialog').textContent())
    .toContain('Kandidat belum lolos interview HR.');
  await page.getByRole('button', { name: 'Batal' }).click();

  for (const next of ['Screening CV', 'Interview HR']) {
    await moveOnCandidatePage(next);
    await expect.poll(() => stage.textContent()).toBe(next);
  }
  // Out of the HR interview with no HR decision: the dialog says no HR verdict is in and asks for
  // the reason to skip the gate (retrial25 H1); nothing moves until HR gives one.
  await moveOnCandidatePage('Interview user');
  await expect
    .poll(() => page.getByTestId('no-hr-verdict').textContent())
    .toContain('Belum ada keputusan HR');
  expect(await stage.textContent()).toBe('Interview HR');
  await page
    .locator('dialog')
    .getByLabel(/Lewati gerbang interview HR/)
    .check();
  await page
    .locator('dialog')
    .getByLabel(/Alasan/)
    .fill('Sudah diwawancarai HR bulan lalu.');
  await page.locator('dialog').getByRole('button', { name: 'Pindahkan' }).click();
  await expect.poll(() => stage.textContent()).toBe('Interview user');
  const history = await page.locator('.history').textContent();
  expect(history).toContain('Rina Kusumawardani: Interview HR → Interview user');
  expect(history).toContain('WIB');
  await session.screenshot(page, 'candidate-history-id-desktop');

  // The board counts the application in its new column.
  await page.getByRole('link', { name: 'Social Media Specialist' }).click();
  const column = page.locator('section[data-stage=user_interview]');
  await expect.poll(() => column.locator('.count').textContent()).toBe('1');
  expect(await column.textContent()).toContain('Larasati Wibisono');

  async function moveOnCandidatePage(target: string) {
    await page.getByRole('button', { name: 'Pindahkan tahap' }).click();
    await page.locator('dialog').getByLabel('Ke tahap').selectOption({ label: target });
    await page.locator('dialog').getByRole('button', { name: 'Pindahkan' }).click();
  }
});

test('a hiring manager sees only the jobs of their hiring teams', async () => {
  const page = await session.signedInPage('user@demo.seleksi.id', { locale: 'en' });
  await page.locator('nav.topbar__nav').getByRole('link', { name: 'Jobs' }).click();
  // The jobs list, not Today still on screen (its per-job links lead elsewhere).
  await page.waitForURL(/\/jobs$/);
  await page.locator('.job-card').first().waitFor();
  const titles = await page.locator('.job-card__title').allTextContents();
  expect(titles.sort()).toEqual(['Backend Developer', 'Data Analyst', 'QA Engineer']);
  // Each card names who hires for the job and counts its candidates (the list's own fields).
  for (const meta of await page.locator('.job-card__meta').allTextContents()) {
    expect(meta).toMatch(/^\d+ active candidates.*User: Budi Hartono/);
  }
  expect(await page.locator('.topbar').textContent()).toContain('User (hiring manager)');
  // Each card says the reader's place in its team, so a job just assigned reads as theirs.
  expect(await page.getByTestId('your-role').count()).toBe(3);
  expect(await page.getByTestId('your-role').first().textContent()).toMatch(/^Your role: /);
  await session.screenshot(page, 'jobs-hiring-manager-en-desktop');

  // Another team's job is not reachable by URL either.
  const hr = await session.signedInPage('hr@demo.seleksi.id', { locale: 'en' });
  await hr.locator('nav.topbar__nav').getByRole('link', { name: 'Jobs' }).click();
  // The jobs list, not Today still on screen (its per-job links lead elsewhere).
  await hr.waitForURL(/\/jobs$/);
  await hr.getByRole('link', { name: 'Content Writer' }).click();
  await hr.locator('section[data-stage]').first().waitFor();
  await page.goto(hr.url());
  await expect.poll(() => page.locator('[role=alert]').textContent()).toContain('not found');
  await hr.context().close();
  await page.context().close();
});

test('at phone width, in English, the board is a list and a card moves through its menu', async () => {
  const page = await session.signedInPage('hr@demo.seleksi.id', { locale: 'en', width: 375 });
  await page.locator('nav.topbar__nav').getByRole('link', { name: 'Jobs' }).click();
  // The jobs list, not Today still on screen (its per-job links lead elsewhere).
  await page.waitForURL(/\/jobs$/);
  await page.getByRole('link', { name: 'Customer Service Officer' }).click();
  const applied = page.locator('section[data-stage=applied]');
  await applied.waitFor();
  // Columns stack: each is as wide as the screen, one below the other.
  const box = (await applied.boundingBox())!;
  expect(box.width).toBeGreaterThan(300);
  const next = (await page.locator('section[data-stage=cv_screening]').boundingBox())!;
  expect(next.y).toBeGreaterThan(box.y);
  await expectNoSidewaysScroll(page);

  const name = (await applied.locator('.card__name').first().textContent())!;
  const before = Number(
    await page.locator('section[data-stage=cv_screening] .count').textContent(),
  );
  await applied.getByLabel(`Move to… ${name}`).selectOption({ label: 'CV screening' });
  // The message names who moved and where, not only that something changed.
  await expect
    .poll(() => page.getByRole('status').textContent())
    .toBe(`${name.trim()} moved to CV screening.`);
  await expect
    .poll(async () =>
      Number(await page.locator('section[data-stage=cv_screening] .count').textContent()),
    )
    .toBe(before + 1);
  expect(await page.locator('section[data-stage=cv_screening]').textContent()).toContain(name);
  await session.screenshot(page, 'board-en-phone');

  // The language is switched at any time and remembered after a reload.
  await page.getByRole('button', { name: 'ID' }).click();
  await expect.poll(() => page.locator('nav.topbar__nav').textContent()).toContain('Lowongan');
  await page.reload();
  await expect.poll(() => page.locator('nav.topbar__nav').textContent()).toContain('Kandidat');
  await session.screenshot(page, 'board-id-phone');
});

test('the board refuses a move from the user interview to the offer with no scorecard, and says so in id and en', async () => {
  // A demo candidate at the user interview whom nobody on the panel has scored yet.
  const [unscored] = await session.db.query<{ jobId: string; fullName: string }>(
    `SELECT a.job_id AS "jobId", c.full_name AS "fullName"
     FROM applications a JOIN candidates c ON c.id = a.candidate_id
     JOIN jobs j ON j.id = a.job_id AND j.status = 'open'
     WHERE a.stage = 'user_interview' AND NOT EXISTS (
       SELECT 1 FROM scorecards s
       WHERE s.application_id = a.id AND s.stage = 'user' AND s.submitted_at IS NOT NULL)
     ORDER BY c.full_name LIMIT 1`,
  );
  expect(unscored).toBeDefined();
  const { jobId, fullName } = unscored!;
  for (const [locale, moveTo, offer, refusal, cancel] of [
    [
      'id',
      'Pindahkan ke…',
      'Penawaran',
      'Kirim minimal satu scorecard untuk interview ini dulu.',
      'Batal',
    ],
    [
      'en',
      'Move to…',
      'Offer',
      'Submit at least one scorecard for this interview first.',
      'Cancel',
    ],
  ] as const) {
    const page = await session.signedInPage('hr@demo.seleksi.id', { locale });
    await page.goto(`${session.baseUrl}/jobs/${jobId}`);
    const column = page.locator('section[data-stage=user_interview]');
    await column.getByLabel(`${moveTo} ${fullName}`).selectOption({ label: offer });
    // The same rule as the candidate page's decision: a reason would not let it through.
    const dialog = page.locator('dialog');
    await expect.poll(() => dialog.textContent()).toContain(refusal);
    expect(await dialog.locator('textarea[name=overrideReason]').count()).toBe(0);
    await session.screenshot(page, `board-offer-unscored-${locale}-desktop`);
    await dialog.getByRole('button', { name: cancel }).click();
    expect(await column.textContent()).toContain(fullName);
    await page.context().close();
  }
});

test('a bulk reject needs one reason and moves every selected application', async () => {
  const page = await session.signedInPage('hr@demo.seleksi.id', { locale: 'en' });
  await page.locator('nav.topbar__nav').getByRole('link', { name: 'Jobs' }).click();
  // The jobs list, not Today still on screen (its per-job links lead elsewhere).
  await page.waitForURL(/\/jobs$/);
  await page.getByRole('link', { name: 'Content Writer' }).click();
  const screening = page.locator('section[data-stage=cv_screening]');
  await screening.waitFor();
  const names = await screening.locator('.card__name').allTextContents();
  expect(names.length).toBeGreaterThanOrEqual(2);
  const rejectedBefore = Number(
    await page.locator('section[data-stage=rejected] .count').textContent(),
  );
  for (const name of names) await screening.getByLabel(`Select ${name}`).check();
  await page.getByRole('button', { name: 'Reject selected' }).click();
  const dialog = page.locator('dialog');
  await dialog.getByRole('button', { name: 'Reject' }).click();
  await expect.poll(() => dialog.textContent()).toContain('Required.');
  await dialog.getByLabel('Rejection reason').selectOption('cv_not_matching');
  const rejectionsBefore = await rejectionMails();
  await dialog.getByLabel('E-mail the candidate the rejection', { exact: false }).check();
  await session.screenshot(page, 'bulk-reject-dialog-en-desktop');
  await dialog.getByRole('button', { name: 'Reject' }).click();
  await expect
    .poll(() => page.getByRole('status').textContent())
    .toBe(`${names.length} applications rejected.`);
  await expect
    .poll(async () =>
      Number(await page.locator('section[data-stage=rejected] .count').textContent()),
    )
    .toBe(rejectedBefore + names.length);
  expect(await screening.locator('.count').textContent()).toBe('0');
  // Each rejected candidate is sent the kind rejection, in the same step.
  expect(await rejectionMails()).toBe(rejectionsBefore + names.length);
  await session.screenshot(page, 'board-after-bulk-reject-en-desktop');
});

async function rejectionMails(): Promise<number> {
  const [row] = await session.db.query<{ n: number }>(
    `SELECT count(*)::int AS n FROM email_messages WHERE template = 'rejection'`,
  );
  return row!.n;
}
