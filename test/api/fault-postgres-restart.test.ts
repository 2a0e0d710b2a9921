import { buildAppOn, testMail } from '../support/test-app';
import { afterAll, expect, test } from 'vitest';
import pg from 'pg';
import { openDatabase, type Database } from '../../src/db/database';
import { DatabaseUnavailable } from '../../src/db/unavailable';
import { insertUser } from '../../src/db/queries/users';
import { hashPassword } from '../../src/services/auth/auth-service';
import { startBackgroundWork } from '../../src/services/background/background-work';
import { prepareDatabase } from '../../src/services/database-setup';
import { candidateInput } from '../support/factories';
import { postgresBin, startThrowawayPostgres } from '../support/throwaway-postgres';
import { waitFor } from '../support/wait-for';

/**
 * The PostgreSQL server stops and starts again under a running app while requests keep coming
 * and its background workers poll the queue (every connection is cut, then refused, then told the
 * server is starting up). Meanwhile every answer is a success or a 503 that says when to try
 * again, never a 500; afterwards the app serves again and the workers pick up jobs again, with no
 * restart of their own and no manual step.
 */
const bin = postgresBin();
const cleanups: (() => Promise<void> | void)[] = [];
afterAll(async () => {
  for (const cleanup of cleanups.reverse()) await cleanup();
});

interface Answer {
  what: string;
  status: number;
  retryAfter: string | undefined;
  code: string | undefined;
  at: number;
}

test.skipIf(!bin && !process.env.CI)(
  'the app answers 200 or 503 with Retry-After while PostgreSQL restarts, and recovers',
  async () => {
    expect(bin, 'PostgreSQL is not installed (CI installs it)').toBeDefined();
    const server = startThrowawayPostgres(bin!);
    cleanups.push(() => server.stop());
    const db = await openDatabase({ databaseUrl: server.url });
    await prepareDatabase(db);
    const app = await buildAppOn(db);
    cleanups.push(async () => {
      await app.close();
      await db.close();
    });
    // As `seleksi serve` runs them: the queue's workers share the app's connection pool.
    const background = await startBackgroundWork(db, {
      mail: testMail,
      pollingIntervalSeconds: 0.5,
    });
    cleanups.push(() => background.stop());
    const password = 'restart-test-password-panjang';
    await insertUser(db, {
      email: 'hr@restart.test',
      name: 'HR',
      role: 'admin',
      title: null,
      locale: 'id',
      passwordHash: await hashPassword(password),
    });
    const login = await app.inject({
      method: 'POST',
      url: '/api/auth/login',
      payload: { email: 'hr@restart.test', password },
    });
    const cookie = `seleksi_session=${login.cookies.find((c) => c.name === 'seleksi_session')!.value}`;

    // Reads and writes, anonymous and signed in, from several clients at once, so the pool holds
    // several connections for the stop to cut and requests are in flight when it happens.
    const requests = [
      { what: 'health', send: () => app.inject({ url: '/api/health' }) },
      { what: 'list', send: () => app.inject({ url: '/api/candidates', headers: { cookie } }) },
      { what: 'jobs', send: () => app.inject({ url: '/api/jobs', headers: { cookie } }) },
      {
        what: 'create',
        send: () =>
          app.inject({
            method: 'POST',
            url: '/api/candidates',
            payload: candidateInput(),
            headers: { cookie },
          }),
      },
    ];
    const answers: Answer[] = [];
    let flowing = true;
    const clients = Array.from({ length: 4 }, async (_, client) => {
      for (let i = client; flowing; i++) {
        const request = requests[i % requests.length]!;
        const reply = await request.send();
        answers.push({
          what: request.what,
          status: reply.statusCode,
          retryAfter: reply.headers['retry-after'] as string | undefined,
          code: reply.statusCode >= 400 ? reply.json().error?.code : undefined,
          at: Date.now(),
        });
        await sleep(20);
      }
    });
    // Should the test fail before they are told to stop, they stop before the app closes: in a
    // worker that goes on to run other test files, they would otherwise call a closed app.
    cleanups.push(async () => {
      flowing = false;
      await Promise.allSettled(clients);
    });

    await sleep(500);
    await server.stopFast();
    // Down for two seconds, as in a restart or a fail-over, while requests keep coming.
    await sleep(2000);
    await server.start();
    const startedAt = Date.now();
    // Once the server is back, the app serves again by itself within seconds.
    await waitFor(
      () => {
        const since = answers.filter((a) => a.at > startedAt);
        return since.length >= 8 && since.slice(-8).every((a) => a.status < 300);
      },
      20_000,
      'every kind of request to succeed again after the restart',
    );
    flowing = false;
    await Promise.all(clients);

    const tally = JSON.stringify(countBy(answers));
    expect(
      answers.filter((a) => a.status >= 300 && a.status !== 503),
      `only successes and 503s: ${tally}`,
    ).toEqual([]);
    const unavailable = answers.filter((a) => a.status === 503);
    expect(unavailable.length, `the stop was met by requests: ${tally}`).toBeGreaterThan(0);
    for (const answer of unavailable) {
      expect(answer).toMatchObject({ retryAfter: '5', code: 'database_unavailable' });
    }

    // Reads and writes through the session work again, transactions included.
    const input = candidateInput();
    const created = await app.inject({
      method: 'POST',
      url: '/api/candidates',
      payload: input,
      headers: { cookie },
    });
    expect(created.statusCode, created.body).toBe(201);
    const listed = await app.inject({
      url: `/api/candidates?q=${encodeURIComponent(input.email)}`,
      headers: { cookie },
    });
    expect(listed.json().total).toBe(1);
    // A task queued after the restart (the invitation e-mail) is still delivered to the outbox:
    // the workers lived through the stop.
    const invited = await app.inject({
      method: 'POST',
      url: '/api/admin/users',
      payload: { email: 'baru@restart.test', name: 'Baru', role: 'interviewer' },
      headers: { cookie },
    });
    expect(invited.statusCode, invited.body).toBe(201);
    await waitFor(
      async () =>
        (
          await db.query<{ status: string }>(
            `SELECT status FROM email_messages WHERE to_email = 'baru@restart.test'`,
          )
        )[0]?.status === 'sent',
      20_000,
      'the invitation e-mail to be delivered after the restart',
    );
  },
);

test.skipIf(!bin && !process.env.CI)(
  'a read cut off mid-way is answered by a second try; a write or transaction cut off is not repeated',
  async () => {
    expect(bin, 'PostgreSQL is not installed (CI installs it)').toBeDefined();
    const server = startThrowawayPostgres(bin!);
    cleanups.push(() => server.stop());
    const db = await openDatabase({ databaseUrl: server.url });
    const admin = new pg.Client({ connectionString: server.url });
    await admin.connect();
    cleanups.push(async () => {
      await admin.end();
      await db.close();
    });
    await db.script('CREATE TABLE probe (n int)');
    // Ends the app's connection while it runs the statement marked with `marker`, as a server
    // shutting down or a fail-over does (SQLSTATE 57P01).
    const cutWhileRunning = async (marker: string) => {
      await waitFor(async () => {
        const cut = await admin.query(
          `SELECT pg_terminate_backend(pid) FROM pg_stat_activity
           WHERE state = 'active' AND query LIKE $1 AND pid <> pg_backend_pid()`,
          [`%${marker}%`],
        );
        return (cut.rowCount ?? 0) > 0;
      });
    };
    const probes = async (n: number) =>
      Number((await admin.query('SELECT count(*) FROM probe WHERE n = $1', [n])).rows[0].count);

    const [read] = await Promise.all([
      db.query<{ answer: number }>(`SELECT 42 AS answer, pg_sleep(0.5) /* read */`),
      cutWhileRunning('/* read */'),
    ]);
    expect(read).toEqual([{ answer: 42, pg_sleep: '' }]);

    const [write] = await Promise.allSettled([
      db.query(`INSERT INTO probe SELECT 1 FROM pg_sleep(0.5) /* write */`),
      cutWhileRunning('/* write */'),
    ]);
    expect(write.status === 'rejected' && write.reason).toBeInstanceOf(DatabaseUnavailable);
    expect(await probes(1)).toBe(0);

    const [transaction] = await Promise.allSettled([
      db.transaction(async (tx) => {
        await tx.query('INSERT INTO probe VALUES (2)');
        await tx.query('SELECT pg_sleep(0.5) /* transaction */');
      }),
      cutWhileRunning('/* transaction */'),
    ]);
    expect(transaction.status === 'rejected' && transaction.reason).toBeInstanceOf(
      DatabaseUnavailable,
    );
    expect(await probes(2)).toBe(0);
    await expectServing(db);
  },
);

/** The pool replaced the connections that were cut: plain work goes through again. */
async function expectServing(db: Database) {
  await db.transaction((tx) => tx.query('INSERT INTO probe VALUES (3)'));
  expect(await db.query('SELECT n FROM probe')).toEqual([{ n: 3 }]);
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** How many answers of each kind and status, to read when the test fails. */
function countBy(answers: readonly Answer[]): Record<string, number> {
  const counts: Record<string, number> = {};
  for (const { what, status } of answers)
    counts[`${what} ${status}`] = (counts[`${what} ${status}`] ?? 0) + 1;
  return counts;
}
