import { randomBytes } from 'node:crypto';
import { existsSync, mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { openDatabase, type Database } from '../../src/db/database';
import { insertUser } from '../../src/db/queries/users';
import { prepareDatabase } from '../../src/services/database-setup';
import { hashPassword } from '../../src/services/auth/auth-service';
import { killed, runTypeScript, waitForLine } from '../support/child-process';
import { makePdf, multipart } from '../support/cv-files';
import { candidateInput } from '../support/factories';
import { freePort } from '../support/free-port';
import { startS3Server } from '../support/s3-server';
import { startSmtpInbox, type SmtpInbox } from '../support/smtp-inbox';
import { serverTestDatabase } from '../support/test-database';
import { waitFor } from '../support/wait-for';

/**
 * Two real `seleksi serve` processes on one PostgreSQL database, behind no load balancer: the
 * test plays the balancer and sends each request to one or the other. What one instance does,
 * the other must see: sessions, CVs (in an S3-compatible bucket served by s3rver), request
 * counts for rate limits and sign-in throttles, and queued e-mail (sent once, by either).
 * PostgreSQL only: PGlite is one process's embedded database, never shared.
 */
const serverUrl = process.env.TEST_DATABASE_URL;

describe.skipIf(!serverUrl)('two instances on one PostgreSQL', () => {
  const password = 'correct horse battery staple';
  const admin = { email: 'admin@instances.test', role: 'admin' as const };
  const recruiter = { email: 'recruiter@instances.test', role: 'recruiter' as const };
  const lockedOut = { email: 'terkunci@instances.test', role: 'recruiter' as const };
  const cleanups: (() => Promise<unknown> | void)[] = [];
  let db: Database;
  let inbox: SmtpInbox;
  let a: string;
  let b: string;

  beforeAll(async () => {
    const database = await serverTestDatabase(serverUrl!);
    cleanups.push(database.drop);
    db = await openDatabase({ databaseUrl: database.url });
    cleanups.push(() => db.close());
    await prepareDatabase(db);
    const passwordHash = await hashPassword(password);
    for (const user of [admin, recruiter, lockedOut]) {
      await insertUser(db, { ...user, name: user.role, title: null, locale: 'en', passwordHash });
    }
    inbox = await startSmtpInbox();
    cleanups.push(() => inbox.stop());
    const s3 = await startS3Server('seleksi-cv');
    cleanups.push(() => s3.stop());
    const shared = {
      DATABASE_URL: database.url,
      SELEKSI_SECRET_KEY: randomBytes(32).toString('hex'),
      SELEKSI_CV_STORE: 's3://seleksi-cv/instances-test',
      SELEKSI_S3_ENDPOINT: s3.endpoint,
      SELEKSI_S3_REGION: 'us-east-1',
      SELEKSI_S3_ACCESS_KEY_ID: s3.accessKeyId,
      SELEKSI_S3_SECRET_ACCESS_KEY: s3.secretAccessKey,
      SMTP_URL: inbox.url,
      SELEKSI_DEMO: 'false',
      LOG_LEVEL: 'warn',
      HOST: '127.0.0.1',
    };
    const start = async () => {
      const port = await freePort();
      const dataDir = mkdtempSync(join(tmpdir(), 'seleksi-instance-'));
      const run = runTypeScript('src/cli/main.ts', ['serve'], {
        ...shared,
        PORT: String(port),
        SELEKSI_DATA_DIR: dataDir,
      });
      cleanups.push(async () => {
        await killed(run.child);
        rmSync(dataDir, { recursive: true, force: true });
      });
      await waitForLine(run, /Seleksi is running at/, 45_000);
      return { url: `http://127.0.0.1:${port}`, dataDir };
    };
    const [first, second] = await Promise.all([start(), start()]);
    a = first.url;
    b = second.url;
    instanceDirs = [first.dataDir, second.dataDir];
  }, 60_000);

  let instanceDirs: string[] = [];

  afterAll(async () => {
    for (const cleanup of cleanups.reverse()) await cleanup();
  });

  const call = async (
    base: string,
    method: string,
    path: string,
    options: {
      cookie?: string;
      json?: unknown;
      body?: Buffer;
      headers?: Record<string, string>;
    } = {},
  ) => {
    const response = await fetch(base + path, {
      method,
      headers: {
        ...(options.cookie ? { cookie: options.cookie } : {}),
        ...(options.json === undefined ? {} : { 'content-type': 'application/json' }),
        ...options.headers,
      },
      ...(options.json === undefined ? {} : { body: JSON.stringify(options.json) }),
      ...(options.body ? { body: new Uint8Array(options.body) } : {}),
    });
    return response;
  };

  const signIn = async (base: string, email: string, secret = password) =>
    call(base, 'POST', '/api/auth/login', { json: { email, password: secret } });

  const sessionCookie = (response: Response) => {
    const cookie = response.headers.getSetCookie().find((c) => c.startsWith('seleksi_session='));
    if (!cookie) throw new Error(`no session cookie (status ${response.status})`);
    return cookie.split(';')[0]!;
  };

  test('a session made on one instance works on the other', async () => {
    const signedIn = await signIn(a, recruiter.email);
    expect(signedIn.status).toBe(200);
    const cookie = sessionCookie(signedIn);
    const me = await call(b, 'GET', '/api/auth/me', { cookie });
    expect(me.status).toBe(200);
    expect(((await me.json()) as { user: { email: string } }).user.email).toBe(recruiter.email);
    // Signing out on the second ends the session on the first.
    expect((await call(b, 'POST', '/api/auth/logout', { cookie })).status).toBeLessThan(300);
    expect((await call(a, 'GET', '/api/auth/me', { cookie })).status).toBe(401);
  });

  test('a CV uploaded through one downloads through the other, and either reads its text', async () => {
    const cookie = sessionCookie(await signIn(a, recruiter.email));
    const created = await call(a, 'POST', '/api/candidates', { cookie, json: candidateInput() });
    expect(created.status).toBe(201);
    const candidateId = ((await created.json()) as { id: string }).id;
    const bytes = await makePdf([
      'Dewi Lestari - Data Engineer',
      'Pengalaman 6 tahun membangun pipeline Airflow di Surabaya.',
    ]);
    const form = multipart({}, { name: 'CV Dewi.pdf', bytes });
    const uploaded = await call(a, 'PUT', `/api/candidates/${candidateId}/cv`, {
      cookie,
      body: form.payload,
      headers: form.headers,
    });
    expect(uploaded.status).toBe(200);
    const cvFileId = ((await uploaded.json()) as { id: string }).id;
    const download = await call(b, 'GET', `/api/cv-files/${cvFileId}`, { cookie });
    expect(download.status).toBe(200);
    expect(Buffer.from(await download.arrayBuffer()).equals(bytes)).toBe(true);
    // Extraction ran on whichever instance took the job, reading the bytes from the bucket.
    await waitFor(
      async () => {
        const candidate = await call(b, 'GET', `/api/candidates/${candidateId}`, { cookie });
        const body = (await candidate.json()) as { cvFiles: { textStatus: string }[] };
        return body.cvFiles[0]?.textStatus === 'extracted';
      },
      25_000,
      'the CV text',
    );
    // Nothing went to either instance's own disk.
    for (const dir of instanceDirs) {
      const cvDir = join(dir, 'cv-files');
      expect(existsSync(cvDir) ? readdirSync(cvDir) : []).toEqual([]);
    }
    // A CV's first text extraction starts the reading thread: slow on a loaded machine.
  }, 45_000);

  test('a screen one instance answers from memory shows a change made through the other at once', async () => {
    const cookie = sessionCookie(await signIn(a, recruiter.email));
    const input = candidateInput();
    const created = await call(a, 'POST', '/api/candidates', { cookie, json: input });
    const { id } = (await created.json()) as { id: string };
    const page = async (base: string) =>
      (
        (await (await call(base, 'GET', `/api/candidates/${id}`, { cookie })).json()) as {
          fullName: string;
        }
      ).fullName;
    // Twice, so instance a keeps the answer (server/answer-cache.ts).
    expect([await page(a), await page(a)]).toEqual([input.fullName, input.fullName]);
    const renamed = { ...input, fullName: 'Dewi Lestari Baru' };
    const edited = await call(b, 'PUT', `/api/candidates/${id}`, { cookie, json: renamed });
    expect(edited.status).toBe(200);
    expect(await page(a)).toBe('Dewi Lestari Baru');
  });

  test('a per-route rate limit counts requests to both instances together', async () => {
    // 20 a minute for this public route: ten through each instance, then the next is refused
    // by either.
    const check = (base: string) =>
      call(base, 'POST', '/api/auth/password-links/check', { json: { token: 'x'.repeat(43) } });
    for (let i = 0; i < 10; i++) {
      expect((await check(a)).status).not.toBe(429);
      expect((await check(b)).status).not.toBe(429);
    }
    expect((await check(a)).status).toBe(429);
    expect((await check(b)).status).toBe(429);
  });

  test('sign-in failures on both instances lock the account on both', async () => {
    // Five failures lock an account: three through one instance, two through the other.
    for (const base of [a, a, a, b, b]) {
      expect((await signIn(base, lockedOut.email, 'wrong password')).status).toBe(401);
    }
    expect((await signIn(a, lockedOut.email)).status).toBe(429);
    expect((await signIn(b, lockedOut.email)).status).toBe(429);
  });

  test('an e-mail queued by one instance is sent once', async () => {
    const cookie = sessionCookie(await signIn(b, admin.email));
    const invitee = `baru.${randomBytes(3).toString('hex')}@instances.test`;
    const invited = await call(b, 'POST', '/api/admin/users', {
      cookie,
      json: { email: invitee, name: 'Bayu Baru', role: 'interviewer' },
    });
    expect(invited.status).toBe(201);
    await waitFor(() => inbox.to(invitee).length > 0, 20_000, 'the invitation e-mail');
    // Both instances poll the queue: give the other one time to (wrongly) send it again.
    await new Promise((resolve) => setTimeout(resolve, 3_000));
    expect(inbox.to(invitee)).toHaveLength(1);
    const rows = await db.query<{ status: string; attempts: number }>(
      `SELECT status, attempts FROM email_messages WHERE to_email = $1`,
      [invitee],
    );
    expect(rows).toEqual([{ status: 'sent', attempts: 1 }]);
  });
});
