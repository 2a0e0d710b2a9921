// What the data-version triggers (migrations 048, 052, 053) cost a write. Each round opens two
// fresh copies of a migrated database, one as migrated and one with the data-version triggers
// dropped (no answer-cache tracking at all), seeds the demo company into each, then makes the
// same typical writes through the app on both, alternating, so both see the same machine load.
// Prints, per write and engine, with and without the triggers: the median wall-clock ms, and the
// mean CPU ms (this process, where PGlite and the app run, plus on PostgreSQL the database's
// server processes, read from /proc/<pid>/schedstat). On a loaded machine the wall clock swings
// widely; the CPU time is what the write costs and holds steady.
//   demo seed          seedDemoData on the fresh database (about 3,000 rows)
//   board move         HR moves an application (with a note) between applied and cv_screening
//   candidate note     HR edits a candidate's notes (PUT /api/candidates/:id)
//   scorecard draft    HR saves the HR-interview scorecard as a draft
//   candidate create   HR adds a candidate applied to a job
//   one-row update     SQL alone: UPDATE applications SET hr_gate_cleared = hr_gate_cleared, one row, committed
// Usage: npx tsx bench/write-cost.ts [--engines pglite,postgresql] [--rounds 3] [--writes 15]
//          [--database-url postgres://postgres@127.0.0.1:54330/postgres] [--profile]
// --profile: after each kind of write, the trigger functions' calls and milliseconds (self time)
// per write on the database with the triggers (pg_stat_user_functions, track_functions = 'pl').
import { PGlite } from '@electric-sql/pglite';
import { randomBytes } from 'node:crypto';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import pg from 'pg';
import { readMailSettings } from '../src/config';
import { openDatabase, type Database } from '../src/db/database';
import { pgliteExtensions } from '../src/db/pglite-start';
import { builtInStageTemplates } from '../src/domain/stage-template';
import { buildApp } from '../src/server/app';
import { createSecretBox } from '../src/services/secret-box';
import { prepareDatabase } from '../src/services/database-setup';
import { seedDemoData } from '../src/services/demo/demo-seed-service';

const { values } = parseArgs({
  options: {
    engines: { type: 'string', default: 'pglite,postgresql' },
    rounds: { type: 'string', default: '3' },
    writes: { type: 'string', default: '15' },
    profile: { type: 'boolean', default: false },
    'database-url': {
      type: 'string',
      default: process.env.DATABASE_URL ?? 'postgres://postgres@127.0.0.1:54330/postgres',
    },
  },
});
const rounds = Number(values.rounds);
const writes = Number(values.writes);
const serverUrl = values['database-url'];
const profile = values.profile;
const mail = readMailSettings();

type Variant = 'triggers' | 'none';
const variants: Variant[] = ['triggers', 'none'];
const kinds = [
  'demo seed',
  'board move',
  'candidate note',
  'scorecard draft',
  'candidate create',
  'one-row update',
] as const;
type Kind = (typeof kinds)[number];
interface Sample {
  wall: number;
  cpu: number;
}
type Samples = Record<Variant, Record<Kind, Sample[]>>;

/**
 * Drops the triggers that note what each statement changed: no write notes or bumps an area any
 * more. The bump's own constraint trigger stays (SET CONSTRAINTS names it) and never fires.
 */
async function dropVersionTriggers(db: Database): Promise<void> {
  await db.script(`DO $$
    DECLARE r record;
    BEGIN
      FOR r IN SELECT t.tgname, t.tgrelid::regclass AS tab FROM pg_trigger t
               WHERE NOT t.tgisinternal
                 AND t.tgname LIKE 'data\\_areas\\_%'
      LOOP
        EXECUTE format('DROP TRIGGER %I ON %s', r.tgname, r.tab);
      END LOOP;
    END $$`);
}

interface Engine {
  name: string;
  /** A fresh copy of the migrated database. */
  open(): Promise<Database>;
  /** A clock of the CPU the database `db` has used so far, in ms. */
  cpuClock(db: Database): Promise<() => Promise<number>>;
  done(): Promise<void>;
}

/** This process's CPU time (all its threads), in ms. */
function processCpu(): number {
  const { user, system } = process.cpuUsage();
  return (user + system) / 1000;
}

/** A process's CPU time in ms, from the scheduler's nanoseconds; 0 once it has gone. */
function schedCpu(pid: number): number {
  try {
    return Number(readFileSync(`/proc/${pid}/schedstat`, 'utf8').split(' ')[0]) / 1e6;
  } catch {
    return 0;
  }
}

async function pgliteEngine(): Promise<Engine> {
  const dir = mkdtempSync(join(tmpdir(), 'seleksi-write-cost-'));
  const migrated = await openDatabase({ dataDir: dir });
  await prepareDatabase(migrated);
  await migrated.close();
  const lite = await PGlite.create(dir, { extensions: pgliteExtensions });
  const snapshot = await lite.dumpDataDir('none');
  await lite.close();
  rmSync(dir, { recursive: true, force: true });
  return {
    name: 'PGlite',
    open: () => openDatabase({ snapshot }),
    cpuClock: async () => async () => processCpu(),
    done: async () => {},
  };
}

async function postgresEngine(): Promise<Engine> {
  const admin = new pg.Client({ connectionString: serverUrl });
  await admin.connect();
  const prefix = `seleksi_bench_write_${randomBytes(4).toString('hex')}`;
  const template = `${prefix}_template`;
  await admin.query(`CREATE DATABASE ${template}`);
  if (profile) await admin.query(`ALTER DATABASE ${template} SET track_functions = 'pl'`);
  const url = (name: string) => {
    const parsed = new URL(serverUrl);
    parsed.pathname = `/${name}`;
    return parsed.toString();
  };
  const migrated = await openDatabase({ databaseUrl: url(template) });
  await prepareDatabase(migrated);
  await migrated.close();
  const made: string[] = [];
  return {
    name: 'PostgreSQL',
    async open() {
      const name = `${prefix}_${made.length}`;
      made.push(name);
      await admin.query(`CREATE DATABASE ${name} TEMPLATE ${template}`);
      if (profile) await admin.query(`ALTER DATABASE ${name} SET track_functions = 'pl'`);
      return openDatabase({ databaseUrl: url(name) });
    },
    async cpuClock(db) {
      const [row] = await db.query<{ name: string }>('SELECT current_database() AS name');
      // The server processes of this database, asked on the bench's own connection, and what
      // each had used when first seen (a connection opened meanwhile counts from its start).
      const seen = new Map<number, number>();
      return async () => {
        const { rows } = await admin.query<{ pid: number }>(
          'SELECT pid FROM pg_stat_activity WHERE datname = $1',
          [row!.name],
        );
        for (const { pid } of rows) if (!seen.has(pid)) seen.set(pid, 0);
        let server = 0;
        for (const pid of seen.keys()) server += schedCpu(pid);
        return processCpu() + server;
      };
    },
    async done() {
      for (const name of [...made, template]) {
        await admin.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
      }
      await admin.end();
    },
  };
}

/** One database of a round: seeded, with the app on it and HR signed in. */
interface Subject {
  db: Database;
  cpu: () => Promise<number>;
  call(method: 'POST' | 'PUT', url: string, payload: object): Promise<void>;
  close(): Promise<void>;
  applied: string[];
  /** The applications of `applied` now at cv_screening. */
  moved: Set<string>;
  atHrInterview: string[];
  candidates: { id: string; body: Record<string, unknown> }[];
  jobId: string;
}

async function subject(engine: Engine, variant: Variant, samples: Samples): Promise<Subject> {
  const db = await engine.open();
  // PGlite has one connection: a session setting reaches every statement.
  if (profile && db.engine === 'pglite') await db.query("SET track_functions = 'pl'");
  if (variant === 'none') await dropVersionTriggers(db);
  const cpu = await engine.cpuClock(db);
  const seed = await timed(cpu, () => seedDemoData(db, mail, new Date()));
  samples[variant]['demo seed'].push(seed);
  const app = await buildApp({
    db,
    mail,
    cvDir: mkdtempSync(join(tmpdir(), 'seleksi-write-cost-cv-')),
    secretBox: createSecretBox(randomBytes(32)),
    logLevel: 'silent',
  });
  const login = await app.inject({
    method: 'POST',
    url: '/api/auth/login',
    payload: { email: 'hr@demo.seleksi.id', password: 'seleksi-demo' },
  });
  const cookie = login.cookies.find((c) => c.name === 'seleksi_session');
  if (!cookie) throw new Error(`sign-in failed: ${login.body}`);
  const headers = { cookie: `seleksi_session=${cookie.value}` };
  const ids = async (stage: string) =>
    (
      await db.query<{ id: string }>(
        `SELECT a.id FROM applications a JOIN jobs j ON j.id = a.job_id
         WHERE a.stage = $1 AND j.status = 'open' ORDER BY a.id`,
        [stage],
      )
    ).map((row) => row.id);
  const [job] = await db.query<{ id: string }>(
    "SELECT id FROM jobs WHERE status = 'open' ORDER BY title LIMIT 1",
  );
  const candidates: Subject['candidates'] = [];
  for (const { id } of await db.query<{ id: string }>(
    'SELECT id FROM candidates ORDER BY id LIMIT $1',
    [writes],
  )) {
    const page = await app.inject({ method: 'GET', url: `/api/candidates/${id}`, headers });
    const body = page.json() as Record<string, unknown>;
    candidates.push({
      id,
      body: {
        fullName: body.fullName,
        email: body.email,
        phone: body.phone,
        city: body.city,
        tags: body.tags,
        notes: body.notes,
        source: body.source,
      },
    });
  }
  return {
    db,
    cpu,
    applied: await ids('applied'),
    moved: new Set(),
    atHrInterview: await ids('hr_interview'),
    candidates,
    jobId: job!.id,
    async call(method, url, payload) {
      const response = await app.inject({ method, url, payload, headers });
      if (response.statusCode >= 300) {
        throw new Error(`${method} ${url}: ${response.statusCode} ${response.body}`);
      }
    },
    async close() {
      await app.close();
      await db.close();
    },
  };
}

/** The writes of one kind, the n-th of them, on a subject. */
const write: Record<Exclude<Kind, 'demo seed'>, (s: Subject, n: number) => Promise<unknown>> = {
  'board move': (s, n) => {
    const id = s.applied[n % s.applied.length]!;
    const toStage = s.moved.has(id) ? 'applied' : 'cv_screening';
    if (toStage === 'applied') s.moved.delete(id);
    else s.moved.add(id);
    return s.call('POST', `/api/applications/${id}/move`, { toStage, note: `Catatan ${n}` });
  },
  'candidate note': (s, n) => {
    const candidate = s.candidates[n % s.candidates.length]!;
    return s.call('PUT', `/api/candidates/${candidate.id}`, {
      ...candidate.body,
      notes: `Catatan bench ${n}`,
    });
  },
  'scorecard draft': (s, n) =>
    s.call(
      'PUT',
      `/api/applications/${s.atHrInterview[n % s.atHrInterview.length]}/interviews/hr/scorecard`,
      {
        action: 'draft',
        ratings: builtInStageTemplates.hr.attributes.map((attribute) => ({
          attribute,
          rating: n % 2 === 0 ? 'yes' : 'strong_yes',
          evidence: `Bukti ${n}`,
        })),
      },
    ),
  'candidate create': (s, n) =>
    s.call('POST', '/api/candidates', {
      fullName: `Bench Kandidat ${n}`,
      email: `bench.${n}.${randomBytes(3).toString('hex')}@example.com`,
      phone: '0812-3456-7890',
      source: 'manual',
      tags: [],
      notes: '',
      tellCandidate: false,
      jobIds: [s.jobId],
    }),
  'one-row update': (s, n) =>
    s.db.transaction((tx) =>
      tx.query('UPDATE applications SET hr_gate_cleared = hr_gate_cleared WHERE id = $1', [
        s.applied[n % s.applied.length],
      ]),
    ),
};

/** The functions the writes of one kind ran, per write (statistics reach the view in a moment). */
async function printProfile(kind: Kind, db: Database): Promise<void> {
  await new Promise((resolve) => setTimeout(resolve, 600));
  await db.query('SELECT pg_stat_clear_snapshot()');
  const rows = await db.query<{ name: string; calls: number; self: number }>(
    `SELECT funcname AS name, calls::float8 / $1 AS calls, self_time / $1 AS self
     FROM pg_stat_user_functions WHERE calls > 0 ORDER BY self_time DESC`,
    [writes],
  );
  console.log(`\n${kind}, per write: calls, ms of the function itself`);
  for (const row of rows) {
    console.log(
      `  ${row.name.padEnd(48)}${row.calls.toFixed(1).padStart(6)}${row.self.toFixed(2).padStart(9)}`,
    );
  }
}

async function timed(cpu: () => Promise<number>, work: () => Promise<unknown>): Promise<Sample> {
  const cpuBefore = await cpu();
  const started = performance.now();
  await work();
  const wall = performance.now() - started;
  return { wall, cpu: (await cpu()) - cpuBefore };
}

const median = (samples: Sample[]) => {
  const sorted = samples.map((sample) => sample.wall).sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)] ?? Number.NaN;
};
const meanCpu = (samples: Sample[]) =>
  samples.reduce((sum, sample) => sum + sample.cpu, 0) / samples.length;

async function measure(engine: Engine): Promise<Samples> {
  const samples = Object.fromEntries(
    variants.map((v) => [v, Object.fromEntries(kinds.map((k) => [k, [] as Sample[]]))]),
  ) as Samples;
  for (let round = 0; round < rounds; round++) {
    // Alternate which variant goes first, so neither always meets a warmer process.
    const order = round % 2 === 0 ? variants : [...variants].reverse();
    const subjects: Partial<Record<Variant, Subject>> = {};
    for (const variant of order) subjects[variant] = await subject(engine, variant, samples);
    for (const kind of kinds) {
      if (kind === 'demo seed') continue;
      // A first write of each kind warms the route's code paths; it is not counted.
      for (const variant of order) await write[kind](subjects[variant]!, writes);
      if (profile) await subjects.triggers!.db.query('SELECT pg_stat_reset()');
      for (let n = 0; n < writes; n++) {
        for (const variant of order) {
          const subject = subjects[variant]!;
          samples[variant][kind].push(await timed(subject.cpu, () => write[kind](subject, n)));
        }
      }
      if (profile && round === 0) await printProfile(kind, subjects.triggers!.db);
    }
    for (const variant of order) await subjects[variant]!.close();
  }
  return samples;
}

const format = (ms: number) => ms.toFixed(ms < 10 ? 2 : 1).padStart(9);
for (const name of values.engines.split(',')) {
  const engine = name === 'postgresql' ? await postgresEngine() : await pgliteEngine();
  try {
    const samples = await measure(engine);
    console.log(`\n${engine.name} (${rounds} rounds, ${writes} writes of each kind)`);
    console.log(
      `${''.padEnd(18)}${'wall-clock ms (median)'.padEnd(36)}CPU ms (mean)\n` +
        `${'write'.padEnd(18)}${['triggers', 'none', 'extra'].map((h) => h.padStart(9)).join('')}` +
        `${''.padEnd(9)}${['triggers', 'none', 'extra'].map((h) => h.padStart(9)).join('')}`,
    );
    for (const kind of kinds) {
      const columns = (on: number, off: number) =>
        `${format(on)}${format(off)}${format(on - off)} ${`(${(((on - off) / off) * 100).toFixed(0)} %)`.padStart(7)} `;
      console.log(
        `${kind.padEnd(18)}${columns(median(samples.triggers[kind]), median(samples.none[kind]))}` +
          columns(meanCpu(samples.triggers[kind]), meanCpu(samples.none[kind])),
      );
    }
  } finally {
    await engine.done();
  }
}
