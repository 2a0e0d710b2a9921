import { chromium, type Browser, type Download, type Page } from 'playwright-core';
import { randomBytes } from 'node:crypto';
import { cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { AddressInfo } from 'node:net';
import { inject } from 'vitest';
import { readConfig, readMailSettings, type MailSettings } from '../../src/config';
import { openDatabase } from '../../src/db/database';
import { buildApp } from '../../src/server/app';
import { startBackgroundWork } from '../../src/services/background/background-work';
import { fileCvStore } from '../../src/services/candidates/cv-store';
import { demoPassword } from '../../src/services/demo/demo-company';
import { seedDemoData } from '../../src/services/demo/demo-seed-service';
import { createSecretBox } from '../../src/services/secret-box';
import { startSmtpInbox } from '../support/smtp-inbox';
import { openTestDatabase } from '../support/test-database';

export const screenshotDir = 'test-results/screenshots';

/**
 * Whether the browser tests save the screenshots of pages people look at (test-results/screenshots
 * and the journeys' temp folders). No test reads them back, and the 220-odd full-page captures
 * took about three minutes of a browser run, so CI (CI set) skips them; SELEKSI_SCREENSHOTS=1
 * saves them there too, SELEKSI_SCREENSHOTS=0 skips them locally. A failed test's screenshot
 * (failure-report.ts) is always saved.
 */
export const screenshotsWanted = process.env.SELEKSI_SCREENSHOTS
  ? process.env.SELEKSI_SCREENSHOTS !== '0'
  : !process.env.CI;

/** Every page a test file has open, so a failed test can show what each one was showing. */
export const openPages = new Set<Page>();

/**
 * What a page's network and scripts did, for a failed test's report: requests still waiting for
 * their answer, requests that failed, and uncaught script errors. A page stuck on its old screen
 * (a page's code that never arrived, an API call that never answered) is otherwise a bare timeout.
 */
export interface PageTrace {
  pending: Set<string>;
  failed: string[];
  errors: string[];
}
export const pageTraces = new WeakMap<Page, PageTrace>();

function tracePage(page: Page): void {
  const trace: PageTrace = { pending: new Set(), failed: [], errors: [] };
  pageTraces.set(page, trace);
  const name = (request: { method(): string; url(): string }) =>
    `${request.method()} ${new URL(request.url()).pathname}`;
  page.on('request', (request) => trace.pending.add(name(request)));
  page.on('requestfinished', (request) => trace.pending.delete(name(request)));
  page.on('requestfailed', (request) => {
    trace.pending.delete(name(request));
    trace.failed.push(`${name(request)}: ${request.failure()?.errorText ?? 'failed'}`);
  });
  page.on('pageerror', (error) => trace.errors.push(error.message.slice(0, 300)));
}

/**
 * The real app (built web + API) on a loopback port, with the demo company, and Debian's Chromium;
 * its database on the PostgreSQL server `databaseUrl` names when given (see openTestDatabase).
 */
export async function startBrowserSession(options: { databaseUrl?: string } = {}) {
  const { webDir } = readConfig();
  if (!existsSync(`${webDir}/index.html`)) throw new Error('Build the app first: npm run build');
  const cvDir = mkdtempSync(join(tmpdir(), 'seleksi-e2e-cv-'));
  // Portal links must point at this app, whose port is known only once it listens: the app and
  // the background work read this object when they write a message, so it is filled in below.
  const mail = readMailSettings();
  const db = await openDemoDatabase(cvDir, mail, options.databaseUrl);
  const secretBox = createSecretBox(randomBytes(32));
  const app = await buildApp({
    db,
    webDir,
    cvDir,
    mail,
    secretBox,
    logLevel: 'silent',
    // The integrations journey delivers webhooks to a plain-HTTP receiver on loopback.
    allowLoopbackWebhooks: true,
  });
  await app.listen({ port: 0, host: '127.0.0.1' });
  const baseUrl = `http://127.0.0.1:${(app.server.address() as AddressInfo).port}`;
  // E-mail goes through a real SMTP server on loopback, and portal links point at this app.
  mail.publicUrl = baseUrl;
  const inbox = await startSmtpInbox();
  const background = await startBackgroundWork(db, {
    mail,
    smtpUrl: inbox.url,
    cvStore: fileCvStore(cvDir),
    secretBox,
    allowLoopbackWebhooks: true,
    // Each of the queues' workers asks PGlite, in this process, for a job every polling interval:
    // thirteen workers every 0.5 s cost a file 7% of a core while it waits on pages (1.5 of
    // 20 CPU seconds idle). One e-mail worker (no test here sends a backlog) and a poll a second
    // cost a third of that; a message or a webhook leaves at most half a second later.
    pollingIntervalSeconds: 1,
    emailConcurrency: 1,
    retry: { retryLimit: 5, retryDelaySeconds: 1 },
  });
  // The run's one Chromium (chromium-server.ts); closing this connection closes this file's
  // contexts and pages, not the browser.
  const browser: Browser = await chromium.connect(inject('chromiumEndpoint'));
  mkdirSync(screenshotDir, { recursive: true });

  /** A page in a fresh browser context (no cookies, no local storage), not yet at any address. */
  async function blankPage(options: { width?: number; locale?: 'id' | 'en' }): Promise<Page> {
    const context = await browser.newContext({
      viewport: { width: options.width ?? 1280, height: 900 },
    });
    if (options.locale) {
      await context.addInitScript((locale) => {
        if (!localStorage.getItem('seleksi.locale')) localStorage.setItem('seleksi.locale', locale);
      }, options.locale);
    }
    const page = await context.newPage();
    tracePage(page);
    openPages.add(page);
    page.on('close', () => openPages.delete(page));
    return page;
  }

  return {
    baseUrl,
    db,
    inbox,
    /**
     * A fresh browser context (no cookies, no local storage) at the given width and language, at
     * the sign-in page, or at `at` (a path of the app or a whole address) when given: a page
     * opened for the careers site, the portal or practice does not load the sign-in page first.
     */
    async newPage(
      options: { width?: number; locale?: 'id' | 'en'; at?: string } = {},
    ): Promise<Page> {
      const page = await blankPage(options);
      await page.goto(
        options.at?.startsWith('http') ? options.at : `${baseUrl}${options.at ?? ''}`,
      );
      return page;
    },
    /** Signs in through the sign-in form of a page showing it (as newPage leaves it). */
    async signIn(page: Page, email: string) {
      await page.locator('input[name=email]').fill(email);
      await page.locator('input[name=password]').fill(demoPassword);
      await page.locator('button[type=submit]').click();
      await page.locator('header.topbar').waitFor();
    },
    /**
     * A fresh page (see newPage) signed in as the demo user, at the app's path if one is given.
     * It signs in through the API (the session cookie lands in the page's context) and opens the
     * path directly: loading the sign-in form, then the home page, then the path cost a browser
     * file several seconds of page loads per page. signIn still goes through the form.
     */
    async signedInPage(
      email: string,
      options: { width?: number; locale?: 'id' | 'en'; path?: string } = {},
    ): Promise<Page> {
      const page = await blankPage(options);
      const reply = await page.request.post(`${baseUrl}/api/auth/login`, {
        data: { email, password: demoPassword },
      });
      if (!reply.ok()) throw new Error(`signing in ${email} failed: ${reply.status()}`);
      await page.goto(`${baseUrl}${options.path ?? '/'}`);
      if (!options.path) await page.locator('header.topbar').waitFor();
      return page;
    },
    /** Saves a full-page screenshot to look at, unless screenshots are off (screenshotsWanted). */
    async screenshot(page: Page, name: string) {
      if (!screenshotsWanted) return;
      await page.screenshot({ path: `${screenshotDir}/${name}.png`, fullPage: true });
    },
    async close() {
      // The next file in this worker starts with none of this file's pages (isolate: false).
      openPages.clear();
      await background.stop();
      await inbox.stop();
      await browser.close();
      await app.close();
      await db.close();
      rmSync(cvDir, { recursive: true, force: true });
    },
  };
}

/**
 * The demo company in a fresh database, with its CV files in `cvDir`: loaded from the suite's
 * seeded template when it is from the same Jakarta day (its dates are relative to the seeding),
 * else seeded here.
 */
async function openDemoDatabase(
  cvDir: string,
  mail: MailSettings,
  databaseUrl: string | undefined,
) {
  const template = databaseUrl ? undefined : inject('pgliteDemoTemplate');
  if (template && jakartaDate(new Date(template.seededAt)) === jakartaDate(new Date())) {
    cpSync(template.cvDir, cvDir, { recursive: true });
    return openDatabase({ snapshot: new Blob([readFileSync(template.file)]) });
  }
  const db = await openTestDatabase({ serverUrl: databaseUrl });
  await seedDemoData(db, mail, new Date(), fileCvStore(cvDir));
  return db;
}

const jakartaDate = (moment: Date) =>
  moment.toLocaleDateString('en-CA', { timeZone: 'Asia/Jakarta' });

export type BrowserSession = Awaited<ReturnType<typeof startBrowserSession>>;

/**
 * The bytes of a download. The run's one Chromium is reached over a socket (chromium-server.ts),
 * where Playwright keeps no local path: the file is saved to a temporary folder first.
 */
export async function downloadedFile(download: Download): Promise<Buffer> {
  const dir = mkdtempSync(join(tmpdir(), 'seleksi-download-'));
  try {
    const path = join(dir, download.suggestedFilename());
    await download.saveAs(path);
    return readFileSync(path);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
