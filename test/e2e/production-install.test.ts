import { spawn, spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdtempSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, expect, test } from 'vitest';
import { demoPassword } from '../../src/services/demo/demo-company';
import { waitForLine } from '../support/child-process';

/**
 * What an operator does in production: install without the development dependencies (no tsx, no
 * TypeScript, no Vite) next to the built app, and run `seleksi serve`. The build itself is made
 * by `npm run build`, which `npm run test:e2e` runs first.
 */
const place = mkdtempSync(join(tmpdir(), 'seleksi-production-'));
afterAll(() => rmSync(place, { recursive: true, force: true }));

async function freePort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as { port: number };
  await new Promise((resolve) => server.close(resolve));
  return port;
}

test('the built app runs from a production install, without the development toolchain', async () => {
  expect(existsSync('dist/server/seleksi.js'), 'run npm run build first').toBe(true);
  for (const part of ['package.json', 'package-lock.json', 'bin', 'dist']) {
    cpSync(part, join(place, part), { recursive: true });
  }
  const install = spawnSync(
    'npm',
    ['ci', '--omit=dev', '--prefer-offline', '--no-audit', '--no-fund'],
    { cwd: place, encoding: 'utf8' },
  );
  expect(install.status, install.stderr).toBe(0);
  // A clean install says nothing about engines or skipped scripts.
  expect(install.stderr).not.toMatch(/EBADENGINE|install-scripts/);
  for (const devOnly of ['tsx', 'typescript', 'vite', 'esbuild', 'vitest']) {
    expect(existsSync(join(place, 'node_modules', devOnly)), devOnly).toBe(false);
  }

  const port = await freePort();
  const child = spawn(process.execPath, ['bin/seleksi.js', 'serve'], {
    cwd: place,
    env: { ...process.env, PORT: String(port), SELEKSI_DATA_DIR: join(place, 'data') },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  const output: string[] = [];
  child.stdout.on('data', (chunk) => output.push(String(chunk)));
  child.stderr.on('data', (chunk) => output.push(String(chunk)));
  try {
    await waitForLine({ child, output }, /Seleksi is running at/, 120_000);
    const base = `http://127.0.0.1:${port}`;
    expect(await (await fetch(`${base}/api/health`)).json()).toEqual({
      status: 'ok',
      database: 'pglite',
    });
    const page = await fetch(`${base}/jobs`);
    expect(page.headers.get('content-type')).toContain('text/html');
    expect(await page.text()).toContain('<div id="root">');
    const signIn = await fetch(`${base}/api/auth/login`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', origin: base },
      body: JSON.stringify({ email: 'admin@demo.seleksi.id', password: demoPassword }),
    });
    expect(signIn.status).toBe(200);
  } finally {
    child.kill('SIGTERM');
  }
});
