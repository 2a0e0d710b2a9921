// Prints how long `seleksi serve` takes to answer /api/health on the embedded database:
// first start (create PGlite files, migrate, seed the demo company) and a restart on the same data.
// A first start loads the migrated template `npm run build` saves (src/db/pglite-template.ts);
// SELEKSI_BENCH_NO_TEMPLATE=true hides it, to time the start without it.
// With each figure: the server process's CPU time until then (all threads, and its main thread
// alone, from /proc on Linux: on a shared machine the wall clock moves with the load, the CPU time
// much less) and the machine's load average.
// Usage: npm run build && node bench/cold-start.js
import { spawn } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, renameSync, rmSync } from 'node:fs';
import { loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';

const dataDir = mkdtempSync(join(tmpdir(), 'seleksi-bench-'));

/** CPU seconds (user + system) of a process, or of one of its threads, from /proc. */
function cpuSeconds(pid, thread) {
  const file = thread ? `/proc/${pid}/task/${thread}/stat` : `/proc/${pid}/stat`;
  if (!existsSync(file)) return undefined;
  const stat = readFileSync(file, 'utf8');
  const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
  // utime and stime, fields 14 and 15, in clock ticks (100 a second on Linux).
  return (Number(fields[11]) + Number(fields[12])) / 100;
}

function cpuFigures(pid) {
  const all = cpuSeconds(pid);
  const main = cpuSeconds(pid, pid);
  return all === undefined ? '' : `, CPU ${all.toFixed(2)} s (main thread ${main.toFixed(2)} s)`;
}

async function timeStart(label, port) {
  const started = performance.now();
  const child = spawn(process.execPath, ['bin/seleksi.js', 'serve'], {
    env: { ...process.env, SELEKSI_DATA_DIR: dataDir, PORT: String(port), LOG_LEVEL: 'warn' },
    stdio: 'ignore',
  });
  try {
    for (let attempt = 0; attempt < 2400; attempt++) {
      const healthy = await fetch(`http://127.0.0.1:${port}/api/health`)
        .then((response) => response.ok)
        .catch(() => false);
      if (healthy) {
        console.log(
          `${label}: ${((performance.now() - started) / 1000).toFixed(2)} s to a healthy /api/health` +
            cpuFigures(child.pid) +
            ` (load average ${loadavg()
              .map((load) => load.toFixed(2))
              .join(' ')})`,
        );
        return;
      }
      await new Promise((resolve) => setTimeout(resolve, 50));
    }
    throw new Error(`${label}: no answer within 120 s`);
  } finally {
    child.kill('SIGTERM');
    await new Promise((resolve) => child.once('exit', resolve));
  }
}

const template = new URL('../dist/pglite-template', import.meta.url);
const hidden = new URL('../dist/pglite-template.hidden', import.meta.url);
const hideTemplate = process.env.SELEKSI_BENCH_NO_TEMPLATE === 'true';
if (hideTemplate) renameSync(template, hidden);
try {
  await timeStart('cold start (new data dir: migrate + demo seed)', 3917);
  await timeStart('restart (existing data)', 3918);
} finally {
  if (hideTemplate) renameSync(hidden, template);
  rmSync(dataDir, { recursive: true, force: true });
}
