import { randomBytes } from 'node:crypto';
import type { FastifyInstance, InjectOptions } from 'fastify';
import { mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll } from 'vitest';
import { readMailSettings, type MailSettings } from '../../src/config';
import type { Database } from '../../src/db/database';
import { insertUser } from '../../src/db/queries/users';
import type { Role } from '../../src/domain/roles';
import { buildApp } from '../../src/server/app';
import { hashPassword } from '../../src/services/auth/auth-service';
import { startBackgroundWork } from '../../src/services/background/background-work';
import { fileCvStore } from '../../src/services/candidates/cv-store';
import { createSecretBox, loadSecretKey, type SecretBox } from '../../src/services/secret-box';
import { openTestDatabase } from './test-database';

export const testPassword = 'correct horse battery staple';

/**
 * The test users' password hash, made once per worker process: argon2 is slow on purpose, and API
 * files share their worker (isolate: false). Each app still signs its users in through the API.
 */
let testPasswordHash: Promise<string> | undefined;

/** The mail settings the test apps run with: the defaults config.ts gives an unset environment. */
export const testMail: MailSettings = readMailSettings();

export interface TestUser {
  id: string;
  email: string;
  role: Role;
  cookie: string;
}

export interface TestApp {
  app: FastifyInstance;
  db: Database;
  /** This app's data directory (a temporary folder, removed on close): the key file lives here. */
  dataDir: string;
  /** Where this app stores uploaded CVs (`<dataDir>/cv-files`). */
  cvDir: string;
  /** PGlite's files (`<dataDir>/pglite`) when the database is on disk; undefined otherwise. */
  pgliteDir: string | undefined;
  /** The box the app encrypts TOTP secrets with, to read what it stored. */
  secretBox: SecretBox;
  /** What its e-mails say about the installation (links, company name, sender). */
  mail: MailSettings;
  /** One signed-in user per role, plus a second hiring manager who is on no job's team. */
  users: Record<'admin' | 'recruiter' | 'hiringManager' | 'interviewer' | 'otherManager', TestUser>;
  /** Calls the API as a user (or anonymously with `null`) and returns status and JSON body. */
  call(
    as: TestUser | null,
    method: InjectOptions['method'],
    url: string,
    payload?: unknown,
  ): Promise<{ status: number; body: any }>; // eslint-disable-line @typescript-eslint/no-explicit-any -- tests read arbitrary JSON
  close(): Promise<void>;
}

export interface TestAppOptions {
  /** Run the queued work (reading CVs, sending e-mail) as the server does. */
  background?: boolean;
  /** Capture the app's real log output at this level (silent otherwise). */
  log?: { level: string; stream: NodeJS.WritableStream };
  /** PGlite in files under the data directory, as `seleksi serve` keeps it (not on PostgreSQL). */
  databaseOnDisk?: boolean;
}

/**
 * The app on a database the test opened itself (a throwaway server, a recovered file): test
 * mail, a fresh CV folder, a new secret key, no logs.
 */
export function buildAppOn(db: Database): Promise<FastifyInstance> {
  return buildApp({
    mail: testMail,
    db,
    cvDir: mkdtempSync(join(tmpdir(), 'seleksi-cv-')),
    secretBox: createSecretBox(randomBytes(32)),
    logLevel: 'silent',
    // Checked against the response schemas, as every other app in the API tests.
    checkResponses: true,
  });
}

export async function createTestApp(options: TestAppOptions = {}): Promise<TestApp> {
  const dataDir = mkdtempSync(join(tmpdir(), 'seleksi-data-'));
  const pgliteDir =
    options.databaseOnDisk && !process.env.TEST_DATABASE_URL ? join(dataDir, 'pglite') : undefined;
  const db = await openTestDatabase({ pgliteDir });
  const cvDir = join(dataDir, 'cv-files');
  mkdirSync(cvDir);
  // As `seleksi serve` without SELEKSI_SECRET_KEY: a new key file in the data directory.
  const secretBox = createSecretBox(
    (await loadSecretKey({ fromEnvironment: undefined, dataDir })).key,
  );
  const app = await buildApp({
    db,
    cvDir,
    mail: testMail,
    secretBox,
    logLevel: options.log?.level ?? 'silent',
    logStream: options.log?.stream,
    // Every reply in the API tests is checked against its route's response schema.
    checkResponses: true,
    // Webhook tests deliver to a plain-HTTP server on 127.0.0.1.
    allowLoopbackWebhooks: true,
  });
  // Queued work runs only where a test needs it.
  const background = options.background
    ? await startBackgroundWork(db, {
        mail: testMail,
        cvStore: fileCvStore(cvDir),
        secretBox,
        allowLoopbackWebhooks: true,
        pollingIntervalSeconds: 0.5,
      })
    : undefined;
  testPasswordHash ??= hashPassword(testPassword);
  const passwordHash = await testPasswordHash;
  const make = async (key: string, role: Role, name: string): Promise<TestUser> => {
    const email = `${key.toLowerCase()}@test.seleksi.id`;
    const row = await insertUser(db, {
      email,
      name,
      role,
      title: null,
      locale: 'id',
      passwordHash,
    });
    const response = await app.inject({
      method: 'POST',
      url: '/api/auth/login',
      payload: { email, password: testPassword },
    });
    const cookie = response.cookies.find((c) => c.name === 'seleksi_session');
    if (!cookie) throw new Error(`login failed for ${email}: ${response.body}`);
    return { id: row.id, email, role, cookie: `seleksi_session=${cookie.value}` };
  };
  const users = {
    admin: await make('admin', 'admin', 'Ani Admin'),
    recruiter: await make('recruiter', 'recruiter', 'Rina Recruiter'),
    hiringManager: await make('hiringManager', 'hiring_manager', 'Budi Manager'),
    interviewer: await make('interviewer', 'interviewer', 'Indra Interviewer'),
    otherManager: await make('otherManager', 'hiring_manager', 'Oki Other'),
  };
  return {
    app,
    db,
    dataDir,
    cvDir,
    pgliteDir,
    secretBox,
    mail: testMail,
    users,
    async call(as, method, url, payload) {
      const response = await app.inject({
        method,
        url,
        ...(payload === undefined ? {} : { payload: payload as Record<string, unknown> }),
        headers: as ? { cookie: as.cookie } : {},
      });
      return { status: response.statusCode, body: response.body ? response.json() : undefined };
    },
    async close() {
      await background?.stop();
      await app.close();
      await db.close();
      rmSync(dataDir, { recursive: true, force: true });
    },
  };
}

/**
 * A test app for the tests of this file (or describe block): created before them, closed after
 * them. The object is filled in when they start, so read its fields inside tests and hooks.
 */
export function useTestApp(options: TestAppOptions = {}): TestApp {
  const t = {} as TestApp;
  beforeAll(async () => {
    Object.assign(t, await createTestApp(options));
  });
  afterAll(() => t.close());
  return t;
}
