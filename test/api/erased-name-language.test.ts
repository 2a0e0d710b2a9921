import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { download } from '../support/downloads';
import { addCandidate, buildJob, moveTo } from '../support/factories';
import { createTestApp, type TestApp } from '../support/test-app';

/**
 * An erased person's record keeps a placeholder for a name; every reader sees it in their own
 * language ("Anonymous" / "Anonim"), on screen and in the files they export (walk27).
 */
let t: TestApp;
let job: { id: string; title: string };
const tag = Date.now().toString(36);
const erasedName = `Bayu Terhapus ${tag}`;

beforeAll(async () => {
  t = await createTestApp();
  job = await buildJob(t, { title: `Staf Gudang ${tag}` });
  const bayu = await addCandidate(t, {
    fullName: erasedName,
    email: `bayu.${tag}@example.com`,
    jobIds: [job.id],
  });
  await addCandidate(t, {
    fullName: `Sari Tetap ${tag}`,
    email: `sari.${tag}@example.com`,
    jobIds: [job.id],
  });
  await moveTo(t, bayu.applications[0]!.id, 'hr_interview');
  const erased = await t.call(t.users.recruiter, 'POST', `/api/candidates/${bayu.id}/erase`);
  expect(erased.status, JSON.stringify(erased.body)).toBe(200);
});
afterAll(() => t.close());

describe("an erased person's name in the reader's language", () => {
  test('the exports read "Anonymous" in English and "Anonim" in Indonesian, never the old name', async () => {
    for (const [locale, word, notWord] of [
      ['en', 'Anonymous', 'Anonim'],
      ['id', 'Anonim', 'Anonymous'],
    ] as const) {
      const list = await download(
        t,
        t.users.recruiter,
        `/api/candidates/export?format=csv&locale=${locale}&jobId=${job.id}`,
      );
      const applications = await download(
        t,
        t.users.recruiter,
        `/api/jobs/${job.id}/applications/export?format=csv&locale=${locale}`,
      );
      for (const file of [list, applications]) {
        expect(file.status).toBe(200);
        const rows = file.text.split('\r\n');
        expect(rows.some((row) => row.startsWith(`${word},`))).toBe(true);
        expect(file.text).not.toContain(notWord);
        expect(file.text).not.toContain(erasedName);
        // The placeholder address reaches no one: not exported.
        expect(file.text).not.toContain('anonymised.invalid');
        // The person still named reads as before.
        expect(file.text).toContain(`Sari Tetap ${tag}`);
      }
    }
  });

  test('the board, the comparison and the list say which records are anonymised', async () => {
    const board = await t.call(t.users.recruiter, 'GET', `/api/jobs/${job.id}/board`);
    const cards = board.body.columns.flatMap(
      (column: { cards: { candidateName: string; anonymised?: true }[] }) => column.cards,
    );
    expect(cards.filter((card: { anonymised?: true }) => card.anonymised)).toHaveLength(1);
    expect(
      cards.find((card: { candidateName: string }) => card.candidateName.startsWith('Sari')),
    ).not.toHaveProperty('anonymised');

    const comparison = await t.call(t.users.recruiter, 'GET', `/api/jobs/${job.id}/comparison`);
    expect(comparison.body.rows).toEqual([expect.objectContaining({ anonymised: true })]);

    const list = await t.call(t.users.recruiter, 'GET', `/api/candidates?jobId=${job.id}`);
    expect(list.body.items.map((item: { anonymised: boolean }) => item.anonymised).sort()).toEqual([
      false,
      true,
    ]);
  });

  test('a search by the old name finds no one', async () => {
    const found = await t.call(
      t.users.recruiter,
      'GET',
      `/api/candidates?q=${encodeURIComponent(erasedName)}`,
    );
    expect(found.body.total).toBe(0);
    const board = await t.call(
      t.users.recruiter,
      'GET',
      `/api/jobs/${job.id}/board?q=${encodeURIComponent('Bayu')}`,
    );
    expect(board.body.columns.flatMap((column: { cards: unknown[] }) => column.cards)).toEqual([]);
  });
});
