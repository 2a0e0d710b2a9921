import { spawn, spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdtempSync, rmSync } from 'node:fs';
import { freePort } from '../support/free-port';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, expect, test, vi } from 'vitest';
import { demoPassword } from '../../src/services/demo/demo-company';
import { waitForLine } from '../support/child-process';
import { applicantFields, makeDocx, makePdf, multipart } from '../support/cv-files';
import { waitFor } from '../support/wait-for';

/**
 * What an operator does in production: install without the development dependencies (no tsx, no
 * TypeScript, no Vite) next to the built app, and run `seleksi serve`. The build itself is made
 * by `npm run build`, which `npm run test:e2e` runs first.
 */
const place = mkdtempSync(join(tmpdir(), 'seleksi-production-'));
afterAll(() => rmSync(place, { recursive: true, force: true }));
// `npm ci` and a first start (whose wait allows 120 s), beside another browser file on two cores.
vi.setConfig({ testTimeout: 240_000 });

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
      body: JSON.stringify({ email: 'hr@demo.seleksi.id', password: demoPassword }),
    });
    expect(signIn.status).toBe(200);
    const cookie = signIn.headers.get('set-cookie')!.split(';')[0]!;

    // CVs are read by the built worker thread: pdf.js and mammoth must be there at run time.
    const { items } = (await (await fetch(`${base}/api/careers/jobs`)).json()) as {
      items: { id: string }[];
    };
    const cvs = [
      {
        name: 'cv.pdf',
        bytes: await makePdf([
          'Rina Wulandari',
          'Backend developer, Golang dan PostgreSQL sejak 2019',
        ]),
      },
      {
        name: 'cv.docx',
        bytes: await makeDocx([
          'Rina Wulandari',
          'Backend developer, Golang dan PostgreSQL sejak 2019',
        ]),
      },
    ];
    for (const [index, cv] of cvs.entries()) {
      const email = `produksi.${index}.${Date.now()}@example.test`;
      const { payload, headers } = multipart(applicantFields('Pelamar Produksi', email), cv);
      const applied = await fetch(`${base}/api/careers/jobs/${items[0]!.id}/applications`, {
        method: 'POST',
        headers: { ...headers, origin: base },
        body: new Uint8Array(payload),
      });
      expect(applied.status, await applied.clone().text()).toBe(201);
      const asHr = async (path: string) =>
        (await fetch(`${base}${path}`, { headers: { cookie } })).json();
      const found = await asHr(`/api/candidates?q=${encodeURIComponent(email)}`);
      const candidatePath = `/api/candidates/${found.items[0].id}`;
      await waitFor(
        async () => (await asHr(candidatePath)).cvFiles[0]?.textStatus !== 'pending',
        30_000,
        `the ${cv.name} text`,
      );
      expect((await asHr(candidatePath)).cvFiles[0].textStatus).toBe('extracted');
    }
  } finally {
    child.kill('SIGTERM');
  }
});
