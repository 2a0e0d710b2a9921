import { afterAll, beforeAll, expect, test } from 'vitest';
import { startBrowserSession, type BrowserSession } from './browser';

/**
 * Two HR users at once (retrial23): HR and the admin open the same candidate's form, or the same
 * board. The second save or move is refused in words naming who changed it, in Indonesian and in
 * English, and what the user typed stays on screen until they choose to load the latest.
 */
let session: BrowserSession;
const nameOf = async (email: string) =>
  (await session.db.query<{ name: string }>('SELECT name FROM users WHERE email = $1', [email]))[0]!
    .name;

beforeAll(async () => {
  session = await startBrowserSession();
});
afterAll(() => session?.close());

test("a candidate saved from a form opened before someone else's save is refused, in id and en", async () => {
  const [candidate] = await session.db.query<{ id: string }>(
    `SELECT id FROM candidates WHERE anonymised_at IS NULL ORDER BY created_at LIMIT 1`,
  );
  const path = `/candidates/${candidate!.id}/edit`;
  const hrName = await nameOf('hr@demo.seleksi.id');
  const adminName = await nameOf('admin@demo.seleksi.id');
  const rina = await session.signedInPage('hr@demo.seleksi.id', { locale: 'id', path });
  const sekar = await session.signedInPage('admin@demo.seleksi.id', { locale: 'en', path });
  await rina.getByLabel('Catatan').waitFor();
  await sekar.getByLabel('Notes').waitFor();

  await rina.getByLabel('Catatan').fill('Bisa mulai bulan depan.');
  await rina.getByRole('button', { name: 'Simpan kandidat' }).click();
  await rina.waitForURL(new RegExp(`/candidates/${candidate!.id}$`));

  await sekar.getByLabel('City').fill('Bekasi Timur');
  await sekar.getByRole('button', { name: 'Save candidate' }).click();
  const inEnglish = sekar.getByTestId('edited-elsewhere');
  await inEnglish.waitFor();
  expect(await inEnglish.textContent()).toContain(`${hrName} saved a change at`);
  expect(await inEnglish.textContent()).toContain('what you typed is still below');
  expect(await sekar.getByLabel('City').inputValue()).toBe('Bekasi Timur');
  await session.screenshot(sekar, 'edited-elsewhere-candidate-en');

  // Rina opens the form again; Sekar loads the latest and saves her city over it.
  await rina.goto(`${session.baseUrl}${path}`);
  await rina.getByLabel('Catatan').waitFor();
  await sekar.getByRole('button', { name: 'Load the latest (replaces what you typed)' }).click();
  await expect.poll(() => sekar.getByLabel('Notes').inputValue()).toBe('Bisa mulai bulan depan.');
  await sekar.getByLabel('City').fill('Bekasi Timur');
  await sekar.getByRole('button', { name: 'Save candidate' }).click();
  await sekar.waitForURL(new RegExp(`/candidates/${candidate!.id}$`));

  await rina.getByLabel('Catatan').fill('Catatan lama yang menimpa.');
  await rina.getByRole('button', { name: 'Simpan kandidat' }).click();
  const inIndonesian = rina.getByTestId('edited-elsewhere');
  await inIndonesian.waitFor();
  expect(await inIndonesian.textContent()).toContain(`${adminName} menyimpan perubahan pada`);
  expect(await rina.getByLabel('Catatan').inputValue()).toBe('Catatan lama yang menimpa.');
  await session.screenshot(rina, 'edited-elsewhere-candidate-id');
  const [stored] = await session.db.query<{ city: string; notes: string }>(
    'SELECT city, notes FROM candidates WHERE id = $1',
    [candidate!.id],
  );
  expect(stored).toEqual({ city: 'Bekasi Timur', notes: 'Bisa mulai bulan depan.' });
});

test('a move from a stale board says who moved the card where, and moves nothing', async () => {
  const [card] = await session.db.query<{ jobId: string; name: string; applicationId: string }>(
    `SELECT a.job_id AS "jobId", c.full_name AS name, a.id AS "applicationId"
     FROM applications a JOIN candidates c ON c.id = a.candidate_id
     WHERE a.stage = 'applied' AND c.anonymised_at IS NULL ORDER BY a.created_at DESC LIMIT 1`,
  );
  const path = `/jobs/${card!.jobId}`;
  const hrName = await nameOf('hr@demo.seleksi.id');
  const rina = await session.signedInPage('hr@demo.seleksi.id', { locale: 'en', path });
  const sekar = await session.signedInPage('admin@demo.seleksi.id', { locale: 'id', path });
  const rinaMenu = rina.getByLabel(`Move to… ${card!.name}`);
  const sekarMenu = sekar.getByLabel(`Pindahkan ke… ${card!.name}`);
  await rinaMenu.waitFor();
  await sekarMenu.waitFor();

  await rinaMenu.selectOption('cv_screening');
  await expect.poll(() => rina.getByRole('status').first().textContent()).toContain(card!.name);

  await sekarMenu.selectOption('hr_interview');
  await expect
    .poll(() => sekar.getByRole('status').first().textContent())
    .toContain(`${hrName} sudah memindahkan ${card!.name} ke Screening CV`);
  // The board refreshed: the card is in Screening CV now, and was not moved again.
  await sekar
    .locator('section[data-stage=cv_screening]')
    .getByText(card!.name, { exact: true })
    .waitFor();
  await session.screenshot(sekar, 'moved-elsewhere-board-id');

  // The other way round, in English: Sekar moves it on; Rina's board still shows CV screening.
  const adminName = await nameOf('admin@demo.seleksi.id');
  await sekar.getByLabel(`Pindahkan ke… ${card!.name}`).selectOption('hr_interview');
  await expect
    .poll(() => sekar.getByRole('status').first().textContent())
    .toContain('Interview HR');
  await rinaMenu.selectOption('hr_interview');
  await expect
    .poll(() => rina.getByRole('status').first().textContent())
    .toContain(`${adminName} already moved ${card!.name} to HR interview at`);
  const [stored] = await session.db.query<{ stage: string }>(
    'SELECT stage FROM applications WHERE id = $1',
    [card!.applicationId],
  );
  expect(stored!.stage).toBe('hr_interview');
});
