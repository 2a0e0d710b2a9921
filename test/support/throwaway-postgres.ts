import { execFile, execFileSync } from 'node:child_process';
import { chownSync, existsSync, mkdtempSync, readFileSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';

const execFileAsync = promisify(execFile);

/** The newest installed PostgreSQL's bin directory (Debian layout), if any. */
export function postgresBin(): string | undefined {
  const root = '/usr/lib/postgresql';
  if (!existsSync(root)) return undefined;
  const versions = readdirSync(root)
    .filter((v) => existsSync(join(root, v, 'bin', 'pg_ctl')))
    .sort((a, b) => Number(a) - Number(b));
  return versions.length ? join(root, versions.at(-1)!, 'bin') : undefined;
}

/**
 * A PostgreSQL cluster of our own on a loopback port, which a test may stop and restart at will.
 * PostgreSQL refuses to run as root: as root (CI) the server runs as the `postgres` user.
 */
export function startThrowawayPostgres(bin: string) {
  const dir = mkdtempSync(join(tmpdir(), 'seleksi-pg-'));
  const asRoot = process.getuid?.() === 0;
  if (asRoot) chownSync(dir, Number(execFileSync('id', ['-u', 'postgres']).toString().trim()), 0);
  const command = (program: string, args: string[]) =>
    [
      asRoot ? 'runuser' : join(bin, program),
      asRoot ? ['-u', 'postgres', '--', join(bin, program), ...args] : args,
    ] as const;
  const run = (program: string, args: string[]) =>
    execFileSync(...command(program, args), { stdio: 'pipe' });
  // Without blocking the event loop, so an app in the same process keeps serving meanwhile.
  const runAsync = async (program: string, args: string[]) => {
    await execFileAsync(...command(program, args));
  };
  run('initdb', ['-D', dir, '-A', 'trust', '-U', 'postgres']);
  const ctlArgs = (...args: string[]) => ['-D', dir, '-l', join(dir, 'server.log'), ...args];
  const pgCtl = (...args: string[]) => run('pg_ctl', ctlArgs(...args));
  const { port, options } = startOnSomeFreePort(dir, (options) =>
    pgCtl('-w', '-o', options, 'start'),
  );
  return {
    url: `postgres://postgres@127.0.0.1:${port}/postgres`,
    /** Stops the server (fast: sessions are ended, connections cut); the app keeps running. */
    stopFast: () => runAsync('pg_ctl', ctlArgs('-w', '-m', 'fast', 'stop')),
    /** Starts the stopped server again, waiting until it accepts connections. */
    start: () => runAsync('pg_ctl', ctlArgs('-w', '-o', options, 'start')),
    stop: () => {
      try {
        pgCtl('-w', '-m', 'immediate', 'stop');
      } finally {
        rmSync(dir, { recursive: true, force: true });
      }
    },
  };
}

const portsTaken = new Set<number>();

/**
 * Starts the cluster on a loopback port no other throwaway cluster of this run holds; a port
 * someone else holds fails the start, so another is tried. A start that still fails says why,
 * from the server's own log.
 */
function startOnSomeFreePort(dir: string, start: (options: string) => void) {
  for (let attempt = 1; ; attempt++) {
    let port = 54400 + Math.floor(Math.random() * 90);
    while (portsTaken.has(port)) port = 54400 + Math.floor(Math.random() * 90);
    portsTaken.add(port);
    const options = `-p ${port} -k ${dir} -c listen_addresses=127.0.0.1 -c fsync=off`;
    try {
      start(options);
      return { port, options };
    } catch (error) {
      if (attempt >= 4) {
        const log = existsSync(join(dir, 'server.log'))
          ? readFileSync(join(dir, 'server.log'), 'utf8')
          : '';
        throw new Error(`PostgreSQL did not start on port ${port}:\n${log}`, { cause: error });
      }
    }
  }
}
