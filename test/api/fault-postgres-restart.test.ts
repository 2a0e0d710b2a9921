import { randomBytes } from 'node:crypto';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, expect, test } from 'vitest';
import { openDatabase } from '../../src/db/database';
import { insertUser } from '../../src/db/queries/users';
import { buildApp } from '../../src/server/app';
import { hashPassword } from '../../src/services/auth-service';
import { startBackgroundWork } from '../../src/services/background-work';
import { prepareDatabase } from '../../src/services/database-setup';
import { createSecretBox } from '../../src/services/secret-box';
import { candidateInput } from '../support/factories';
import { postgresBin, startThrowawayPostgres } from '../support/throwaway-postgres';
import { waitFor } from '../support/wait-for';

/**
 * The PostgreSQL server restarts under a running app, its background workers polling the queue
 * (every connection is cut). The app must serve again once the server is back, and the workers
 * pick up jobs again, with no restart of their own and no manual step.
 */
const bin = postgresBin();
const cleanups: (() => Promise<void> | void)[] = [];
afterAll(async () => {
  for (const cleanup of cleanups.reverse()) await cleanup();
});

test.skipIf(!bin && !process.env.CI)('the app survives a PostgreSQL server restart', async () => {
  expect(bin, 'PostgreSQL is not installed (CI installs it)').toBeDefined();
  const server = startThrowawayPostgres(bin!);
  cleanups.push(() => server.stop());
  const db = await openDatabase({ databaseUrl: server.url });
  await prepareDatabase(db);
  const app = await buildApp({
    db,
    cvDir: mkdtempSync(join(tmpdir(), 'seleksi-cv-')),
    secretBox: createSecretBox(randomBytes(32)),
    logLevel: 'silent',
  });
  cleanups.push(async () => {
    await app.close();
    await db.close();
  });
  // As `seleksi serve` runs them: the queue's workers share the app's connection pool.
  const background = await startBackgroundWork(db, { pollingIntervalSeconds: 0.5 });
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
  // Several requests at once, so the pool holds several idle connections for the restart to cut.
  const health = await Promise.all(
    Array.from({ length: 5 }, () => app.inject({ url: '/api/health' })),
  );
  expect(health.map((r) => r.statusCode)).toEqual([200, 200, 200, 200, 200]);

  server.restart();

  // The first request may meet a connection cut by the restart; within seconds all is well.
  const deadline = Date.now() + 20_000;
  let status = 0;
  while (Date.now() < deadline && status !== 200) {
    status = (await app.inject({ url: '/api/health' })).statusCode;
    if (status !== 200) await new Promise((resolve) => setTimeout(resolve, 250));
  }
  expect(status).toBe(200);
  // Reads and writes through the session work again, transactions included.
  const created = await app.inject({
    method: 'POST',
    url: '/api/candidates',
    payload: candidateInput(),
    headers: { cookie },
  });
  expect(created.statusCode, created.body).toBe(201);
  const listed = await app.inject({ url: '/api/candidates', headers: { cookie } });
  expect(listed.json().total).toBe(1);
  // A job queued after the restart (the invitation e-mail) is still delivered to the outbox.
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
});
