import { spawn, type ChildProcess } from 'node:child_process';
import { benchAccounts } from './company';

/** `seleksi serve` in its own process on the seeded data, without the demo company. */
export async function startServer(options: {
  port: number;
  databaseUrl: string | undefined;
  dataDir: string;
  /** false: every answer computed anew (SELEKSI_ANSWER_CACHE=off), for a screen's own cost. */
  cacheAnswers?: boolean;
}): Promise<{ base: string; pid: number; stop(): Promise<void> }> {
  const env: NodeJS.ProcessEnv = {
    ...process.env,
    PORT: String(options.port),
    SELEKSI_DATA_DIR: options.dataDir,
    SELEKSI_DEMO: 'false',
    LOG_LEVEL: 'warn',
  };
  if (options.cacheAnswers === false) env.SELEKSI_ANSWER_CACHE = 'off';
  if (options.databaseUrl) env.DATABASE_URL = options.databaseUrl;
  else delete env.DATABASE_URL;
  const child: ChildProcess = spawn(
    process.execPath,
    ['--import', 'tsx', 'src/cli/main.ts', 'serve'],
    { env, stdio: ['ignore', 'ignore', 'inherit'] },
  );
  const base = `http://127.0.0.1:${options.port}`;
  const stop = async () => {
    if (child.exitCode !== null) return;
    child.kill('SIGTERM');
    await new Promise((resolve) => child.once('exit', resolve));
  };
  for (let attempt = 0; attempt < 1200; attempt++) {
    if (child.exitCode !== null) throw new Error(`The server exited (${child.exitCode}).`);
    const healthy = await fetch(`${base}/api/health`)
      .then((response) => response.ok)
      .catch(() => false);
    if (healthy) return { base, pid: child.pid!, stop };
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  await stop();
  throw new Error('The server did not answer /api/health within 120 s.');
}

/** Signs in through the API and returns the session cookie to send with each request. */
export async function signIn(base: string, as: 'hr' | 'admin'): Promise<string> {
  const response = await fetch(`${base}/api/auth/login`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ email: benchAccounts[as].email, password: benchAccounts.password }),
  });
  if (!response.ok)
    throw new Error(`Sign-in as ${as} failed: ${response.status} ${await response.text()}`);
  const cookie = response.headers
    .getSetCookie()
    .find((line) => line.startsWith('seleksi_session='));
  if (!cookie) throw new Error('Sign-in set no session cookie.');
  return cookie.split(';')[0]!;
}

/** A GET that fails loudly on anything but 200; returns the body's size in bytes. */
export async function get(
  base: string,
  cookie: string,
  path: string,
  signal?: AbortSignal,
): Promise<number> {
  const response = await fetch(`${base}${path}`, { headers: { cookie }, signal });
  const body = await response.arrayBuffer();
  if (!response.ok) throw new HttpError(response.status, path, Buffer.from(body).toString());
  return body.byteLength;
}

/** A GET as `get`; also whether the server answered from its answer cache (x-answer-cache). */
export async function getKept(
  base: string,
  cookie: string,
  path: string,
  signal?: AbortSignal,
): Promise<boolean> {
  const response = await fetch(`${base}${path}`, { headers: { cookie }, signal });
  const body = await response.arrayBuffer();
  if (!response.ok) throw new HttpError(response.status, path, Buffer.from(body).toString());
  return response.headers.get('x-answer-cache') === 'hit';
}

export class HttpError extends Error {
  constructor(
    readonly status: number,
    path: string,
    readonly body: string,
  ) {
    super(`GET ${path}: ${status} ${body.slice(0, 300)}`);
  }
}
