import { afterAll, beforeAll, expect, test } from 'vitest';
import { jakartaTime } from '../support/jakarta-time';
import { waitFor } from '../support/wait-for';
import { startBrowserSession, type BrowserSession } from './browser';
import { unbookedHrInterview } from './unbooked-hr-interview';
import { fillDateTime } from './date-time';

/**
 * A button pressed twice quickly (a double click) sends its request once: the second press finds
 * the button waiting for the answer, and the page shows the outcome of the first, not a refusal of
 * the second.
 */
let session: BrowserSession;
beforeAll(async () => {
  session = await startBrowserSession();
});
afterAll(() => session?.close());

test('"Move to CV screening" double-clicked moves the candidate once, with no error shown', async () => {
  const [row] = await session.db.query<{ id: string; jobId: string; name: string }>(
    `SELECT a.id, a.job_id AS "jobId", c.full_name AS name FROM applications a
       JOIN candidates c ON c.id = a.candidate_id
      WHERE a.stage = 'applied' ORDER BY c.full_name LIMIT 1`,
  );
  const page = await session.signedInPage('hr@demo.seleksi.id', {
    locale: 'en',
    path: `/jobs/${row!.jobId}/screening`,
  });
  const card = page.getByRole('listitem', { name: row!.name, exact: true });
  await card.getByRole('button', { name: 'Move to CV screening' }).dblclick();
  await page.getByRole('status').filter({ hasText: row!.name }).waitFor();
  await expect.poll(async () => (await page.locator('.notice--error').count()) === 0).toBe(true);
  expect(await page.getByText('Please check the marked fields').count()).toBe(0);
  const moves = await session.db.query<{ count: number }>(
    `SELECT count(*)::int AS count FROM application_events
      WHERE application_id = $1 AND to_stage = 'cv_screening'`,
    [row!.id],
  );
  expect(moves[0]!.count).toBe(1);
});

test('"Schedule and send invitations" double-clicked books one interview and closes the dialog', async () => {
  const candidate = await unbookedHrInterview(session);
  const page = await session.signedInPage('hr@demo.seleksi.id', {
    locale: 'id',
    path: `/candidates/${candidate.id}`,
  });
  await page.getByRole('button', { name: 'Jadwalkan interview HR' }).click();
  const dialog = page.getByRole('dialog');
  await fillDateTime(dialog, 'Tanggal dan jam', jakartaTime(4, 10));
  await dialog.getByLabel('Tautan rapat online').fill('https://meet.example/dua-klik');
  await dialog.getByRole('button', { name: 'Jadwalkan dan kirim undangan' }).dblclick();
  await page.getByTestId('interview-card').waitFor();
  await waitFor(async () => (await dialog.count()) === 0, 10_000, 'the dialog to close');
  expect(await page.getByText(/sudah dijadwalkan/i).count()).toBe(0);
  const booked = await session.db.query<{ count: number }>(
    `SELECT count(*)::int AS count FROM interviews WHERE application_id = $1`,
    [candidate.applicationId],
  );
  expect(booked[0]!.count).toBe(1);
});
