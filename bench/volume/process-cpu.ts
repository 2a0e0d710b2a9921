import { readFileSync } from 'node:fs';
import type { Queryable } from '../../src/db/database';

/** User+system CPU milliseconds a process has used so far (Linux clock ticks are 10 ms). */
export function cpuMs(pid: number): number {
  const fields = readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1]!.split(' ');
  return (Number(fields[11]) + Number(fields[12])) * 10;
}

/** CPU milliseconds of the database backends serving this database (0 if not on this machine). */
export async function databaseCpuMs(admin: Queryable): Promise<number> {
  const rows = await admin.query<{ pid: number }>(
    `SELECT pid FROM pg_stat_activity
     WHERE datname = current_database() AND backend_type = 'client backend' AND pid <> pg_backend_pid()`,
  );
  let total = 0;
  for (const { pid } of rows) {
    try {
      total += cpuMs(pid);
    } catch {
      // Not on this machine, or the backend has just ended.
    }
  }
  return total;
}
