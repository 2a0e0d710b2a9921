import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { openDatabase, type Database } from '../../src/db/database';
import { prepareDatabase } from '../../src/services/database-setup';
import { concurrently, ms, serially, timing, type Timing } from './measure';
import { seedVolume, type SeededVolume } from './seed';
import { sqlCpu } from './sql-cpu';
import { captureApp, readPlans, sqlTime, type PlanFinding, type Statement } from './sql-capture';
import { afterNightlyUpkeep } from './upkeep';
import { get, HttpError, signIn, startServer } from './server';

/** One thing a person does: one or more GETs (a page's calls, made one after another). */
export interface Operation {
  name: string;
  as: 'hr' | 'admin';
  /** The URLs of run number `run`; runs vary ids and words where the operation allows. */
  urls(run: number): string[];
}

/** How long one operation may take serially, and again under load, before the bench moves on. */
const budgetMs = 20_000;

interface Result {
  operation: Operation;
  skipped?: string;
  sql?: Timing;
  plans?: PlanFinding;
  writes?: number;
  http?: Timing;
  load?: { perSecond: number; latency: Timing; errors: number };
  bytes?: number;
}

export const benchUsage = (script: string) => `Usage: npx tsx bench/${script}.ts [options]
  --count N         candidates to seed (default 100000; applications are 3 per candidate)
  --data-dir DIR    where the embedded database lives (default data/bench-volume); reused when seeded
  --runs N          serial requests per operation (default 40; at least 3, at most 20 s)
  --only REGEX      only the operations whose name matches
  --sql-only        stop after the SQL figures (database CPU per request is load-independent, so
                    a before/after comparison holds on a busy machine; HTTP figures do not)
  --connections N   parallel connections for requests/s (default 16), --load N requests (default
                    160, at most 20 s)
  --no-upkeep       on PGlite, measure a volume as seeded, without the nightly VACUUM ANALYZE a
                    running instance has had (the first day after a bulk load)
  DATABASE_URL=postgres://… runs on that PostgreSQL database instead (use a throwaway one).`;

export function benchOptions(script: string) {
  const { values } = parseArgs({
    options: {
      count: { type: 'string', default: '100000' },
      'data-dir': { type: 'string', default: 'data/bench-volume' },
      runs: { type: 'string', default: '40' },
      connections: { type: 'string', default: '16' },
      load: { type: 'string', default: '160' },
      port: { type: 'string', default: '3971' },
      only: { type: 'string' },
      'sql-only': { type: 'boolean', default: false },
      'no-upkeep': { type: 'boolean', default: false },
      help: { type: 'boolean', default: false },
    },
  });
  if (values.help) {
    console.log(benchUsage(script));
    process.exit(0);
  }
  return {
    count: Number(values.count),
    dataDir: resolve(values['data-dir']),
    runs: Number(values.runs),
    connections: Number(values.connections),
    load: Number(values.load),
    port: Number(values.port),
    only: values.only ? new RegExp(values.only, 'i') : undefined,
    sqlOnly: values['sql-only'],
    noUpkeep: values['no-upkeep'],
    databaseUrl: process.env.DATABASE_URL || undefined,
  };
}

/**
 * Seeds (or reuses) the volume, then for each operation: the statements it runs, measured alone
 * and explained, on the bench's own connection; then the same operation through `seleksi serve`
 * over HTTP, serially (p50/p99) and over parallel connections (requests/s).
 */
export async function runBench(
  title: string,
  options: ReturnType<typeof benchOptions>,
  operationsFor: (db: Database, seeded: SeededVolume) => Promise<Operation[]>,
): Promise<void> {
  const engine = options.databaseUrl ? 'PostgreSQL' : 'PGlite';
  console.log(`${title} on ${engine}, ${options.count.toLocaleString('en')} candidates`);
  const db = await openDatabase({
    databaseUrl: options.databaseUrl,
    dataDir: join(options.dataDir, 'pglite'),
  });
  await prepareDatabase(db);
  const seeded = await seedVolume(db, { count: options.count, now: new Date() });
  await afterNightlyUpkeep(db, console.log, options.noUpkeep);
  const operations = (await operationsFor(db, seeded)).filter(
    (operation) => !options.only || options.only.test(operation.name),
  );
  const results: Result[] = [];

  console.log(
    '\nThe SQL alone (in-process app on a recording connection, then each statement replayed):',
  );
  const app = await captureApp(db);
  for (const operation of operations) {
    const reads: Statement[] = [];
    let writes = 0;
    let skipped: string | undefined;
    for (const url of operation.urls(0)) {
      const captured = await app.request(operation.as, url);
      if (
        captured.status === 404 &&
        /"not_found"|Route GET/.test(captured.body) &&
        reads.length === 0
      ) {
        skipped = `${url} answers 404: not built on this branch`;
        break;
      }
      if (captured.status !== 200) {
        skipped = `${url} answers ${captured.status}: ${captured.body.slice(0, 200)}`;
        break;
      }
      reads.push(...captured.reads);
      writes += captured.writes;
    }
    if (skipped) {
      console.log(`  ${operation.name}: skipped (${skipped})`);
      results.push({ operation, skipped });
      continue;
    }
    const sql = await sqlTime(db, reads, Math.max(5, Math.floor(options.runs / 2)));
    const cpu = await sqlCpu(db, reads, 5);
    const plans = await readPlans(db, reads);
    console.log(
      `  ${operation.name.padEnd(44)} SQL p50 ${ms(sql.p50)} ms  p99 ${ms(sql.p99)} ms  (${reads.length} statements, ${sql.count} runs)${cpu === undefined ? '' : `  database CPU ${ms(cpu)} ms`}`,
    );
    results.push({ operation, sql, plans, writes });
  }
  await app.close();
  await db.close();
  if (options.sqlOnly) return;

  console.log(`\nOver HTTP (seleksi serve in its own process, ${engine}):`);
  const server = await startServer({
    port: options.port,
    databaseUrl: options.databaseUrl,
    dataDir: options.dataDir,
    // Each operation repeats its URLs: measure the screen computed, not its answer kept in memory.
    cacheAnswers: false,
  });
  try {
    const cookies = {
      hr: await signIn(server.base, 'hr'),
      admin: await signIn(server.base, 'admin'),
    };
    for (const result of results) {
      if (result.skipped) continue;
      const { operation } = result;
      const cookie = cookies[operation.as];
      let bytes = 0;
      const once = async (run: number) => {
        for (const url of operation.urls(run)) bytes = await get(server.base, cookie, url);
      };
      try {
        await serially(1, once);
        result.http = timing(await serially(options.runs, once, budgetMs));
        result.bytes = bytes;
        result.load = await concurrently(options.load, options.connections, once, budgetMs);
      } catch (error) {
        result.skipped = error instanceof HttpError ? error.message : String(error);
        continue;
      }
      console.log(
        `  ${operation.name.padEnd(44)} HTTP p50 ${ms(result.http.p50)} ms  p99 ${ms(result.http.p99)} ms  ` +
          `(${result.http.count} runs)  ${result.load.perSecond.toFixed(1).padStart(6)} req/s at ${options.connections} ` +
          `(p99 ${ms(result.load.latency.p99).trim()} ms${result.load.errors ? `, ${result.load.errors} errors` : ''})`,
      );
    }
  } finally {
    await server.stop();
  }
  printSummary(results, engine, options.connections);
}

function printSummary(results: Result[], engine: string, connections: number): void {
  console.log(
    `\nSummary (${engine}; ms; HTTP serial, SQL alone; req/s over ${connections} connections):`,
  );
  console.log(
    `${'operation'.padEnd(44)} ${'HTTP p50'.padStart(8)} ${'p99'.padStart(7)} ${'SQL p50'.padStart(8)} ${'p99'.padStart(7)} ${'ratio'.padStart(6)} ${'req/s'.padStart(7)} ${'kB'.padStart(7)}`,
  );
  for (const r of results) {
    if (r.skipped || !r.http || !r.sql) {
      console.log(`${r.operation.name.padEnd(44)} skipped: ${r.skipped ?? 'no figures'}`);
      continue;
    }
    console.log(
      `${r.operation.name.padEnd(44)} ${ms(r.http.p50).padStart(8)} ${ms(r.http.p99)} ${ms(r.sql.p50).padStart(8)} ${ms(r.sql.p99)} ${(r.http.p50 / Math.max(r.sql.p50, 0.1)).toFixed(1).padStart(6)} ${r.load!.perSecond.toFixed(1).padStart(7)} ${((r.bytes ?? 0) / 1024).toFixed(0).padStart(7)}`,
    );
  }
  console.log(
    '\nQuery plans (EXPLAIN ANALYZE of each statement; sequential scans reading ≥ 10,000 rows):',
  );
  for (const r of results) {
    if (!r.plans) continue;
    const slowest = r.plans.slowest;
    console.log(
      `  ${r.operation.name}: ${r.plans.scans.length ? r.plans.scans.join('; ') : 'no large sequential scan'}` +
        (slowest ? `\n      slowest statement ${slowest.ms.toFixed(1)} ms: ${slowest.sql}` : ''),
    );
  }
}
