import { afterAll, beforeAll, expect, test } from 'vitest';
import { startBrowserSession, type BrowserSession } from './browser';

let session: BrowserSession;
/** A demo candidate at the HR interview with a booked interview still ahead. */
let booked: { id: string; interviewId: string } | undefined;

beforeAll(async () => {
  session = await startBrowserSession();
  [booked] = await session.db.query<{ id: string; interviewId: string }>(
    `SELECT c.id, i.id AS "interviewId" FROM interviews i
     JOIN applications a ON a.id = i.application_id
     JOIN candidates c ON c.id = a.candidate_id
     WHERE a.stage = 'hr_interview' AND i.stage = 'hr' AND i.status = 'scheduled'
       AND NOT i.recorded AND i.starts_at > now()
     ORDER BY c.full_name LIMIT 1`,
  );
});
afterAll(() => session?.close());

test('HR cancels a booked interview with a reason: the dialog closes and the card reads cancelled', async () => {
  if (!booked) throw new Error('the demo has no HR interview booked ahead');
  const page = await session.signedInPage('hr@demo.seleksi.id', {
    locale: 'id',
    path: `/candidates/${booked.id}`,
  });
  const card = page.getByTestId('interview-card');
  await card.getByRole('button', { name: 'Batalkan', exact: true }).click();
  const dialog = page.getByRole('dialog', { name: 'Batalkan Interview HR?' });
  await dialog.getByRole('heading', { name: 'Batalkan Interview HR?' }).waitFor();
  await dialog
    .getByLabel('Alasan pembatalan (dikirim ke kandidat)')
    .fill('Posisi ditunda sampai kuartal depan.');
  await dialog.getByRole('button', { name: 'Batalkan interview' }).click();
  await expect.poll(() => dialog.count()).toBe(0);
  await expect.poll(() => card.textContent()).toContain('Dibatalkan');
  const [row] = await session.db.query<{ status: string }>(
    'SELECT status FROM interviews WHERE id = $1',
    [booked.interviewId],
  );
  expect(row?.status).toBe('cancelled');
});
