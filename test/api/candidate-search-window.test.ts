import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { searchCandidates } from '../../src/db/queries/candidate-search';
import { createTestApp, type TestApp } from '../support/test-app';
import { unknownId } from '../support/expectations';

// A search by words ranks the newest `window` matches. A common word is first looked for among
// the newest ten times `window` candidates only (candidate-search.ts, newestByWords): these
// tests use a window of 3, so the newest 30 candidates, and check both ways give the newest
// matches.
let t: TestApp;
const common = `umum${unknownId().slice(0, 6)}`;
const rare = `langka${unknownId().slice(0, 6)}`;
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
  // The newest 40: every other one knows the common word; two of the newest 30 the rare one.
  for (let i = 0; i < 40; i++) {
    const words = [i % 2 === 0 ? common : '', i === 7 || i === 21 ? rare : ''].join(' ');
    await addCandidate(`Baru ${String(i).padStart(2, '0')}`, words, i);
  }
  // Older ones with the rare word: the newest of them belongs among the rare word's newest three.
  await addCandidate('Lama 1', rare, 1000);
  await addCandidate('Lama 2', rare, 2000);
});
afterAll(() => t.close());

async function namesFound(text: string) {
  const found = await searchCandidates(t.db, { text, window: 3, limit: 10, offset: 0 });
  return { names: found.rows.map((row) => row.fullName), total: found.total };
}

describe('a search by words ranks the newest matches', () => {
  test('a word common among the newest candidates: the newest three of them', async () => {
    expect(await namesFound(common)).toEqual({
      names: ['Baru 00', 'Baru 02', 'Baru 04'],
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
