import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { killed, runTypeScript, waitForLine } from '../support/child-process';
import { freePort } from '../support/free-port';

/**
 * Two `seleksi serve` processes on one PGlite data directory once both spun at full CPU until
 * PGlite aborted. The second now refuses to start, naming the directory and the first one's PID,
 * while the first goes on serving; after the first is killed with SIGKILL (its lock left behind),
 * a new start takes over.
 */
describe.skipIf(process.env.TEST_DATABASE_URL)('one server per PGlite data directory', () => {
  const dataDir = mkdtempSync(join(tmpdir(), 'seleksi-lock-serve-'));
  const running: ReturnType<typeof runTypeScript>[] = [];
  afterAll(async () => {
    for (const run of running) await killed(run.child);
    rmSync(dataDir, { recursive: true, force: true });
  });

  async function serve() {
    const port = await freePort();
    const run = runTypeScript('src/cli/main.ts', ['serve'], {
      SELEKSI_DATA_DIR: dataDir,
      PORT: String(port),
      DATABASE_URL: '',
      SELEKSI_DEMO: 'false',
      LOG_LEVEL: 'warn',
    });
    running.push(run);
    return { run, health: () => fetch(`http://127.0.0.1:${port}/api/health`) };
  }

  const exitCode = (run: ReturnType<typeof runTypeScript>) =>
    new Promise<number | null>((resolve) => {
      if (run.child.exitCode !== null) resolve(run.child.exitCode);
      else run.child.once('exit', (code) => resolve(code));
    });

  it('refuses a second server while the first serves, and restarts after kill -9', async () => {
    const first = await serve();
    await waitForLine(first.run, /Seleksi is running at/, 120_000);

    // An empty installation (SELEKSI_DEMO=false) names no demo account and says how to get in.
    await waitForLine(first.run, /No accounts yet/, 60_000);
    const started = first.run.output.join('');
    expect(started).not.toContain('Demo accounts');
    expect(started).toContain('No accounts yet. Make the first admin: stop the server (Ctrl+C)');
    expect(started).toContain('npx seleksi admin-link');
    // The console command that makes that admin, while the server runs: told what to do.
    const link = runTypeScript('src/cli/main.ts', ['admin-link', 'admin@contoh.co.id'], {
      SELEKSI_DATA_DIR: dataDir,
      DATABASE_URL: '',
    });
    running.push(link);
    expect(await exitCode(link)).not.toBe(0);
    const refused = link.output.join('');
    expect(refused).toContain('seleksi admin-link cannot run');
    expect(refused).toContain('Stop the server first');
    expect(refused).not.toContain('another SELEKSI_DATA_DIR');

    const second = await serve();
    expect(await exitCode(second.run)).not.toBe(0);
    const said = second.run.output.join('');
    expect(said).toContain(`the data directory ${join(dataDir, 'pglite')} is in use`);
    expect(said).toContain(`PID ${first.run.child.pid}`);
    expect((await first.health()).status).toBe(200);

    await killed(first.run.child);
    const third = await serve();
    await waitForLine(third.run, /Seleksi is running at/, 120_000);
    expect((await third.health()).status).toBe(200);
  }, 300_000);
});
