import { existsSync, readFileSync } from 'node:fs';
import { cpuUsage } from 'node:process';
import type { Database, Queryable } from '../../src/db/database';
import type { Statement } from './sql-capture';

/**
 * The CPU time the database spends on a request's statements, in milliseconds (median of
 * `runs`). Unlike wall-clock time it hardly moves with the machine's load, so a before/after
 * comparison holds on a busy machine. On PostgreSQL it is the backend process's own CPU, read
 * from /proc (so only when the server runs on this machine), with parallel workers off so the
 * whole query runs in that backend; on PGlite it is this process's CPU, where the engine runs.
 */
export async function sqlCpu(
  db: Database,
  statements: Statement[],
  runs: number,
): Promise<number | undefined> {
  const samples: number[] = [];
  for (let run = 0; run < runs; run++) {
    const spent = await db.transaction(async (tx) => {
      const clock = await cpuClock(db, tx);
      if (!clock) return undefined;
      const before = clock();
      for (const statement of statements) await tx.query(statement.sql, statement.params);
      return clock() - before;
    });
    if (spent === undefined) return undefined;
    samples.push(spent);
  }
  samples.sort((a, b) => a - b);
  return samples[Math.floor(samples.length / 2)];
}

/** A reader of CPU milliseconds used so far by whatever runs this transaction's statements. */
async function cpuClock(db: Database, tx: Queryable): Promise<(() => number) | undefined> {
  if (db.engine === 'pglite') {
    return () => {
      const { user, system } = cpuUsage();
      return (user + system) / 1000;
    };
  }
  await tx.query('SET LOCAL max_parallel_workers_per_gather = 0');
  const [backend] = await tx.query<{ pid: number }>('SELECT pg_backend_pid() AS pid');
  const stat = `/proc/${backend!.pid}/stat`;
  if (!existsSync(stat)) return undefined;
  // utime and stime, the 14th and 15th fields, in clock ticks (100 per second on Linux).
  return () => {
    const fields = readFileSync(stat, 'utf8').split(') ')[1]!.split(' ');
    return (Number(fields[11]) + Number(fields[12])) * 10;
  };
}
