import { afterAll, beforeAll, expect, test } from 'vitest';
import { startBrowserSession, type BrowserSession } from './browser';

let session: BrowserSession;
/** A demo candidate at the HR interview, and another job to add them to. */
let candidate: { id: string; jobTitle: string };
let otherJob: { id: string; title: string };

beforeAll(async () => {
  session = await startBrowserSession();
  const [row] = await session.db.query<{ id: string; jobTitle: string; jobId: string }>(
    `SELECT c.id, j.title AS "jobTitle", j.id AS "jobId" FROM applications a
     JOIN candidates c ON c.id = a.candidate_id JOIN jobs j ON j.id = a.job_id
     WHERE a.stage = 'hr_interview' ORDER BY c.full_name LIMIT 1`,
  );
  candidate = row!;
  // HR's own scorecard in: a rejection needs one (the demo's HR interviews still wait for theirs).
  await session.db.query(
    `INSERT INTO scorecards (application_id, stage, interviewer_id, ratings, recommendation,
       summary, submitted_at)
     SELECT a.id, 'hr', u.id, '[]'::jsonb, 'no', 'Tidak cocok.', now()
     FROM applications a, users u
     WHERE a.candidate_id = $1 AND a.stage = 'hr_interview' AND u.email = 'hr@demo.seleksi.id'
     ON CONFLICT DO NOTHING`,
    [row!.id],
  );
  const [job] = await session.db.query<{ id: string; title: string }>(
    `SELECT id, title FROM jobs j WHERE status = 'open' AND NOT EXISTS
       (SELECT 1 FROM applications b WHERE b.job_id = j.id AND b.candidate_id = $1)
     ORDER BY title LIMIT 1`,
    [row!.id],
  );
  otherJob = job!;
});
afterAll(() => session?.close());

test("each of a candidate's applications names its job at its decision and in its move dialog (375 px, 1280 px)", async () => {
  const page = await session.signedInPage('hr@demo.seleksi.id', {
    locale: 'en',
    width: 375,
    path: `/candidates/${candidate.id}`,
  });
  const added = await page.request.post(`${session.baseUrl}/api/applications`, {
    data: { candidateId: candidate.id, jobId: otherJob.id },
  });
  expect(added.status()).toBe(201);
  await page.reload();
  const first = page.getByRole('region', { name: candidate.jobTitle });
  await first
    .getByRole('heading', { name: `Interviews and decision: ${candidate.jobTitle}` })
    .waitFor();
  await expect
    .poll(() => first.locator('legend').first().textContent())
    .toBe(`HR interview decision: ${candidate.jobTitle}`);
  await page
    .getByRole('region', { name: otherJob.title })
    .getByRole('heading', { name: `Interviews and decision: ${otherJob.title}` })
    .waitFor();
  await session.screenshot(page, 'candidate-two-applications-en-375');

  await first.getByRole('button', { name: 'Move stage' }).click();
  const dialog = page.getByRole('dialog');
  await expect
    .poll(() => dialog.getByRole('heading').first().textContent())
    .toContain(`(${candidate.jobTitle})`);
  await session.screenshot(page, 'candidate-move-dialog-job-en-375');
  await dialog.getByRole('button', { name: 'Cancel' }).click();
  await dialog.waitFor({ state: 'detached' });

  await page.setViewportSize({ width: 1280, height: 900 });
  await session.screenshot(page, 'candidate-two-applications-en-1280');
});

test("rejecting at HR's gate offers to e-mail the candidate the rejection, with its preview", async () => {
  const page = await session.signedInPage('hr@demo.seleksi.id', {
    locale: 'id',
    width: 375,
    path: `/candidates/${candidate.id}`,
  });
  const block = page.getByRole('region', { name: candidate.jobTitle });
  await block.getByRole('radio', { name: 'Tolak' }).check();
  const email = block.getByLabel('Kirim e-mail penolakan ke kandidat', { exact: false });
  await email.check();
  // The e-mail the candidate would get, as the board's rejection shows it before sending.
  const preview = block.locator('.email-preview__body').first();
  await expect.poll(() => preview.textContent()).toBeTruthy();
  await session.screenshot(page, 'hr-gate-reject-email-id-375');
});
