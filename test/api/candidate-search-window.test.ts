import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { searchCandidates } from '../../src/db/queries/candidate-search';
import { createTestApp, type TestApp } from '../support/test-app';
import { unknownId } from '../support/expectations';

// A search by words ranks the newest `window` matches. A common word is first looked for among
// the newest twice `window` candidates only, then among the newest ten times `window`
// (candidate-search.ts, newestByWords): these tests use a window of 3, so the newest 6, then 30
// candidates, and check that each way gives the newest matches.
let t: TestApp;
const common = `umum${unknownId().slice(0, 6)}`;
const rare = `langka${unknownId().slice(0, 6)}`;
const middling = `sedang${unknownId().slice(0, 6)}`;
const minute = 60_000;
// In the future, so these are the database's newest candidates whatever else it holds.
const newest = Date.now() + 365 * 24 * 60 * minute;

/** A candidate whose notes hold `words`, added `minutesAgo` before the newest of this file. */
async function addCandidate(name: string, words: string, minutesAgo: number) {
  await t.db.query(
    `INSERT INTO candidates (full_name, email, source, tags, notes, created_at)
     VALUES ($1, $2, 'manual', '{}', $3, $4)`,
    [
      name,
      `${name.toLowerCase().replace(/\s+/g, '.')}.${unknownId().slice(0, 6)}@example.com`,
      `Mahir ${words}`,
      new Date(newest - minutesAgo * minute),
    ],
  );
}

beforeAll(async () => {
  t = await createTestApp();
  // The newest 40: every other one knows the common word; two of the newest 30 the rare one; one
  // of the newest 6 and three more of the newest 30 the middling one.
  for (let i = 0; i < 40; i++) {
    const words = [
      i % 2 === 0 ? common : '',
      i === 7 || i === 21 ? rare : '',
      [5, 13, 19, 27].includes(i) ? middling : '',
    ].join(' ');
    await addCandidate(`Baru ${String(i).padStart(2, '0')}`, words, i);
  }
  // Older ones with the rare word: the newest of them belongs among the rare word's newest three.
  await addCandidate('Lama 1', rare, 1000);
  await addCandidate('Lama 2', rare, 2000);
  await addApplications();
});
afterAll(() => t.close());

async function namesFound(text: string) {
  const found = await searchCandidates(t.db, { text, window: 3, limit: 10, offset: 0 });
  return { names: found.rows.map((row) => row.fullName), total: found.total };
}

// The list filtered by applied date walks the newest candidates first (twice the window: here
// the newest 6), and reads the range's applications first when fewer than the window match
// (candidate-search.ts, byAppliedDate). Before the tests above add newer candidates.
let jobId: string;
const recentDay = new Date('2026-03-10T03:00:00Z');
const oldDay = new Date('2025-03-10T03:00:00Z');
const day = 24 * 60 * minute;

/** Applications to one job of this file: on `recentDay` from four of the newest 30 candidates,
 * on `oldDay` from one of them and three older ones. */
async function addApplications() {
  const [job] = await t.db.query<{ id: string }>(
    `INSERT INTO jobs (title, department, city, work_mode, employment_type, description, required_skills, status)
     VALUES ('Analis Jendela', 'Data', 'Jakarta', 'onsite', 'full_time', 'Analisis data.', '{}', 'open')
     RETURNING id`,
  );
  jobId = job!.id;
  const apply = (names: string[], at: Date) =>
    t.db.query(
      `INSERT INTO applications (candidate_id, job_id, stage, created_at, stage_entered_at)
       SELECT id, $1, 'applied', $3, $3 FROM candidates WHERE full_name = ANY ($2::text[])
         AND created_at > $4`,
      [jobId, names, at, new Date(newest - 10 * day)],
    );
  await apply(['Baru 01', 'Baru 03', 'Baru 05', 'Baru 09'], recentDay);
  await apply(['Baru 11', 'Baru 35', 'Lama 1', 'Lama 2'], oldDay);
}

async function namesAppliedOn(on: Date) {
  const found = await searchCandidates(t.db, {
    jobId,
    appliedFrom: new Date(on.getTime() - day),
    appliedBefore: new Date(on.getTime() + day),
    window: 3,
    limit: 10,
    offset: 0,
  });
  return { names: found.rows.map((row) => row.fullName), total: found.total };
}

describe('the list filtered by applied date gives the newest candidates who applied then', () => {
  test('enough of the newest candidates applied then: the newest three of them', async () => {
    expect(await namesAppliedOn(recentDay)).toEqual({
      names: ['Baru 01', 'Baru 03', 'Baru 05'],
      total: 3,
    });
  });

  test('few of the newest applied then: the older ones too, newest first', async () => {
    expect(await namesAppliedOn(oldDay)).toEqual({
      names: ['Baru 11', 'Baru 35', 'Lama 1'],
      total: 3,
    });
  });

  test('a range nobody applied in: none', async () => {
    expect(await namesAppliedOn(new Date('2024-03-10T03:00:00Z'))).toEqual({ names: [], total: 0 });
  });
});

describe('a search by words ranks the newest matches', () => {
  test('a word common among the newest candidates: the newest three of them', async () => {
    expect(await namesFound(common)).toEqual({
      names: ['Baru 00', 'Baru 02', 'Baru 04'],
      total: 3,
    });
  });

  test('a word too rare among the newest 6 but not the newest 30: the newest three', async () => {
    expect(await namesFound(middling)).toEqual({
      names: ['Baru 05', 'Baru 13', 'Baru 19'],
      total: 3,
    });
  });

  test('a rare word: the older match too, beyond the newest candidates', async () => {
    expect(await namesFound(rare)).toEqual({ names: ['Baru 07', 'Baru 21', 'Lama 1'], total: 3 });
  });

  test('candidates added after the newest were counted (a cut-off kept a minute) are found first', async () => {
    await namesFound(common);
    // Newer than every one above: the newest 30 candidates move on by these four.
    for (let i = 1; i <= 4; i++) await addCandidate(`Terbaru ${i}`, common, -i);
    expect(await namesFound(common)).toEqual({
      names: ['Terbaru 4', 'Terbaru 3', 'Terbaru 2'],
      total: 3,
    });
  });
});
