// Per-URL cost of the bench/instances.ts read mix (issue 19): each URL alone, serially (p50/p99)
// and the server process's CPU milliseconds per request (from /proc, so less sensitive to the
// load other processes put on the machine than wall time is), the same for the database's own
// backends when PostgreSQL runs on this machine (its pool connections, read in /proc), plus the
// response size, and the statements each request sends to the database (counted on an in-process
// app on a recording connection: SELECTs, writes, and BEGIN+COMMIT of each transaction).
// Usage: DATABASE_URL=postgres://…/<a seeded copy> npx tsx bench/mix-urls.ts [--runs N] [--port P]
//        [--urls /api/a,/api/b] (other URLs than the mix's, e.g. a worst case)
// Repeats of a URL are answered from the server's answer cache (the statements column counts the
// answer computed); SELEKSI_ANSWER_CACHE=off in the environment measures every answer computed.
import { spawn } from 'node:child_process';
import { parseArgs } from 'node:util';
import { openDatabase } from '../src/db/database';
import { captureApp } from './volume/sql-capture';
import { mixUrls } from './volume/mix';
import { ms, timing } from './volume/measure';
import { get, signIn } from './volume/server';
import { cpuMs, databaseCpuMs } from './volume/process-cpu';

const { values } = parseArgs({
  options: {
    runs: { type: 'string', default: '30' },
    port: { type: 'string', default: '3991' },
    urls: { type: 'string' },
  },
});
const databaseUrl = process.env.DATABASE_URL;
if (!databaseUrl) throw new Error('Set DATABASE_URL to a database seeded by bench/scale.ts.');
const runs = Number(values.runs);
const port = Number(values.port);

/** Statements per URL as "total (transactions)", from an in-process app on the same database. */
async function countStatements(url: string, urls: string[]): Promise<Map<string, string>> {
  const db = await openDatabase({ databaseUrl: url });
  const app = await captureApp(db);
  const counts = new Map<string, string>();
  try {
    for (const path of urls) {
      await app.request('hr', path); // the first request of a kind may fill a cache
      const { reads, writes, transactions } = await app.request('hr', path);
      counts.set(path, `${reads.length + writes + 2 * transactions} (${transactions})`);
    }
  } finally {
    await app.close();
    await db.close();
  }
  return counts;
}

const child = spawn(process.execPath, ['--import', 'tsx', 'src/cli/main.ts', 'serve'], {
  env: {
    ...process.env,
    PORT: String(port),
    SELEKSI_DATA_DIR: 'data/bench-mix-urls',
    SELEKSI_DEMO: 'false',
    LOG_LEVEL: 'warn',
  },
  stdio: ['ignore', 'ignore', 'inherit'],
});
const base = `http://127.0.0.1:${port}`;
try {
  for (let attempt = 0; ; attempt++) {
    if (attempt > 1200) throw new Error('The server did not start.');
    if (
      await fetch(`${base}/api/health`).then(
        (r) => r.ok,
        () => false,
      )
    )
      break;
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  const cookie = await signIn(base, 'hr');
  const admin = await openDatabase({ databaseUrl });
  const urls = values.urls ? values.urls.split(',') : await mixUrls(databaseUrl);
  const statements = await countStatements(databaseUrl, urls);
  console.log(
    'URL'.padEnd(58),
    '    p50     p99  server CPU ms/req  database CPU ms/req     bytes  statements',
  );
  for (const url of urls) {
    await get(base, cookie, url); // warm-up
    const samples: number[] = [];
    let bytes = 0;
    const cpuBefore = cpuMs(child.pid!);
    const databaseBefore = await databaseCpuMs(admin);
    for (let run = 0; run < runs; run++) {
      const started = performance.now();
      bytes = await get(base, cookie, url);
      samples.push(performance.now() - started);
    }
    const cpu = (cpuMs(child.pid!) - cpuBefore) / runs;
    const databaseCpu = ((await databaseCpuMs(admin)) - databaseBefore) / runs;
    const { p50, p99 } = timing(samples);
    console.log(
      url.slice(0, 58).padEnd(58),
      ms(p50),
      ms(p99),
      cpu.toFixed(1).padStart(18),
      databaseCpu.toFixed(1).padStart(20),
      String(bytes).padStart(9),
      statements.get(url)!.padStart(11),
    );
  }
  await admin.close();
} finally {
  child.kill('SIGTERM');
}
