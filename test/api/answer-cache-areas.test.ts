import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, expect, test } from 'vitest';
import type { Database, Queryable } from '../../src/db/database';
import { answerAreas, type AnswerAreas } from '../../src/server/answer-areas';
import { bookInterview } from '../support/begun-interviews';
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
  for (const sql of statements) {
    for (const match of sql.matchAll(/\b(?:FROM|JOIN)\s+([a-z_][a-z0-9_]*)/gi)) {
      names.add(match[1]!.toLowerCase());
    }
  }
  return names;
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
  for (const as of [t.users.recruiter, t.users.hiringManager]) {
    const uncovered = [...(await tablesRead(as, url()))].filter((table) => {
      const tie = ties.get(table);
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
  const page = (await t.call(t.users.recruiter, 'GET', `/api/candidates/${board.candidateId}`))
    .body;
  const edited = await t.call(t.users.recruiter, 'PUT', `/api/candidates/${board.candidateId}`, {
    fullName: 'Ayu Kartika Baru',
    email: page.email,
    phone: page.phone,
    city: page.city,
    tags: page.tags,
    notes: page.notes,
    source: page.source,
  });
  expect(edited.status, JSON.stringify(edited.body)).toBe(200);

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
      // The job's first scorecard fixes its interview plan, which every candidate page reads (a
      // hiring manager's access): the drafts after it, as they are autosaved, are the writes.
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
    // Editing a job saves its team, which every candidate page reads (a hiring manager's access).
    expect(await computed(candidateB!)).toBe(name === 'the job edited');
    expect(await computed(`/api/jobs/${jobId}/board`)).toBe(true);
    expect(await computed(`/api/candidates/${written.candidateId}`)).toBe(true);
  },
);
