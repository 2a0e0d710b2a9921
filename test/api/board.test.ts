import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { createTestApp, type TestApp, type TestUser } from '../support/test-app';
import { buildApplication, buildJob, candidateInput, moveTo } from '../support/factories';
import { expectError, expectInvalid, unknownId } from '../support/expectations';

let t: TestApp;
let jobId: string;
/** The applied column's ids in board order (longest in the stage first, ties by id). */
let appliedInOrder: string[];
const manyApplied = 130;

interface Column {
  stage: string;
  count: number;
  can: { moveTo: string[] };
  cards: { applicationId: string; candidateName: string; tags: string[]; can?: unknown }[];
  next: string | null;
}

beforeAll(async () => {
  t = await createTestApp();
  jobId = (await buildJob(t)).id;
  // A few through the API (tagged, one moved on), the bulk straight into the tables: half of them
  // entered the stage at the same instant, which is what keyset paging must get right.
  for (const tags of [['Figma'], ['figma', 'remote'], []]) {
    await t.call(
      t.users.recruiter,
      'POST',
      '/api/candidates',
      candidateInput({ jobIds: [jobId], tags, fullName: `Papan Lewat API ${tags.length}` }),
    );
  }
  const moved = await buildApplication(t, { jobId });
  await moveTo(t, moved.applicationId, 'cv_screening');
  await t.db.query(
    `WITH made AS (
       INSERT INTO candidates (full_name, email, source)
       SELECT 'Papan Kandidat ' || lpad(n::text, 3, '0'), 'papan' || n || '@example.com', 'manual'
       FROM generate_series(1, $2::int) n RETURNING id, full_name
     )
     INSERT INTO applications (candidate_id, job_id, stage, created_at, stage_entered_at)
     SELECT id, $1, 'applied', now() - interval '3 days',
       CASE WHEN right(full_name, 1) IN ('0','2','4','6','8') THEN timestamptz '2026-01-05 08:00:00.123456+00'
            ELSE now() - interval '1 day' * right(full_name, 2)::int END
     FROM made`,
    [jobId, manyApplied - 3],
  );
  appliedInOrder = (
    await t.db.query<{ id: string }>(
      `SELECT id FROM applications WHERE job_id = $1 AND stage = 'applied'
       ORDER BY stage_entered_at, id`,
      [jobId],
    )
  ).map((row) => row.id);
});
afterAll(() => t.close());

const board = (user: TestUser | null, query = '') =>
  t.call(user, 'GET', `/api/jobs/${jobId}/board${query}`);
const column = (user: TestUser | null, stage: string, query = '') =>
  t.call(user, 'GET', `/api/jobs/${jobId}/board/${stage}${query}`);
const columnOf = (body: { columns: Column[] }, stage: string) =>
  body.columns.find((c) => c.stage === stage)!;

describe('GET /api/jobs/:jobId/board, paged per column', () => {
  test('every column counts exactly; the first 50 cards come with a position for more', async () => {
    expect(appliedInOrder).toHaveLength(manyApplied);
    const reply = await board(t.users.recruiter);
    expect(reply.status).toBe(200);
    const applied = columnOf(reply.body, 'applied');
    expect(applied.count).toBe(manyApplied);
    expect(applied.cards.map((c) => c.applicationId)).toEqual(appliedInOrder.slice(0, 50));
    expect(applied.next).toEqual(expect.any(String));
    // Cards in one state share their column's flags, sent once (issue 19: half of each card).
    expect(applied.can).toMatchObject({ moveTo: expect.arrayContaining(['cv_screening']) });
    expect(applied.cards.filter((card) => 'can' in card)).toEqual([]);
    const screening = columnOf(reply.body, 'cv_screening');
    expect(screening).toMatchObject({ count: 1, next: null });
    expect(screening.cards).toHaveLength(1);
    expect(columnOf(reply.body, 'hired')).toEqual({
      stage: 'hired',
      count: 0,
      can: expect.any(Object),
      cards: [],
      next: null,
    });
  });

  test('"load more" walks the column by keyset: every card once, in order, ties included', async () => {
    const seen: string[] = [];
    let after: string | null = null;
    let pages = 0;
    do {
      const reply = await column(
        t.users.recruiter,
        'applied',
        `?limit=40${after ? `&after=${after}` : ''}`,
      );
      expect(reply.status).toBe(200);
      expect(reply.body.count).toBe(manyApplied);
      seen.push(...reply.body.cards.map((c: Column['cards'][number]) => c.applicationId));
      after = reply.body.next;
      pages++;
    } while (after && pages < 10);
    expect(pages).toBe(Math.ceil(manyApplied / 40));
    expect(seen).toEqual(appliedInOrder);
  });

  test('a move shows in the counts and the pages at once', async () => {
    const first = appliedInOrder[0]!;
    expect((await moveTo(t, first, 'cv_screening')).status).toBe(200);
    const reply = await board(t.users.recruiter, '?limit=5');
    expect(columnOf(reply.body, 'applied').count).toBe(manyApplied - 1);
    expect(columnOf(reply.body, 'applied').cards[0]!.applicationId).toBe(appliedInOrder[1]);
    expect(columnOf(reply.body, 'cv_screening').count).toBe(2);
    expect(columnOf(reply.body, 'cv_screening').cards.map((c) => c.applicationId)).toContain(first);
    appliedInOrder = appliedInOrder.slice(1);
  });

  test('search inside the board: name, e-mail or tag, any case, counted on the server', async () => {
    const byTag = await board(t.users.recruiter, '?q=FIGMA');
    expect(columnOf(byTag.body, 'applied')).toMatchObject({ count: 2, next: null });
    expect(
      columnOf(byTag.body, 'applied')
        .cards.map((c) => c.tags)
        .sort(),
    ).toEqual([['figma'], ['figma', 'remote']]);
    expect(byTag.body.columns.reduce((sum: number, c: Column) => sum + c.count, 0)).toBe(2);

    const byName = await board(t.users.recruiter, '?q=kandidat%2001');
    // "Papan Kandidat 010" to "019" contain it: ten, less one if the move test above took one of
    // them (it moves the first card, which ties on time with others and is chosen by its id).
    const [counted] = await t.db.query<{ stillApplied: number }>(
      `SELECT count(*)::int AS "stillApplied" FROM applications a
         JOIN candidates c ON c.id = a.candidate_id
        WHERE a.job_id = $1 AND a.stage = 'applied' AND c.full_name LIKE 'Papan Kandidat 01_'`,
      [jobId],
    );
    const stillApplied = counted!.stillApplied;
    expect(stillApplied).toBeGreaterThanOrEqual(9);
    expect(columnOf(byName.body, 'applied').count).toBe(stillApplied);
    const paged = await column(t.users.recruiter, 'applied', '?q=kandidat%2001&limit=4');
    expect(paged.body).toMatchObject({ count: stillApplied, next: expect.any(String) });
    const rest = await column(
      t.users.recruiter,
      'applied',
      `?q=kandidat%2001&limit=10&after=${paged.body.next}`,
    );
    expect(rest.body.cards).toHaveLength(stillApplied - 4);
    expect(rest.body.next).toBeNull();

    const byEmail = await board(t.users.recruiter, '?q=papan77%40example');
    expect(columnOf(byEmail.body, 'applied').count).toBe(1);
    // The person's own % and _ are letters, not wildcards.
    const literal = await board(t.users.recruiter, '?q=%25');
    expect(literal.body.columns.every((c: Column) => c.count === 0)).toBe(true);
  });
});

describe('the board and its columns: access and bad input', () => {
  test('401 without a session; 404 for another team and an unknown job', async () => {
    expectError(await board(null), 401, 'unauthenticated');
    expectError(await column(null, 'applied'), 401, 'unauthenticated');
    const theirs = await buildJob(t, {
      title: 'Finance Staff',
      team: {
        recruiterId: t.users.recruiter.id,
        hiringManagerId: t.users.admin.id,
        interviewerIds: [],
      },
    });
    for (const url of [`/api/jobs/${theirs.id}/board`, `/api/jobs/${theirs.id}/board/applied`]) {
      expectError(await t.call(t.users.interviewer, 'GET', url), 404, 'not_found');
      expect((await t.call(t.users.recruiter, 'GET', url)).status).toBe(200);
    }
    expectError(
      await t.call(t.users.recruiter, 'GET', `/api/jobs/${unknownId()}/board/applied`),
      404,
      'not_found',
    );
    // The job's own team reads it, the hiring manager included; its interviewer opens their
    // interviews' kits, not the board of all its people.
    expect((await column(t.users.hiringManager, 'applied')).status).toBe(200);
    expectError(await column(t.users.interviewer, 'applied'), 403, 'forbidden');
  });

  test('400 naming the field: stage, a position the board never gave, limit, search length', async () => {
    expectInvalid(await column(t.users.recruiter, 'papan'), { column: 'invalid_value' });
    // This job has no tests stage.
    expectInvalid(await column(t.users.recruiter, 'tests'), { column: 'stage_not_in_job' });
    expectInvalid(await column(t.users.recruiter, 'applied', '?after=bukan%20posisi'), {
      after: 'invalid_regex',
    });
    expectInvalid(await column(t.users.recruiter, 'applied', '?after=aGFsbw'), {
      after: 'invalid',
    });
    expectInvalid(await board(t.users.recruiter, '?limit=0'), { limit: 'too_small' });
    expectInvalid(await board(t.users.recruiter, `?q=${'a'.repeat(201)}`), { q: 'too_big' });
  });
});
