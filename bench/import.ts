// Spreadsheet import at volume (issue 20): 10,000 rows and then 50,000 rows of candidates, uploaded,
// checked and imported as HR does it (both above the background threshold, so through the pg-boss
// queue with the app's workers), on embedded PGlite in files as `seleksi serve` keeps it. While
// each import runs, another request (the candidate list's first page) is timed every 200 ms, to
// show how long others wait. Prints the timings; not a test.
// Usage: npx tsx bench/import.ts            (PGlite in a temporary folder)
//        DATABASE_URL=postgres://… npx tsx bench/import.ts
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { openDatabase, type Database } from '../src/db/database';
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
  return {
    result,
    others: `other requests: ${waits.length}, median ${Math.round(waits[Math.floor(waits.length / 2)] ?? 0)} ms, longest ${Math.round(waits.at(-1) ?? 0)} ms`,
  };
}

async function importFile(db: Database, actor: Actor, rows: number, prefix: string, job: string) {
  const bytes = spreadsheet(rows, prefix, job);
  const started = performance.now();
  const { result, others } = await whileTimingOthers(
    db,
    actor,
    (async () => {
      const uploaded = await uploadImport(db, actor, { fileName: `${prefix}.csv`, bytes });
      const afterUpload = performance.now();
      await requestCheck(db, actor, uploaded.id, uploaded.suggestedMapping);
      const checked = await waitWhile(db, actor, uploaded.id, 'checking');
      const afterCheck = performance.now();
      await requestImport(db, actor, uploaded.id);
      const done = await waitWhile(db, actor, uploaded.id, 'importing');
      const afterImport = performance.now();
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
}

const dataDir = process.env.DATABASE_URL
  ? undefined
  : mkdtempSync(join(tmpdir(), 'seleksi-import-'));
const db = await openDatabase({
  databaseUrl: process.env.DATABASE_URL,
  dataDir: dataDir && join(dataDir, 'pglite'),
});
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
  const workers = await startBackgroundWork(db, { pollingIntervalSeconds: 0.5 });
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
