// Does one heavy request stall the server? (issue 19: PGlite runs statements as synchronous
// WebAssembly.) Seeds (or reuses) the volume of bench/scale.ts on PGlite, then starts
// `seleksi serve` with PGlite in the server's thread and again in its own thread
// (SELEKSI_PGLITE_THREAD=main|worker) and measures, for each:
//   quiet      health and a light request (/api/auth/me) p50/p99, one at a time, nothing else running;
//   heavy      the same while two connections keep running heavy requests (board, reports, audit log);
//   mix        requests/s and p99 of an API mix (80 % reads) over 64 connections, with health p99
//              measured alongside.
// Usage: npx tsx bench/stall.ts [--count N] [--data-dir DIR] [--seconds S] [--threads main,worker]
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { openDatabase } from '../src/db/database';
import { prepareDatabase } from '../src/services/database-setup';
import { ms, timing, type Timing } from './volume/measure';
import { seedVolume } from './volume/seed';
import { get, signIn, startServer } from './volume/server';

const { values } = parseArgs({
  options: {
    count: { type: 'string', default: '20000' },
    'data-dir': { type: 'string', default: 'data/bench-stall' },
    seconds: { type: 'string', default: '15' },
    threads: { type: 'string', default: 'main,worker' },
    port: { type: 'string', default: '3972' },
  },
});
const dataDir = resolve(values['data-dir']);
const seconds = Number(values.seconds);
const threads = values.threads.split(',');

const db = await openDatabase({ dataDir: join(dataDir, 'pglite') });
await prepareDatabase(db);
const { company } = await seedVolume(db, { count: Number(values.count), now: new Date() });
const [someCandidate] = await db.query<{ id: string }>(
  'SELECT id FROM candidates ORDER BY id LIMIT 1',
);
await db.close();

const board = company.boardJob.id;
const heavy = [
  `/api/jobs/${board}/board`,
  '/api/admin/audit-log',
  '/api/reports/funnel',
  `/api/candidates?jobId=${board}&stage=applied`,
  '/api/jobs',
];
const reads = [
  '/api/candidates',
  '/api/jobs',
  `/api/candidates/${someCandidate!.id}`,
  `/api/candidates/${someCandidate!.id}/duplicates`,
  '/api/auth/me',
  `/api/jobs/${board}`,
  '/api/today',
  '/api/candidates?q=Excel',
];

interface Figures {
  quiet: { health: Timing; light: Timing };
  heavy: { health: Timing; light: Timing; heavyDone: number };
  mix: { perSecond: number; latency: Timing; errors: number; health: Timing };
}

async function timed(work: () => Promise<unknown>): Promise<number> {
  const started = performance.now();
  await work();
  return performance.now() - started;
}

/**
 * Runs `probe` one after another until `until` resolves; returns the samples. A probe that
 * fails (no answer within a minute) counts as a minute.
 */
async function probing(until: Promise<unknown>, probe: () => Promise<unknown>): Promise<number[]> {
  let done = false;
  void until.finally(() => (done = true));
  const samples: number[] = [];
  while (!done) {
    samples.push(await timed(probe).catch(() => 60_000));
    await new Promise((r) => setTimeout(r, 20));
  }
  return samples;
}

async function measure(thread: string): Promise<Figures> {
  process.env.SELEKSI_PGLITE_THREAD = thread;
  const server = await startServer({ port: Number(values.port), databaseUrl: undefined, dataDir });
  try {
    const hr = await signIn(server.base, 'hr');
    const admin = await signIn(server.base, 'admin');
    const health = () => get(server.base, '', '/api/health', AbortSignal.timeout(60_000));
    const light = () => get(server.base, hr, '/api/auth/me', AbortSignal.timeout(60_000));
    const sample = async (work: () => Promise<unknown>, count: number) => {
      const samples: number[] = [];
      for (let i = 0; i < count; i++) samples.push(await timed(work));
      return timing(samples);
    };
    // Warm up: every heavy URL once.
    for (const url of heavy) await get(server.base, admin, url);
    const quiet = { health: await sample(health, 40), light: await sample(light, 40) };

    const deadline = performance.now() + seconds * 1000;
    let heavyDone = 0;
    const heavyLanes = Promise.all(
      [0, 1].map(async (lane) => {
        for (let run = lane; performance.now() < deadline; run += 2) {
          await get(server.base, admin, heavy[run % heavy.length]!);
          heavyDone++;
        }
      }),
    );
    const [healthDuring, lightDuring] = await Promise.all([
      probing(heavyLanes, health),
      probing(heavyLanes, light),
    ]);
    const heavyFigures = {
      health: timing(healthDuring),
      light: timing(lightDuring),
      heavyDone,
    };

    // The mix: 80 % reads, 20 % writes (a candidate added by hand to the board's job), over 64 connections.
    const mixEnd = performance.now() + seconds * 1000;
    const latencies: number[] = [];
    let errors = 0;
    let next = 0;
    const lanes = Promise.all(
      Array.from({ length: 64 }, async () => {
        while (performance.now() < mixEnd) {
          const run = next++;
          const started = performance.now();
          try {
            if (run % 5 === 4) await addCandidate(server.base, hr, `${thread}-${run}`);
            else
              await get(server.base, hr, reads[run % reads.length]!, AbortSignal.timeout(60_000));
          } catch {
            errors++;
          }
          latencies.push(performance.now() - started);
        }
      }),
    );
    const mixStarted = performance.now();
    const healthMix = await probing(lanes, health);
    const mixSeconds = (performance.now() - mixStarted) / 1000;
    return {
      quiet,
      heavy: heavyFigures,
      mix: {
        perSecond: latencies.length / mixSeconds,
        latency: timing(latencies),
        errors,
        health: timing(healthMix),
      },
    };
  } finally {
    await server.stop();
  }
}

async function addCandidate(base: string, cookie: string, key: string) {
  const response = await fetch(`${base}/api/candidates`, {
    method: 'POST',
    signal: AbortSignal.timeout(60_000),
    headers: { cookie, 'content-type': 'application/json' },
    body: JSON.stringify({
      fullName: `Bench Pelamar ${key}`,
      email: `stall-${key}-${Date.now()}@bench.test`,
      jobIds: [board],
      tellCandidate: false,
    }),
  });
  await response.arrayBuffer();
  if (!response.ok) throw new Error(`add candidate: ${response.status}`);
}

const results: [string, Figures][] = [];
for (const thread of threads) {
  console.log(`\nPGlite in the ${thread === 'main' ? "server's own thread" : 'worker thread'}:`);
  const figures = await measure(thread);
  results.push([thread, figures]);
  const t = (x: Timing) => `p50 ${ms(x.p50)} p99 ${ms(x.p99)} ms (${x.count})`;
  console.log(`  quiet      health ${t(figures.quiet.health)}   light ${t(figures.quiet.light)}`);
  console.log(
    `  heavy      health ${t(figures.heavy.health)}   light ${t(figures.heavy.light)}   heavy requests done ${figures.heavy.heavyDone}`,
  );
  console.log(
    `  mix (64)   ${figures.mix.perSecond.toFixed(1)} req/s, p99 ${ms(figures.mix.latency.p99)} ms, ${figures.mix.errors} errors; health ${t(figures.mix.health)}`,
  );
}
