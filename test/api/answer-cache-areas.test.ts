import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, expect, test } from 'vitest';
import type { Database, Queryable } from '../../src/db/database';
import { answerAreas, jobSetupTables, type AnswerAreas } from '../../src/server/answer-areas';
import { bookInterview } from '../support/begun-interviews';
import { checkImport, uploadCsv } from '../support/candidate-imports';
import {
  atHrInterview,
  buildApplication,
  buildJob,
  draftHrScorecard,
  jobInput,
  moveTo,
  scoreHrInterview,
  uniformScorecard,
} from '../support/factories';
import { applicationAtOffer, draftOffer, setJobPay } from '../support/offers';
import { buildAppOn, createTestApp, type TestApp, type TestUser } from '../support/test-app';

/**
 * A kept answer is checked only against the areas its route declares (answer-areas.ts, migration
 * 052). Every table a cached route's SQL reads must be covered: untied to jobs and candidates (048's
 * number, which every answer reads), declared among its tables, or tied to the job or candidate its
 * URL names. And a write empties only what it can change.
 */
let t: TestApp;
let recorded: string[] | undefined;
let recording: { app: FastifyInstance };
let board: { jobId: string; candidateId: string; applicationId: string };
let other: { jobId: string; candidateId: string; applicationId: string };

/** The database as the app sees it, noting every statement while `recorded` is set. */
function recordingDatabase(db: Database): Database {
  const note = (target: Queryable): Queryable => ({
    query: (sql, params) => {
      recorded?.push(sql);
      return target.query(sql, params);
    },
  });
  return {
    engine: db.engine,
    ...note(db),
    transaction: (work) => db.transaction((tx) => work(note(tx))),
    session: (work) => db.session((connection) => work(note(connection))),
    script: (sql) => db.script(sql),
    ping: () => db.ping(),
    close: async () => {},
  };
}

beforeAll(async () => {
  t = await createTestApp();
  recording = { app: await buildAppOn(recordingDatabase(t.db)) };
  board = await atHrInterview(t);
  expect(
    (
      await draftHrScorecard(t, board.applicationId, [
        { attribute: 'communication', rating: 'yes' },
      ])
    ).status,
  ).toBe(200);
  other = await buildApplication(t);
});

afterAll(async () => {
  await recording.app.close();
  await t.close();
});

async function tablesRead(as: TestUser, url: string): Promise<Set<string>> {
  return (await reading(as, url)).tables;
}

/** The tables an answer's SQL read, and the answer. */
async function reading(as: TestUser, url: string): Promise<{ tables: Set<string>; body: unknown }> {
  recorded = [];
  const response = await recording.app.inject({
    method: 'GET',
    url,
    headers: { cookie: as.cookie },
  });
  const statements = recorded;
  recorded = undefined;
  if (process.env.SHOW_SQL && url.includes(process.env.SHOW_SQL))
    console.log(url, statements.join('\n----\n'));
  expect(response.statusCode, response.body).toBe(200);
  const names = new Set<string>();
  // The session's lookup reads the versions (and, for a candidate's jobs, their applications:
  // migration 059) before any answer is looked up or computed: not what the answer reads.
  for (const sql of statements.filter((statement) => !statement.includes('data_versions v'))) {
    for (const match of sql.matchAll(/\b(?:FROM|JOIN)\s+([a-z_][a-z0-9_]*)/gi)) {
      names.add(match[1]!.toLowerCase());
    }
  }
  return { tables: names, body: JSON.parse(response.body) as unknown };
}

/**
 * How each table bumps versions (migration 052): untied, tied to candidates, or to jobs only; or
 * not at all (no area triggers: the sessions, the versions themselves, the report facts).
 */
async function tableTies(): Promise<Map<string, 'untied' | 'candidate' | 'job' | 'unwatched'>> {
  const rows = await t.db.query<{ name: string; columns: string | null }>(
    `SELECT c.relname AS name, encode(g.tgargs, 'escape') AS columns
     FROM pg_class c LEFT JOIN pg_trigger g ON g.tgrelid = c.oid AND g.tgname = 'data_areas_insert'
     WHERE c.relnamespace = current_schema()::regnamespace AND c.relkind IN ('r', 'p')`,
  );
  return new Map(
    rows.map(({ name, columns }) => {
      if (columns === null) return [name, 'unwatched'] as const;
      const [candidate, application, job] = columns.split('\\000');
      const tie = candidate || application ? 'candidate' : job ? 'job' : 'untied';
      return [name, tie] as const;
    }),
  );
}

/** The tables whose writes note their job's setup (migration 059's `job_setup_update` trigger). */
async function tablesNotingJobSetup(): Promise<Set<string>> {
  const rows = await t.db.query<{ name: string }>(
    `SELECT c.relname AS name FROM pg_class c JOIN pg_trigger g ON g.tgrelid = c.oid
     WHERE c.relnamespace = current_schema()::regnamespace AND g.tgname = 'job_setup_update'`,
  );
  return new Set(rows.map(({ name }) => name));
}

/** Read by every request before its answer is looked up, never by an answer itself. */
const readForTheSession = ['sessions', 'data_version', 'data_versions'];

const cases: [string, AnswerAreas, () => string][] = [
  ['candidates list', answerAreas.candidateList, () => '/api/candidates'],
  ['candidates search', answerAreas.candidateList, () => '/api/candidates?q=Lestari'],
  [
    'candidates by job and stage',
    answerAreas.candidateList,
    () => `/api/candidates?jobId=${board.jobId}&stage=hr_interview`,
  ],
  ['candidate page', answerAreas.candidatePage, () => `/api/candidates/${board.candidateId}`],
  ['duplicates', answerAreas.duplicates, () => `/api/candidates/${board.candidateId}/duplicates`],
  ['jobs list', answerAreas.jobList, () => '/api/jobs'],
  ['one job', answerAreas.job, () => `/api/jobs/${board.jobId}`],
  ['board', answerAreas.board, () => `/api/jobs/${board.jobId}/board`],
];

test.each(cases)('every table the %s reads is covered by its areas', async (_, areas, url) => {
  const ties = await tableTies();
  const notingSetup = await tablesNotingJobSetup();
  for (const as of [t.users.recruiter, t.users.hiringManager]) {
    const address = url();
    const { tables, body } = await reading(as, address);
    // What the answer told (migration 060): tables whole, or the candidates it shows and who
    // those are (`candidate-rows`, `candidate-keys`, or any candidate's row).
    const told = areas.told?.(body, {
      actor: { id: as.id, role: as.role },
      query: Object.fromEntries(new URL(address, 'http://x').searchParams),
    });
    const toldTables = told?.filter((area) => area.startsWith('table:')).map((a) => a.slice(6));
    const toldRows = told?.some((area) =>
      ['candidate-rows', 'candidate-keys', 'table:candidates'].includes(area),
    );
    const uncovered = [...tables].filter((table) => {
      const tie = ties.get(table);
      if (toldTables?.includes(table)) return false;
      // The candidates shown, their applications (tied to them) and who they are.
      if (toldRows && tie === 'candidate') return false;
      // In the duplicates' SQL behind "$6::uuid IS NULL OR": read for a team member only.
      if (toldRows && table === 'job_team_members' && as === t.users.recruiter) return false;
      // Read for the named candidate's jobs only (checked by the tests of 059's writes below).
      const setup = (jobSetupTables as readonly string[]).includes(table);
      if (areas.setupOfCandidateJobs && setup && notingSetup.has(table)) return false;
      if (tie === undefined || tie === 'untied') return false; // not a table, or 048's number
      // A table no write notes (the report facts: their sources note for them) is never covered.
      if (tie === 'unwatched') return !readForTheSession.includes(table);
      if (areas.tables?.includes(table)) return false;
      return !(areas.entity && (tie === 'candidate' || areas.entity === 'job'));
    });
    expect(uncovered).toEqual([]);
  }
});

/** Whether the recording app computed the answer (read more than the session and versions). */
async function computed(url: string): Promise<boolean> {
  const lookup = [
    'sessions',
    'users',
    'company_settings',
    'data_version',
    'data_versions',
    'unnest',
  ];
  const tables = await tablesRead(t.users.recruiter, url);
  return [...tables].some((table) => !lookup.includes(table));
}

test("a move in job A keeps job B's board and candidate kept, and refreshes A's board and candidate", async () => {
  const urls = {
    boardA: `/api/jobs/${board.jobId}/board`,
    boardB: `/api/jobs/${other.jobId}/board`,
    candidateA: `/api/candidates/${board.candidateId}`,
    candidateB: `/api/candidates/${other.candidateId}`,
  };
  for (const url of Object.values(urls)) await computed(url);
  for (const url of Object.values(urls)) expect(await computed(url), url).toBe(false);

  expect((await moveTo(t, board.applicationId, 'cv_screening')).status).toBe(200);

  expect(await computed(urls.boardB)).toBe(false);
  expect(await computed(urls.candidateB)).toBe(false);
  expect(await computed(urls.boardA)).toBe(true);
  expect(await computed(urls.candidateA)).toBe(true);
  const card = (await t.call(t.users.recruiter, 'GET', urls.boardA)).body.columns.find(
    (column: { stage: string }) => column.stage === 'cv_screening',
  );
  expect(card.cards.map((c: { applicationId: string }) => c.applicationId)).toContain(
    board.applicationId,
  );
});

test("a candidate's new name refreshes the boards of their jobs only", async () => {
  const boardA = `/api/jobs/${board.jobId}/board`;
  const boardB = `/api/jobs/${other.jobId}/board`;
  await computed(boardA);
  await computed(boardB);
  await editCandidate(board.candidateId, { fullName: 'Ayu Kartika Baru' });

  expect(await computed(boardB)).toBe(false);
  expect(await computed(boardA)).toBe(true);
  const response = await recording.app.inject({
    method: 'GET',
    url: boardA,
    headers: { cookie: t.users.recruiter.cookie },
  });
  expect(response.body).toContain('Ayu Kartika Baru');
});

/**
 * Writes of one job's application that go to tables reached through another row (a scorecard's
 * revisions, an interview's history, an offer's versions) and the job itself: migration 058 ties
 * them to the job and candidate, so none empties what another job's screens kept.
 */
const writesInJobA: [string, (jobId: string) => Promise<{ candidateId: string }>][] = [
  [
    'a scorecard draft',
    async (jobId) => {
      const a = await atHrInterview(t, { jobId });
      // The job's first scorecard fixes its interview plan (the case below): the drafts after it,
      // as they are autosaved, are the writes.
      const first = await draftHrScorecard(t, a.applicationId, [
        { attribute: 'communication', rating: 'yes' },
      ]);
      expect(first.status, JSON.stringify(first.body)).toBe(200);
      await warm(jobId, a.candidateId);
      const saved = await draftHrScorecard(t, a.applicationId, [
        { attribute: 'communication', rating: 'strong_yes' },
      ]);
      expect(saved.status, JSON.stringify(saved.body)).toBe(200);
      return a;
    },
  ],
  [
    "the job's first scorecard, which saves its interview plan",
    async (jobId) => {
      const a = await atHrInterview(t, { jobId });
      await warm(jobId, a.candidateId);
      const first = await draftHrScorecard(t, a.applicationId, [
        { attribute: 'communication', rating: 'yes' },
      ]);
      expect(first.status, JSON.stringify(first.body)).toBe(200);
      const [plans] = await t.db.query<{ n: number }>(
        'SELECT count(*)::int AS n FROM interview_plans WHERE job_id = $1',
        [jobId],
      );
      expect(plans!.n).toBe(2);
      return a;
    },
  ],
  [
    'a scorecard amended',
    async (jobId) => {
      const a = await atHrInterview(t, { jobId });
      await scoreHrInterview(t, a.applicationId);
      await warm(jobId, a.candidateId);
      const amended = await t.call(
        t.users.recruiter,
        'PUT',
        `/api/applications/${a.applicationId}/interviews/hr/scorecard`,
        { ...uniformScorecard('hr', 'strong_yes'), action: 'amend', reason: 'Salah ketik.' },
      );
      expect(amended.status, JSON.stringify(amended.body)).toBe(200);
      return a;
    },
  ],
  [
    'an interview booked',
    async (jobId) => {
      const a = await atHrInterview(t, { jobId });
      await warm(jobId, a.candidateId);
      await bookInterview(t, a.applicationId, {
        stage: 'hr',
        interviewerIds: [t.users.interviewer.id],
      });
      return a;
    },
  ],
  [
    'an offer drafted',
    async (jobId) => {
      await setJobPay(t, jobId, { province: 'dki_jakarta' });
      const a = await applicationAtOffer(t, jobId);
      await warm(jobId, a.candidateId);
      const drafted = await draftOffer(t, a.applicationId, {});
      expect(drafted.status, JSON.stringify(drafted.body)).toBe(201);
      return a;
    },
  ],
  [
    'the job edited',
    async (jobId) => {
      const a = await buildApplication(t, { jobId });
      await warm(jobId, a.candidateId);
      const edited = await t.call(
        t.users.recruiter,
        'PUT',
        `/api/jobs/${jobId}`,
        jobInput(t, { title: 'Backend Developer Senior' }),
      );
      expect(edited.status, JSON.stringify(edited.body)).toBe(200);
      return a;
    },
  ],
];

/**
 * Job B's board and candidate page, and job A's board and candidate page, computed and kept. B is
 * new to each test: an answer is kept for a few seconds from when it was computed, and one kept
 * from an earlier test could run out between here and the test's reading.
 */
let screensOfB: string[] = [];
async function warm(jobA: string, candidateA: string) {
  const b = await buildApplication(t);
  screensOfB = [`/api/jobs/${b.jobId}/board`, `/api/candidates/${b.candidateId}`];
  const urls = [...screensOfB, `/api/jobs/${jobA}/board`, `/api/candidates/${candidateA}`];
  for (const url of urls) await computed(url);
  for (const url of urls) expect(await computed(url), url).toBe(false);
}

test.each(writesInJobA)(
  "%s in job A keeps job B's board kept, and refreshes A's board and candidate",
  async (name, write) => {
    const jobId = (await buildJob(t)).id;
    const written = await write(jobId);
    const [boardB, candidateB] = screensOfB;
    expect(await computed(boardB!)).toBe(false);
    // Job A's setup (its row, team and plans) is read only by its own candidates' pages (059).
    expect(await computed(candidateB!), name).toBe(false);
    expect(await computed(`/api/jobs/${jobId}/board`)).toBe(true);
    expect(await computed(`/api/candidates/${written.candidateId}`)).toBe(true);
  },
);

/**
 * Migration 059: the candidate page reads a job's row, team and interview plans only for the
 * jobs its candidate applied to. A write to any of them in job A refreshes the page of a candidate
 * of A whom nothing else touched (a hiring manager's access may have changed), and keeps job B's
 * candidate page and board.
 */
const setupWrites: [string, (jobId: string) => Promise<unknown>][] = [
  [
    'the interview plan saved',
    async (jobId) => {
      const url = `/api/jobs/${jobId}/interview-plan`;
      const opened = (await t.call(t.users.recruiter, 'GET', url)).body;
      const saved = await t.call(t.users.recruiter, 'PUT', url, {
        hr: { ...opened.plan.hr, brief: 'Tanyakan pengalaman shift.' },
        user: opened.plan.user,
        expectedUpdatedAt: opened.updatedAt,
      });
      expect(saved.status, JSON.stringify(saved.body)).toBe(200);
    },
  ],
  [
    'the job edited (its row and team)',
    async (jobId) => {
      const edited = await t.call(
        t.users.recruiter,
        'PUT',
        `/api/jobs/${jobId}`,
        jobInput(t, { title: 'Analis Data Senior' }),
      );
      expect(edited.status, JSON.stringify(edited.body)).toBe(200);
    },
  ],
  ...Object.entries({
    jobs: 'UPDATE jobs SET updated_at = updated_at WHERE id = $1 RETURNING 1',
    job_team_members:
      'UPDATE job_team_members SET team_role = team_role WHERE job_id = $1 RETURNING 1',
    interview_plans:
      'UPDATE interview_plans SET updated_at = updated_at WHERE job_id = $1 RETURNING 1',
  }).map(([table, sql]): [string, (jobId: string) => Promise<unknown>] => [
    `a row of ${table} written`,
    async (jobId) => {
      if (table === 'interview_plans') {
        // The plan's rows exist once saved; saving them is itself a write, so warm again after.
        const url = `/api/jobs/${jobId}/interview-plan`;
        const opened = (await t.call(t.users.recruiter, 'GET', url)).body;
        const saved = await t.call(t.users.recruiter, 'PUT', url, {
          ...opened.plan,
          expectedUpdatedAt: null,
        });
        expect(saved.status, JSON.stringify(saved.body)).toBe(200);
        await warm(jobId, setupCandidate!);
      }
      expect((await t.db.query(sql, [jobId])).length).toBeGreaterThan(0);
    },
  ]),
];

let setupCandidate: string | undefined;

test.each(setupWrites)(
  "%s in job A refreshes the page of A's candidate and keeps job B's screens",
  async (_, write) => {
    const jobId = (await buildJob(t)).id;
    const a = await buildApplication(t, { jobId });
    setupCandidate = a.candidateId;
    await warm(jobId, a.candidateId);
    await write(jobId);
    const [boardB, candidateB] = screensOfB;
    expect(await computed(boardB!)).toBe(false);
    expect(await computed(candidateB!)).toBe(false);
    expect(await computed(`/api/candidates/${a.candidateId}`)).toBe(true);
  },
);

/**
 * Migration 059: writes of a normal day to tables no kept answer reads (an API token's last use,
 * a set-password link, an import's file and lines) and a user's secrets (a two-factor sign-in's
 * time step, a new password) no longer move 048's number, which every kept answer reads.
 */
const unreadWrites: [string, () => Promise<unknown>][] = [
  [
    'an API token used (api_tokens)',
    async () => {
      const made = await t.call(t.users.admin, 'POST', '/api/admin/api-tokens', {
        name: 'Integrasi HRIS',
        scopes: ['read:jobs'],
      });
      expect(made.status, JSON.stringify(made.body)).toBe(201);
      await warmB();
      const used = await t.app.inject({
        method: 'GET',
        url: '/api/jobs',
        headers: { authorization: `Bearer ${made.body.secret}` },
      });
      expect(used.statusCode, used.body).toBe(200);
      const [token] = await t.db.query<{ used: Date | null }>(
        'SELECT last_used_at AS used FROM api_tokens WHERE id = $1',
        [made.body.token.id],
      );
      expect(token!.used).not.toBeNull();
    },
  ],
  [
    'a set-password link made (password_links)',
    async () => {
      await warmB();
      const made = await t.call(
        t.users.admin,
        'POST',
        `/api/admin/users/${t.users.interviewer.id}/password-link`,
      );
      expect(made.status, JSON.stringify(made.body)).toBeLessThan(300);
    },
  ],
  [
    'a file checked for import (candidate_imports, candidate_import_rows)',
    async () => {
      await warmB();
      const id = await uploadCsv(t, ['Nama,Email', 'Wulan Sari,wulan.sari.059@example.com']);
      await checkImport(t, id, { fullName: 0, email: 1 });
    },
  ],
  [
    "a user's two-factor step and password hash written (users)",
    async () => {
      await warmB();
      await t.db.query(
        `UPDATE users SET totp_last_step = coalesce(totp_last_step, 0) + 1,
           password_hash = password_hash WHERE id = $1`,
        [t.users.interviewer.id],
      );
    },
  ],
];

async function warmB() {
  const b = await buildApplication(t);
  screensOfB = [`/api/jobs/${b.jobId}/board`, `/api/candidates/${b.candidateId}`];
  for (const url of screensOfB) await computed(url);
  for (const url of screensOfB) expect(await computed(url), url).toBe(false);
}

test.each(unreadWrites)('%s keeps every kept answer', async (_, write) => {
  await write();
  for (const url of screensOfB) expect(await computed(url), url).toBe(false);
});

test('a candidate page asked for with the id in upper case is refreshed by a change too', async () => {
  const upper = `/api/candidates/${other.candidateId.toUpperCase()}`;
  const read = async () =>
    (await t.call(t.users.recruiter, 'GET', upper)).body as { fullName: string };
  const before = await read();
  await t.db.query(`UPDATE candidates SET full_name = $2 WHERE id = $1`, [
    other.candidateId,
    'Nama Huruf Besar',
  ]);
  expect((await read()).fullName).toBe('Nama Huruf Besar');
  await t.db.query(`UPDATE candidates SET full_name = $2 WHERE id = $1`, [
    other.candidateId,
    before.fullName,
  ]);
});

test("a user's new title still refreshes every kept answer", async () => {
  await warmB();
  await t.db.query(`UPDATE users SET title = 'Kepala Rekrutmen' WHERE id = $1`, [
    t.users.interviewer.id,
  ]);
  for (const url of screensOfB) expect(await computed(url), url).toBe(true);
});

/**
 * Migration 060: the candidates list and the duplicates check depend on the candidates they show
 * (each one's row and applications, told by the answer) and on who those are: a write to another
 * candidate keeps them, one to a shown candidate or one that changes who is shown refreshes them.
 * Each address is asked twice first: its first answer tells its areas, the second is kept.
 */
async function keptTwice(url: string) {
  await computed(url);
  await computed(url);
  expect(await computed(url), url).toBe(false);
}

async function editCandidate(candidateId: string, change: Record<string, unknown>) {
  const page = (await t.call(t.users.recruiter, 'GET', `/api/candidates/${candidateId}`)).body;
  const edited = await t.call(t.users.recruiter, 'PUT', `/api/candidates/${candidateId}`, {
    fullName: page.fullName,
    email: page.email,
    phone: page.phone,
    city: page.city,
    tags: page.tags,
    notes: page.notes,
    source: page.source,
    ...change,
  });
  expect(edited.status, JSON.stringify(edited.body)).toBe(200);
}

const shownIds = async (url: string) =>
  ((await t.call(t.users.recruiter, 'GET', url)).body.items as { id: string }[]).map((c) => c.id);

test('the candidates list keeps through writes to candidates it does not show, and refreshes on one it shows or a new one', async () => {
  const hidden = await atHrInterview(t);
  const shown = await buildApplication(t);
  // The newest candidate alone.
  const list = '/api/candidates?pageSize=1';
  expect(await shownIds(list)).toEqual([shown.candidateId]);
  await keptTwice(list);

  await editCandidate(hidden.candidateId, { notes: 'Catatan baru', tags: ['excel'] });
  expect(await computed(list)).toBe(false);
  const draft = [{ attribute: 'communication', rating: 'yes' as const }];
  expect((await draftHrScorecard(t, hidden.applicationId, draft)).status).toBe(200);
  expect(await computed(list)).toBe(false);
  expect((await moveTo(t, hidden.applicationId, 'cv_screening')).status).toBe(200);
  expect(await computed(list)).toBe(false);
  // A new candidate is the newest: refreshed.
  await buildApplication(t);
  expect(await computed(list)).toBe(true);
  await keptTwice(list);
  const [newest] = await shownIds(list);
  await editCandidate(newest!, { tags: ['dilihat-di-daftar'] });
  expect(await computed(list)).toBe(true);
  const items = (await t.call(t.users.recruiter, 'GET', list)).body.items as { tags: string[] }[];
  expect(items[0]!.tags).toEqual(['dilihat-di-daftar']);
});

test('a search by words keeps through a move of a candidate it does not show, and refreshes when a note adds the word', async () => {
  const word = `kata${Date.now().toString(36)}`;
  const found = await buildApplication(t);
  await editCandidate(found.candidateId, { notes: `Mahir ${word}` });
  const other = await buildApplication(t);
  const search = `/api/candidates?q=${word}`;
  expect(await shownIds(search)).toEqual([found.candidateId]);
  await keptTwice(search);

  expect((await moveTo(t, other.applicationId, 'cv_screening')).status).toBe(200);
  expect(await computed(search)).toBe(false);
  await editCandidate(other.candidateId, { notes: `Juga ${word}` });
  expect(await computed(search)).toBe(true);
  expect(new Set(await shownIds(search))).toEqual(new Set([found.candidateId, other.candidateId]));
});

test("a candidate's duplicates keep through writes to others, and refresh when a match moves or someone comes to match", async () => {
  const phone = `0813${String(Date.now()).slice(-8)}`;
  const first = await buildApplication(t);
  const match = await buildApplication(t);
  const stranger = await buildApplication(t);
  await editCandidate(first.candidateId, { phone });
  await editCandidate(match.candidateId, { phone });
  await editCandidate(stranger.candidateId, { phone: '0819-0000-0001' });
  const duplicates = `/api/candidates/${first.candidateId}/duplicates`;
  expect(await shownIds(duplicates)).toEqual([match.candidateId]);
  await keptTwice(duplicates);

  // A note, tags and a move of someone it does not show.
  await editCandidate(stranger.candidateId, { notes: 'Tidak terkait', tags: ['lain'] });
  expect((await moveTo(t, stranger.applicationId, 'cv_screening')).status).toBe(200);
  expect(await computed(duplicates)).toBe(false);
  // The match moved: its stage shows.
  expect((await moveTo(t, match.applicationId, 'cv_screening')).status).toBe(200);
  expect(await computed(duplicates)).toBe(true);
  const [shown] = (await t.call(t.users.recruiter, 'GET', duplicates)).body.items as {
    applications: { stage: string }[];
  }[];
  expect(shown!.applications.map((a) => a.stage)).toEqual(['cv_screening']);
  await keptTwice(duplicates);
  // The stranger takes the same phone: now a match.
  await editCandidate(stranger.candidateId, { phone });
  expect(await computed(duplicates)).toBe(true);
  expect(new Set(await shownIds(duplicates))).toEqual(
    new Set([match.candidateId, stranger.candidateId]),
  );
});

test("a hiring manager's candidates list still refreshes on any move (the tables whole)", async () => {
  const list = '/api/candidates';
  const read = async () => {
    const { tables } = await reading(t.users.hiringManager, list);
    return [...tables].some((table) => table === 'candidates');
  };
  await read();
  await read();
  expect(await read()).toBe(false);
  const elsewhere = await buildApplication(t);
  expect((await moveTo(t, elsewhere.applicationId, 'cv_screening')).status).toBe(200);
  expect(await read()).toBe(true);
});
