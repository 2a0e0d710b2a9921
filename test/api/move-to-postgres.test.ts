import { mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { runMove } from '../../src/cli/move-command';
import { readConfig, type Config } from '../../src/config';
import { openDatabase, type Database } from '../../src/db/database';
import { countRows, tablesInCopyOrder } from '../../src/db/database-copy';
import { enqueueTask, taskQueues } from '../../src/services/background/task-queue';
import { fileCvStore } from '../../src/services/candidates/cv-store';
import { prepareDatabase } from '../../src/services/database-setup';
import { demoPassword } from '../../src/services/demo/demo-company';
import { seedDemoData } from '../../src/services/demo/demo-seed-service';
import { loadSecretKey } from '../../src/services/secret-box';
import { candidateInput } from '../support/factories';
import { buildAppOn, testMail } from '../support/test-app';
import { serverTestDatabase, type ServerTestDatabase } from '../support/test-database';

/**
 * A company outgrows the embedded database: `seleksi move-to-postgres` copies a PGlite data
 * directory (the demo company plus a little work) into a new PostgreSQL database, and the app
 * started on it shows the same candidates, interviews, scorecards and report figures, and signs
 * the same people in. PostgreSQL only (it is the target).
 */
const serverUrl = process.env.TEST_DATABASE_URL;

/**
 * A reply with every list in one order: rows that tie in a list's order (two interviews at the
 * same hour) may come in either order from either engine, and are the same figures all the same.
 */
function canonical(value: unknown): unknown {
  if (Array.isArray(value)) {
    return value.map(canonical).sort((a, b) => (JSON.stringify(a) < JSON.stringify(b) ? -1 : 1));
  }
  if (value && typeof value === 'object') {
    return Object.fromEntries(Object.entries(value).map(([key, inner]) => [key, canonical(inner)]));
  }
  return value;
}

describe.skipIf(!serverUrl)('moving the embedded database to PostgreSQL', () => {
  let dataDir: string;
  let config: Config;
  let server: ServerTestDatabase;
  let printed: string[] = [];
  let invitee: string;
  let source: Database;
  let target: Database;

  /** Signs a demo user in and calls the API with their session. */
  const signedIn = async (app: FastifyInstance, email: string) => {
    const login = await app.inject({
      method: 'POST',
      url: '/api/auth/login',
      payload: { email, password: demoPassword },
    });
    expect(login.statusCode).toBe(200);
    const cookie = login.cookies.find((c) => c.name === 'seleksi_session')!;
    return async (method: 'GET' | 'POST', url: string, payload?: unknown) => {
      const reply = await app.inject({
        method,
        url,
        cookies: { [cookie.name]: cookie.value },
        ...(payload === undefined ? {} : { payload: payload as object }),
      });
      return { status: reply.statusCode, body: reply.json() as unknown };
    };
  };

  const move = async (argv: string[]) => {
    printed = [];
    return runMove(argv, config, (line) => printed.push(...line.split('\n')));
  };

  beforeAll(async () => {
    dataDir = mkdtempSync(join(tmpdir(), 'seleksi-move-'));
    const cvDir = join(dataDir, 'cv-files');
    config = { ...readConfig(), dataDir, cvDir, cvStore: { kind: 'disk', dir: cvDir } };
    // As `seleksi serve` would: the key file in the data directory.
    await loadSecretKey({ fromEnvironment: undefined, dataDir });
    const embedded = await openDatabase({ dataDir: join(dataDir, 'pglite') });
    await prepareDatabase(embedded);
    expect(await seedDemoData(embedded, testMail, new Date(), fileCvStore(cvDir))).toBe(true);
    // A little work after the demo: a new candidate, and an invitation whose e-mail is still
    // queued (no background work runs here), so a task waits in the queue.
    const app = await buildAppOn(embedded);
    const hr = await signedIn(app, 'hr@demo.seleksi.id');
    expect((await hr('POST', '/api/candidates', candidateInput())).status).toBe(201);
    const admin = await signedIn(app, 'admin@demo.seleksi.id');
    invitee = `baru.${Date.now()}@demo.seleksi.id`;
    const invited = await admin('POST', '/api/admin/users', {
      email: invitee,
      name: 'Bayu Baru',
      role: 'interviewer',
    });
    expect(invited.status).toBe(201);
    await app.close();
    await embedded.close();

    server = await serverTestDatabase(serverUrl!);
    // The new database was tried first: an empty start there made the schema and a cron job.
    const tried = await openDatabase({ databaseUrl: server.url });
    await prepareDatabase(tried);
    await tried.transaction((tx) => enqueueTask(tx, taskQueues.vacuumDatabase, {}));
    await tried.close();
    expect(await move(['--to', server.url, '--copy-cv-files', join(dataDir, 'shared-cv')])).toBe(0);
    source = await openDatabase({ dataDir: join(dataDir, 'pglite') });
    target = await openDatabase({ databaseUrl: server.url });
  }, 180_000);

  afterAll(async () => {
    await source?.close();
    await target?.close();
    await server?.drop();
    rmSync(dataDir, { recursive: true, force: true });
  });

  test('every table holds as many rows as in the embedded database, and the queued e-mail waits there too', async () => {
    const tables = await tablesInCopyOrder(source);
    const before = await countRows(source, tables);
    expect(await countRows(target, tables)).toEqual(before);
    const held = Object.fromEntries(before.map((t) => [t.table, t.rows]));
    expect(held.candidates).toBeGreaterThan(90);
    expect(held.scorecards).toBeGreaterThan(0);
    expect(held.application_report_facts).toBe(held.applications);
    // The invitation's delivery is still to run, on the new database.
    const pending = `SELECT count(*)::int AS n FROM pgboss.job
       WHERE name = 'email.send' AND state IN ('created', 'retry')`;
    const [waiting] = await target.query<{ n: number }>(pending);
    expect(waiting!.n).toBeGreaterThan(0);
    expect(waiting).toEqual((await source.query<{ n: number }>(pending))[0]);
    // The queue holds the source's jobs still to run, and only those.
    const queued = `SELECT name, count(*)::int AS n FROM pgboss.job
       WHERE state IN ('created', 'retry') GROUP BY name ORDER BY name`;
    expect(await target.query(queued)).toEqual(await source.query(queued));
  });

  test('the command prints rows per table and copies the CV files when asked, and no personal data', async () => {
    const candidates = await source.query<{ n: number }>(
      'SELECT count(*)::int AS n FROM candidates',
    );
    expect(printed).toContainEqual(
      expect.stringMatching(new RegExp(`^ +candidates +${candidates[0]!.n}$`)),
    );
    expect(printed.join('\n')).toMatch(/CV files: copied \d+ files/);
    const cvFiles = readdirSync(join(dataDir, 'cv-files'));
    expect(cvFiles.length).toBeGreaterThan(90);
    expect(readdirSync(join(dataDir, 'shared-cv')).sort()).toEqual(cvFiles.sort());
    expect(printed.join('\n')).toContain(`SELEKSI_SECRET_KEY="$(cat ${dataDir}/secret.key)"`);
    const people = await source.query<{ name: string; email: string }>(
      `SELECT full_name AS name, email FROM candidates
        UNION ALL SELECT name, email FROM users WHERE email <> ''`,
    );
    for (const person of people) {
      expect(printed.join('\n')).not.toContain(person.email);
      expect(printed.join('\n')).not.toContain(person.name);
    }
    expect(printed.join('\n')).not.toContain(new URL(server.url).password || 'no-password-here');
  });

  test('the app on PostgreSQL shows the same candidates, interviews, scorecards and report figures, and signs in', async () => {
    const before = await buildAppOn(source);
    const after = await buildAppOn(target);
    try {
      for (const email of ['hr@demo.seleksi.id', 'user@demo.seleksi.id']) {
        const [was, is] = [await signedIn(before, email), await signedIn(after, email)];
        const same = async (url: string) => {
          const [a, b] = [await was('GET', url), await is('GET', url)];
          expect(b.status, url).toBe(200);
          expect(canonical(b.body), url).toEqual(canonical(a.body));
          return b.body;
        };
        await same('/api/today');
        await same('/api/my-interviews');
        const jobs = (await same('/api/jobs')) as { items?: { id: string }[] } | { id: string }[];
        for (const report of ['funnel', 'speed', 'sources', 'attendance', 'offers']) {
          await same(`/api/reports/${report}`);
        }
        const list = Array.isArray(jobs) ? jobs : (jobs.items ?? []);
        for (const job of list) await same(`/api/jobs/${job.id}/board`);
      }
      const hr = await signedIn(after, 'hr@demo.seleksi.id');
      const candidates = await hr('GET', '/api/candidates?pageSize=100');
      expect(candidates.body).toEqual(
        (
          await (
            await signedIn(before, 'hr@demo.seleksi.id')
          )('GET', '/api/candidates?pageSize=100')
        ).body,
      );
      // Each decided application's interviews and scorecards, read through the API.
      const decided = await target.query<{ id: string }>(
        `SELECT id FROM applications WHERE stage IN ('offer', 'hired') ORDER BY id`,
      );
      expect(decided.length).toBeGreaterThan(0);
      const was = await signedIn(before, 'hr@demo.seleksi.id');
      for (const { id } of decided) {
        for (const url of [
          `/api/applications/${id}/interviews`,
          `/api/applications/${id}/interviews/hr/scorecards`,
          `/api/applications/${id}/interviews/user/scorecards`,
        ]) {
          const [a, b] = [await was('GET', url), await hr('GET', url)];
          expect(b.status, url).toBe(200);
          expect(canonical(b.body), url).toEqual(canonical(a.body));
        }
      }
    } finally {
      await before.close();
      await after.close();
    }
  }, 120_000);

  test('refuses a target that already holds data, and changes nothing there', async () => {
    const tables = await tablesInCopyOrder(target);
    const counts = await countRows(target, tables);
    await source.close(); // the move opens the data directory itself
    const refused = await move(['--to', server.url]);
    source = await openDatabase({ dataDir: join(dataDir, 'pglite') });
    expect(refused).toBe(1);
    expect(printed.join('\n')).toMatch(
      /^Nothing was moved: The target database already holds data \(users: \d+ rows/,
    );
    expect(await countRows(target, tables)).toEqual(counts);
  }, 60_000);

  test('without a target it says how to use it', async () => {
    expect(await move([])).toBe(1);
    expect(printed[0]).toMatch(/^Usage: seleksi move-to-postgres --to/);
    expect(readdirSync(dataDir)).toContain('pglite');
  });
});
