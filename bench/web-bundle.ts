// What each page of the web app costs a visitor on a cold cache: the JavaScript and CSS bytes
// transferred (as on the wire, compressed when the server compresses) and their decoded size.
// Builds are assumed done (npm run build). Starts `seleksi serve` with the demo company on a free
// port and a throwaway data directory, opens each page in a fresh headless Chromium context.
// Usage: npm run bench:web
import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium, type BrowserContext, type Response } from 'playwright-core';
import { demoPassword } from '../src/services/demo/demo-company';
import { freePort } from '../test/support/free-port';

type Totals = { jsWire: number; jsDecoded: number; cssWire: number; cssDecoded: number };
type PageToMeasure = {
  name: string;
  path: string;
  staff: boolean;
  ready: string;
  locale?: 'en';
};

const dataDir = mkdtempSync(join(tmpdir(), 'seleksi-bench-web-'));
const port = await freePort();
const baseUrl = `http://127.0.0.1:${port}`;
const server = spawn(process.execPath, ['bin/seleksi.js', 'serve'], {
  env: { ...process.env, SELEKSI_DATA_DIR: dataDir, PORT: String(port), LOG_LEVEL: 'warn' },
  stdio: 'ignore',
});
const browser = await chromium.launch({
  executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
  args: ['--no-sandbox', '--disable-gpu'],
});

try {
  await waitForHealth();
  const pages = await pagesToMeasure();
  const rows: [string, Totals][] = [];
  for (const page of pages) rows.push([page.name, await measure(page)]);
  print(rows);
} finally {
  await browser.close();
  server.kill('SIGTERM');
  await new Promise((resolve) => server.once('exit', resolve));
  rmSync(dataDir, { recursive: true, force: true });
}

async function waitForHealth(): Promise<void> {
  for (let attempt = 0; attempt < 1200; attempt++) {
    const healthy = await fetch(`${baseUrl}/api/health`)
      .then((response) => response.ok)
      .catch(() => false);
    if (healthy) return;
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  throw new Error('the server did not start within 120 s');
}

/** A context signed in as the demo HR user (for staff pages) or a fresh anonymous one. */
async function newContext(staff: boolean, locale?: 'en'): Promise<BrowserContext> {
  const context = await browser.newContext({ viewport: { width: 375, height: 800 } });
  // A reader who chose English: the page loads that catalogue instead of the Indonesian one.
  if (locale) await context.addInitScript((l) => localStorage.setItem('seleksi.locale', l), locale);
  if (staff) {
    const login = await context.request.post(`${baseUrl}/api/auth/login`, {
      data: { email: 'hr@demo.seleksi.id', password: demoPassword },
    });
    if (!login.ok()) throw new Error(`sign-in failed: ${login.status()}`);
  }
  return context;
}

/** The pages, with a job posting and a candidate portal link taken from the demo data. */
async function pagesToMeasure(): Promise<PageToMeasure[]> {
  const context = await newContext(true);
  const get = async <T>(path: string): Promise<T> =>
    (await (await context.request.get(`${baseUrl}${path}`)).json()) as T;
  const { items: openJobs } = await get<{ items: { id: string; title: string }[] }>(
    '/api/careers/jobs',
  );
  const job = openJobs[0];
  if (!job) throw new Error('the demo data has no open job');
  const board = await get<{ columns: { cards: { applicationId: string }[] }[] }>(
    `/api/jobs/${job.id}/board`,
  );
  const card = board.columns.flatMap((column) => column.cards)[0];
  if (!card) throw new Error('the demo job has no application');
  const link = await context.request.post(
    `${baseUrl}/api/applications/${card.applicationId}/portal-link`,
  );
  const { portalUrl } = (await link.json()) as { portalUrl: string };
  await context.close();
  const slug = `${job.title.toLowerCase().replace(/[^a-z0-9]+/g, '-')}-${job.id}`;
  return [
    { name: 'careers list', path: '/careers', staff: false, ready: '.careers, main' },
    { name: 'job posting', path: `/careers/${slug}`, staff: false, ready: 'h1' },
    { name: 'apply form', path: `/careers/${slug}#apply`, staff: false, ready: 'form' },
    { name: 'candidate portal', path: new URL(portalUrl).pathname, staff: false, ready: 'h1' },
    { name: 'careers list (en)', path: '/careers', staff: false, ready: 'main', locale: 'en' },
    {
      name: 'candidate portal (en)',
      path: new URL(portalUrl).pathname,
      staff: false,
      ready: 'h1',
      locale: 'en',
    },
    { name: 'login', path: '/', staff: false, ready: 'input[name=email]' },
    { name: 'practice', path: '/practice', staff: false, ready: 'h1' },
    { name: 'staff jobs list', path: '/jobs', staff: true, ready: 'header.topbar' },
    { name: 'board', path: `/jobs/${job.id}`, staff: true, ready: '.board, header.topbar' },
  ];
}

async function measure(target: PageToMeasure): Promise<Totals> {
  const context = await newContext(target.staff, target.locale);
  const page = await context.newPage();
  const responses: Response[] = [];
  page.on('response', (response) => responses.push(response));
  await page.goto(`${baseUrl}${target.path}`, { waitUntil: 'networkidle' });
  await page.locator(target.ready).first().waitFor();
  await page.waitForLoadState('networkidle');
  const totals: Totals = { jsWire: 0, jsDecoded: 0, cssWire: 0, cssDecoded: 0 };
  for (const response of responses) {
    const type = response.headers()['content-type'] ?? '';
    const kind = type.includes('javascript') ? 'js' : type.includes('text/css') ? 'css' : undefined;
    if (!kind) continue;
    // responseBodySize is the body as transferred (after Content-Encoding), before decoding.
    const sizes = await response.request().sizes();
    const decoded = (await response.body()).length;
    totals[`${kind}Wire`] += sizes.responseBodySize;
    totals[`${kind}Decoded`] += decoded;
  }
  await context.close();
  return totals;
}

function print(rows: [string, Totals][]): void {
  const kB = (bytes: number) => `${(bytes / 1000).toFixed(1)} kB`.padStart(10);
  console.log(
    `${'page'.padEnd(18)}${'JS wire'.padStart(10)}${'JS raw'.padStart(10)}${'CSS wire'.padStart(10)}${'CSS raw'.padStart(10)}`,
  );
  for (const [name, t] of rows) {
    console.log(
      `${name.padEnd(18)}${kB(t.jsWire)}${kB(t.jsDecoded)}${kB(t.cssWire)}${kB(t.cssDecoded)}`,
    );
  }
}
