// Spreadsheet import at volume (issue 20): 10,000 rows and then 50,000 rows of candidates, uploaded,
// checked and imported as HR does it (both above the background threshold, so through the pg-boss
// queue with the app's workers), on embedded PGlite in files as `seleksi serve` keeps it. While
// each import runs, another request (the candidate list's first page) is timed every 200 ms, to
// show how long others wait. Prints the timings; not a test.
// Usage: npx tsx bench/import.ts            (PGlite in a temporary folder)
//        DATABASE_URL=postgres://… npx tsx bench/import.ts
import { readMailSettings } from '../src/config';
import { mkdtempSync, rmSync } from 'node:fs';
import { loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { monitorEventLoopDelay } from 'node:perf_hooks';
import { openDatabase, type Database, type Queryable } from '../src/db/database';
import { insertUser } from '../src/db/queries/users';
import type { Actor } from '../src/services/actor';
import { startBackgroundWork } from '../src/services/background/background-work';
import { requestCheck } from '../src/services/candidate-imports/check-import';
import { requestImport } from '../src/services/candidate-imports/commit-import';
import { readImport } from '../src/services/candidate-imports/read-import';
import { uploadImport } from '../src/services/candidate-imports/upload-import';
import { listCandidates } from '../src/services/candidates/candidate-service';
import { prepareDatabase } from '../src/services/database-setup';
import { createJob } from '../src/services/jobs/job-service';

const cities = ['Jakarta Selatan', 'Bandung', 'Surabaya', 'Medan', 'Yogyakarta', 'Depok'];
const first = ['Sari', 'Budi', 'Ayu', 'Dewi', 'Rizky', 'Putri', 'Agus', 'Wulan', 'Indra', 'Rina'];
const last = ['Rahmawati', 'Santoso', 'Pratama', 'Wijaya', 'Hidayat', 'Lestari', 'Saputra'];
const sources = ['JobStreet', 'LinkedIn', 'Referensi', 'Glints', 'Kampus'];

/** A CSV as HR exports it from Excel in Indonesia (`;` between fields). */
function spreadsheet(rows: number, prefix: string, jobTitle: string): Buffer {
  const lines = ['Nama Lengkap;Email;No HP;Kota;Sumber;Posisi;Tahap;Tag;Catatan'];
  for (let i = 0; i < rows; i++) {
    const name = `${first[i % first.length]} ${last[(i * 7) % last.length]} ${prefix}${i}`;
    lines.push(
      [
        name,
        `${prefix}.${i}@contoh.co.id`,
        `08${String(1_200_000_000 + i + (prefix === 'b' ? 500_000_000 : 0))}`,
        cities[i % cities.length],
        sources[i % sources.length],
        i % 3 === 0 ? jobTitle : '',
        i % 3 === 0 ? 'Screening CV' : '',
        'impor, 2026',
        i % 10 === 0 ? 'Dari job fair kampus' : '',
      ].join(';'),
    );
  }
  return Buffer.from(lines.join('\r\n'), 'utf8');
}

/**
 * BENCH_PROFILE=1: every statement slower than 100 ms is counted by the phase it ran in and the
 * start of its SQL (never its parameters: they are the file's personal data), and the event loop's
 * delay is measured per phase, to see where others' waits come from.
 */
const profile = process.env.BENCH_PROFILE === '1';
let phase = 'setup';
const slowStatements = new Map<string, { count: number; total: number; longest: number }>();
function timed(target: Queryable): Queryable {
  return {
    query: async (sql, params) => {
      const started = performance.now();
      try {
        return await target.query(sql, params);
      } finally {
        const took = performance.now() - started;
        if (took > 100) {
          const key = `${phase}: ${sql.replace(/\s+/g, ' ').slice(0, 70)}`;
          const seen = slowStatements.get(key) ?? { count: 0, total: 0, longest: 0 };
          slowStatements.set(key, {
            count: seen.count + 1,
            total: seen.total + took,
            longest: Math.max(seen.longest, took),
          });
        }
      }
    },
  };
}
function profiled(db: Database): Database {
  if (!profile) return db;
  return {
    ...db,
    query: timed(db).query,
    transaction: (work) => db.transaction((tx) => work(timed(tx))),
  };
}
const loopDelay = monitorEventLoopDelay({ resolution: 10 });
function phaseDone(name: string) {
  if (profile) {
    loopDelay.disable();
    console.log(
      `    ${name}: event loop delay p50 ${Math.round(loopDelay.percentile(50) / 1e6)} ms, ` +
        `p99 ${Math.round(loopDelay.percentile(99) / 1e6)} ms, max ${Math.round(loopDelay.max / 1e6)} ms`,
    );
    loopDelay.reset();
    loopDelay.enable();
  }
}
function printSlowStatements() {
  if (!profile) return;
  for (const [key, { count, total, longest }] of [...slowStatements].sort(
    (a, b) => b[1].total - a[1].total,
  )) {
    console.log(
      `    ${count}× total ${Math.round(total)} ms, longest ${Math.round(longest)} ms — ${key}`,
    );
  }
  slowStatements.clear();
}
const load = () =>
  `load ${loadavg()
    .map((n) => n.toFixed(2))
    .join(' ')}`;

const seconds = (ms: number) => `${(ms / 1000).toFixed(1)} s`;

/** Polls the import until it leaves `status`, as the page does. */
async function waitWhile(db: Database, actor: Actor, id: string, status: string) {
  for (;;) {
    const state = await readImport(db, actor, id);
    if (state.status !== status) return state;
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
}

/**
 * Times another request every 200 ms while `work` runs: the longest and the median wait. A wait
 * counts from when the request was due (its timer's time), not from when the event loop got to
 * it: PGlite runs each statement on this thread, so a long statement delays the timer itself.
 */
async function whileTimingOthers<T>(db: Database, actor: Actor, work: Promise<T>) {
  const waits: number[] = [];
  let done = false;
  const probe = (async () => {
    let due = performance.now();
    while (!done) {
      await listCandidates(db, actor, { page: 1, pageSize: 25 });
      waits.push(performance.now() - due);
      due = performance.now() + 200;
      await new Promise((resolve) => setTimeout(resolve, 200));
    }
  })();
  const result = await work;
  done = true;
  await probe;
  waits.sort((a, b) => a - b);
  const at = (q: number) =>
    Math.round(waits[Math.min(waits.length - 1, Math.floor(waits.length * q))] ?? 0);
  return {
    result,
    others: `other requests: ${waits.length}, median ${at(0.5)} ms, p99 ${at(0.99)} ms, longest ${Math.round(waits.at(-1) ?? 0)} ms (${load()})`,
  };
}

async function importFile(db: Database, actor: Actor, rows: number, prefix: string, job: string) {
  const bytes = spreadsheet(rows, prefix, job);
  const started = performance.now();
  phase = 'upload';
  loopDelay.reset();
  loopDelay.enable();
  const { result, others } = await whileTimingOthers(
    db,
    actor,
    (async () => {
      const uploaded = await uploadImport(db, actor, { fileName: `${prefix}.csv`, bytes });
      const afterUpload = performance.now();
      phaseDone('upload');
      phase = 'check';
      await requestCheck(db, actor, uploaded.id, uploaded.suggestedMapping);
      const checked = await waitWhile(db, actor, uploaded.id, 'checking');
      const afterCheck = performance.now();
      phaseDone('check');
      phase = 'import';
      await requestImport(db, readMailSettings(), actor, uploaded.id, { tellCandidates: false });
      const done = await waitWhile(db, actor, uploaded.id, 'importing');
      const afterImport = performance.now();
      phaseDone('import');
      return { uploaded, checked, done, afterUpload, afterCheck, afterImport };
    })(),
  );
  const { checked, done, afterUpload, afterCheck, afterImport } = result;
  console.log(
    `${rows.toLocaleString('en')} rows (${(bytes.length / 1024 / 1024).toFixed(1)} MB CSV): ` +
      `upload ${seconds(afterUpload - started)}, check ${seconds(afterCheck - afterUpload)}, ` +
      `import ${seconds(afterImport - afterCheck)}, total ${seconds(afterImport - started)}; ` +
      `${checked.validRows} valid, ${checked.problemCount} problems, ${done.importedRows} imported (${done.status})`,
  );
  console.log(`  ${others}`);
  printSlowStatements();
}

const dataDir = process.env.DATABASE_URL
  ? undefined
  : mkdtempSync(join(tmpdir(), 'seleksi-import-'));
const db = profiled(
  await openDatabase({
    databaseUrl: process.env.DATABASE_URL,
    dataDir: dataDir && join(dataDir, 'pglite'),
  }),
);
try {
  await prepareDatabase(db);
  const hr = await insertUser(db, {
    email: `hr.${Date.now()}@bench.seleksi.id`,
    name: 'Rina HR',
    role: 'recruiter',
    title: null,
    locale: 'id',
    passwordHash: null,
  });
  const boss = await insertUser(db, {
    email: `user.${Date.now()}@bench.seleksi.id`,
    name: 'Budi User',
    role: 'hiring_manager',
    title: null,
    locale: 'id',
    passwordHash: null,
  });
  const actor: Actor = { id: hr.id, role: 'recruiter' };
  const job = await createJob(db, actor, {
    title: `Customer Service ${Date.now()}`,
    department: 'Customer Service',
    city: 'Jakarta Selatan',
    workMode: 'onsite',
    employmentType: 'full_time',
    description: 'Melayani pelanggan.',
    requiredSkills: ['komunikasi'],
    tools: ['Zendesk'],
    testsEnabled: false,
    team: { recruiterId: hr.id, hiringManagerId: boss.id, interviewerIds: [] },
  });
  const workers = await startBackgroundWork(db, {
    mail: readMailSettings(),
    pollingIntervalSeconds: 0.5,
  });
  console.log(`Import bench on ${db.engine}${dataDir ? ' (files)' : ''}`);
  // `npx tsx bench/import.ts 10000` runs only the first file.
  const sizes = process.argv.slice(2).map(Number);
  for (const [index, rows] of (sizes.length ? sizes : [10_000, 50_000]).entries()) {
    await importFile(db, actor, rows, index === 0 ? 'a' : 'b', job.title);
  }
  await workers.stop();
} finally {
  await db.close();
  if (dataDir) rmSync(dataDir, { recursive: true, force: true });
}
