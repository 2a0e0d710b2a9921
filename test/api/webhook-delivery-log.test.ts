import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { startBackgroundWork } from '../../src/services/background/background-work';
import type { TaskWorkers } from '../../src/services/background/task-queue';
import { buildApplication } from '../support/factories';
import { freePort } from '../support/free-port';
import { createTestApp, type TestApp, testMail } from '../support/test-app';
import { waitFor } from '../support/wait-for';

/** What the log says of one delivery, as the API gives it. */
interface LoggedDelivery {
  id: string;
  status: string;
  attempts: number;
  lastError: string | null;
  problem: { kind: string; httpStatus: number | null } | null;
  attemptLog: {
    attempt: number;
    httpStatus: number | null;
    error: string | null;
    problem: { kind: string } | null;
  }[];
  retry: { failedAttempt: number; attemptsAllowed: number; nextAttemptAt: string } | null;
  createdAt: string;
  subject: {
    applicationId: string | null;
    candidate: { id: string; fullName: string } | null;
    candidateErased: boolean;
  };
}

let t: TestApp;
let workers: TaskWorkers;
let failing: Server;
let answer = 500;
const endpoints: { refused: string; erring: string } = { refused: '', erring: '' };

async function register(url: string): Promise<string> {
  const created = await t.call(t.users.admin, 'POST', '/api/admin/webhooks', {
    url,
    description: 'HRIS',
    events: ['application.created'],
  });
  expect(created.status, JSON.stringify(created.body)).toBe(201);
  return created.body.endpoint.id;
}

beforeAll(async () => {
  failing = createServer((request, response) => {
    request.resume();
    request.on('end', () => {
      response.statusCode = answer;
      response.end();
    });
  });
  await new Promise<void>((resolve) => failing.listen(0, '127.0.0.1', resolve));
  t = await createTestApp();
  // An hour before the first retry: the test reads the schedule, then moves the clock by hand.
  workers = await startBackgroundWork(t.db, {
    mail: testMail,
    secretBox: t.secretBox,
    allowLoopbackWebhooks: true,
    retry: { retryLimit: 2, retryDelaySeconds: 3600 },
    pollingIntervalSeconds: 0.5,
  });
  endpoints.refused = await register(`http://127.0.0.1:${await freePort()}/hook`);
  endpoints.erring = await register(
    `http://127.0.0.1:${(failing.address() as AddressInfo).port}/hook`,
  );
}, 180_000);
afterAll(async () => {
  await workers.stop();
  await t.close();
  await new Promise((resolve) => failing.close(resolve));
});

const logOf = async (endpointId: string) =>
  (await t.call(t.users.admin, 'GET', `/api/admin/webhooks/${endpointId}/deliveries`)).body
    .items as LoggedDelivery[];

/** The queue's own record of the job that will send the delivery next. */
const jobOf = async (deliveryId: string) =>
  (
    await t.db.query<{ startAfter: Date; state: string }>(
      `SELECT start_after AS "startAfter", state::text AS state FROM pgboss.job
       WHERE name = 'webhook.deliver' AND data->>'deliveryId' = $1 ORDER BY created_on DESC`,
      [deliveryId],
    )
  )[0]!;

/** Lets the retry the queue has planned run now, as if its time had come. */
const retryNow = (deliveryId: string) =>
  t.db.query(
    `UPDATE pgboss.job SET start_after = now() WHERE name = 'webhook.deliver'
     AND state = 'retry' AND data->>'deliveryId' = $1`,
    [deliveryId],
  );

describe('the webhook delivery log', () => {
  test('a failure reads as a plain reason with its raw code, the attempt of how many, and the queue’s next retry time; then it gives up', async () => {
    await buildApplication(t);
    await waitFor(async () => (await logOf(endpoints.refused))[0]?.retry != null, 20_000);
    const [first] = await logOf(endpoints.refused);
    expect(first).toMatchObject({
      status: 'pending',
      attempts: 1,
      lastError: 'econnrefused',
      problem: { kind: 'refused', httpStatus: null },
      retry: { failedAttempt: 1, attemptsAllowed: 3 },
    });
    // The time is the queue's own (with its jitter), not a guess: between 1 and 2 hours away.
    const job = await jobOf(first!.id);
    expect(job.state).toBe('retry');
    expect(first!.retry!.nextAttemptAt).toBe(job.startAfter.toISOString());
    const wait = new Date(first!.retry!.nextAttemptAt).getTime() - Date.now();
    expect(wait).toBeGreaterThan(55 * 60_000);
    expect(wait).toBeLessThan(2 * 60 * 60_000 + 60_000);

    await retryNow(first!.id);
    await waitFor(async () => (await logOf(endpoints.refused))[0]?.retry?.failedAttempt === 2);
    await retryNow(first!.id);
    await waitFor(async () => (await logOf(endpoints.refused))[0]?.status === 'failed');
    expect((await logOf(endpoints.refused))[0]).toMatchObject({
      status: 'failed',
      attempts: 3,
      problem: { kind: 'refused' },
      retry: null,
    });
    // Each attempt stays in the log, not only the latest.
    expect((await logOf(endpoints.refused))[0]!.attemptLog).toEqual(
      [1, 2, 3].map((attempt) => ({
        attempt,
        at: expect.any(String),
        httpStatus: null,
        error: 'econnrefused',
        problem: { kind: 'refused', httpStatus: null },
      })),
    );
  });

  test('an error answer names its status; once delivered, no problem and no retry', async () => {
    await waitFor(async () => (await logOf(endpoints.erring))[0]?.retry != null, 20_000);
    const [delivery] = await logOf(endpoints.erring);
    expect(delivery).toMatchObject({
      lastError: 'http_500',
      problem: { kind: 'http_error', httpStatus: 500 },
      retry: { failedAttempt: 1, attemptsAllowed: 3 },
    });
    answer = 200;
    await retryNow(delivery!.id);
    await waitFor(async () => (await logOf(endpoints.erring))[0]?.status === 'delivered');
    const [delivered] = await logOf(endpoints.erring);
    expect(delivered).toMatchObject({ problem: null, retry: null, responseStatus: 200 });
    // The 500 before the success is still there to see.
    expect(delivered!.attemptLog).toMatchObject([
      { attempt: 1, httpStatus: 500, error: 'http_500', problem: { kind: 'http_error' } },
      { attempt: 2, httpStatus: 200, error: null, problem: null },
    ]);
  });

  test('sending a delivery that gave up again queues it afresh', async () => {
    const [gaveUp] = await logOf(endpoints.refused);
    const again = await t.call(
      t.users.admin,
      'POST',
      `/api/admin/webhooks/${endpoints.refused}/deliveries/${gaveUp!.id}/send-again`,
    );
    expect(again.status).toBe(200);
    expect(again.body).toMatchObject({ status: 'pending', retry: null });
    await waitFor(async () => (await logOf(endpoints.refused))[0]?.retry != null, 20_000);
    expect((await logOf(endpoints.refused))[0]).toMatchObject({
      attempts: 4,
      retry: { failedAttempt: 1, attemptsAllowed: 3 },
    });
    // Counting on from the attempts before it.
    expect((await logOf(endpoints.refused))[0]!.attemptLog.map((a) => a.attempt)).toEqual([
      1, 2, 3, 4,
    ]);
  });

  test('entries name what they are about, newest first; an erased candidate is named no more', async () => {
    const older = await buildApplication(t);
    const newer = await buildApplication(t);
    const nameOf = async (id: string) =>
      (
        await t.db.query<{ n: string }>('SELECT full_name AS n FROM candidates WHERE id = $1', [id])
      )[0]!.n;
    const olderName = await nameOf(older.candidateId);
    const [first, second] = await logOf(endpoints.erring);
    expect([first!.subject, second!.subject]).toEqual([
      {
        applicationId: newer.applicationId,
        candidate: { id: newer.candidateId, fullName: await nameOf(newer.candidateId) },
        candidateErased: false,
      },
      {
        applicationId: older.applicationId,
        candidate: { id: older.candidateId, fullName: olderName },
        candidateErased: false,
      },
    ]);
    const log = await logOf(endpoints.erring);
    const times = log.map((d) => d.createdAt);
    expect(times).toEqual([...times].sort().reverse());

    const erased = await t.call(
      t.users.recruiter,
      'POST',
      `/api/candidates/${older.candidateId}/erase`,
    );
    expect(erased.status).toBe(200);
    const reply = await t.call(
      t.users.admin,
      'GET',
      `/api/admin/webhooks/${endpoints.erring}/deliveries`,
    );
    expect(JSON.stringify(reply.body)).not.toContain(olderName);
    const entry = (reply.body.items as LoggedDelivery[]).find(
      (d) => d.subject.applicationId === older.applicationId,
    );
    expect(entry!.subject).toEqual({
      applicationId: older.applicationId,
      candidate: null,
      candidateErased: true,
    });
  });
});
