import { createHmac, randomUUID, timingSafeEqual } from 'node:crypto';
import { createServer, type IncomingHttpHeaders, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, beforeEach, describe, expect, test } from 'vitest';
import { startBackgroundWork } from '../../src/services/background/background-work';
import type { TaskWorkers } from '../../src/services/background/task-queue';
import { insertWebhookDelivery } from '../../src/db/queries/webhooks';
import { deliverWebhook } from '../../src/services/integrations/webhook-delivery';
import { queueWebhookEvent } from '../../src/services/integrations/webhook-events';
import { runImport } from '../../src/services/candidate-imports/commit-import';
import { uploadCsv } from '../support/candidate-imports';
import { buildApplication, buildJob, moveTo, unique } from '../support/factories';
import { expectError, expectInvalid } from '../support/expectations';
import { createTestApp, type TestApp, testMail } from '../support/test-app';
import { waitFor } from '../support/wait-for';

/** A receiver on 127.0.0.1: keeps what arrives and answers the statuses it is told to, in turn. */
interface Received {
  headers: IncomingHttpHeaders;
  body: string;
  json: { id: string; type: string; data: Record<string, any> }; // eslint-disable-line @typescript-eslint/no-explicit-any -- tests read arbitrary JSON
}
let server: Server;
let url: string;
const received: Received[] = [];
let answers: number[] = [];

let t: TestApp;
let workers: TaskWorkers;
let endpoint: { id: string };
let secret: string;

beforeAll(async () => {
  server = createServer((request, response) => {
    const chunks: Buffer[] = [];
    request.on('data', (chunk: Buffer) => chunks.push(chunk));
    request.on('end', () => {
      const body = Buffer.concat(chunks).toString('utf8');
      received.push({ headers: request.headers, body, json: JSON.parse(body) });
      response.statusCode = answers.shift() ?? 200;
      response.end('thanks');
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/seleksi`;
  t = await createTestApp();
  workers = await startBackgroundWork(t.db, {
    mail: testMail,
    secretBox: t.secretBox,
    allowLoopbackWebhooks: true,
    retry: { retryLimit: 4, retryDelaySeconds: 1 },
    pollingIntervalSeconds: 0.5,
  });
  const created = await t.call(t.users.admin, 'POST', '/api/admin/webhooks', {
    url,
    description: 'HRIS',
    events: [
      'application.created',
      'application.stage_changed',
      'interview.scheduled',
      'decision.recorded',
      'candidate.erased',
    ],
  });
  expect(created.status, JSON.stringify(created.body)).toBe(201);
  endpoint = created.body.endpoint;
  secret = created.body.secret;
});
afterAll(async () => {
  await workers.stop();
  await t.close();
  await new Promise((resolve) => server.close(resolve));
});
beforeEach(() => {
  answers = [];
});

/** What a receiver does with the README's scheme: recompute, compare in constant time, check age. */
function verify(header: string, body: string, key: string): boolean {
  const parts = Object.fromEntries(
    header.split(',').map((part) => part.split('=') as [string, string]),
  );
  const expected = createHmac('sha256', key).update(`${parts.t}.${body}`).digest();
  const given = Buffer.from(parts.v1 ?? '', 'hex');
  const fresh = Math.abs(Date.now() / 1000 - Number(parts.t)) < 300;
  return fresh && given.length === expected.length && timingSafeEqual(given, expected);
}

const deliveries = async () =>
  (await t.call(t.users.admin, 'GET', `/api/admin/webhooks/${endpoint.id}/deliveries`)).body
    .items as {
    id: string;
    eventType: string;
    status: string;
    attempts: number;
    responseStatus: number | null;
    lastError: string | null;
  }[];

const arrivals = (type: string) => received.filter((r) => r.json.type === type);

describe('webhook endpoints', () => {
  test('only admins manage endpoints; HTTPS unless loopback in tests; the secret is sealed', async () => {
    for (const user of [t.users.recruiter, t.users.hiringManager, t.users.interviewer]) {
      expectError(await t.call(user, 'GET', '/api/admin/webhooks'), 403, 'forbidden');
      expectError(
        await t.call(user, 'POST', `/api/admin/webhooks/${endpoint.id}/secret`),
        403,
        'forbidden',
      );
    }
    expectInvalid(
      await t.call(t.users.admin, 'POST', '/api/admin/webhooks', {
        url: 'http://hooks.example.com/x',
        events: ['application.created'],
      }),
      { url: 'https_required' },
    );
    expectInvalid(
      await t.call(t.users.admin, 'POST', '/api/admin/webhooks', {
        url: 'not a url',
        events: [],
      }),
      { url: 'invalid_url', events: 'too_small' },
    );
    expect(secret).toMatch(/^whsec_/);
    const [row] = await t.db.query<{ sealed: string }>(
      'SELECT secret_sealed AS sealed FROM webhook_endpoints WHERE id = $1',
      [endpoint.id],
    );
    expect(row!.sealed).not.toContain(secret.slice(6));
    const revealed = await t.call(
      t.users.admin,
      'POST',
      `/api/admin/webhooks/${endpoint.id}/secret`,
    );
    expect(revealed.body.secret).toBe(secret);
    const listed = await t.call(t.users.admin, 'GET', '/api/admin/webhooks');
    expect(JSON.stringify(listed.body)).not.toContain(secret);
  });
});

describe('endpoints inside the network (SSRF)', () => {
  test('private, link-local and unique-local addresses are refused at registration, naming the url', async () => {
    for (const address of [
      'https://10.1.2.3/hook',
      'https://192.168.1.10/hook',
      'https://172.20.0.5/hook',
      'https://169.254.169.254/latest/meta-data',
      'https://100.64.0.1/hook',
      'https://[fd00::1]/hook',
      'https://[fe80::1]/hook',
      'https://[::ffff:10.0.0.1]/hook',
      'https://0.0.0.0/hook',
    ]) {
      expectInvalid(
        await t.call(t.users.admin, 'POST', '/api/admin/webhooks', {
          url: address,
          events: ['application.created'],
        }),
        { url: 'private_address' },
      );
    }
    // Changing an endpoint to such an address is refused the same way.
    expectInvalid(
      await t.call(t.users.admin, 'PUT', `/api/admin/webhooks/${endpoint.id}`, {
        url: 'https://10.0.0.1/x',
        description: 'HRIS',
        events: ['application.created'],
        active: true,
      }),
      { url: 'private_address' },
    );
  });

  test('a delivery checks the address the name resolves to now: loopback only when allowed', async () => {
    // Registered while the server allowed loopback; the name is resolved again at delivery.
    const port = new URL(url).port;
    const created = await t.call(t.users.admin, 'POST', '/api/admin/webhooks', {
      url: `http://localhost:${port}/resolved`,
      events: ['decision.recorded'],
    });
    expect(created.status).toBe(201);
    const deliveryId = await insertWebhookDelivery(t.db, {
      endpointId: created.body.endpoint.id,
      eventId: randomUUID(),
      eventType: 'decision.recorded',
      candidateId: null,
      payload: { id: 'x', type: 'decision.recorded', data: {} },
    });
    const seen = () => received.filter((r) => r.json.id === 'x').length;
    await deliverWebhook(t.db, t.secretBox, deliveryId, { final: true }, { allowLoopback: false })
      .then(() => expect.unreachable('delivered to loopback'))
      .catch((error: { code?: string }) => expect(error.code).toBe('private_address'));
    expect(seen()).toBe(0);
    const [refused] = await t.db.query<{ status: string; last_error: string }>(
      'SELECT status, last_error FROM webhook_deliveries WHERE id = $1',
      [deliveryId],
    );
    expect(refused).toEqual({ status: 'failed', last_error: 'private_address' });
    await deliverWebhook(t.db, t.secretBox, deliveryId, { final: true }, { allowLoopback: true });
    expect(seen()).toBe(1);
    await t.call(t.users.admin, 'DELETE', `/api/admin/webhooks/${created.body.endpoint.id}`);
  });
});

describe('webhook deliveries', () => {
  test('a new application is delivered once, signed over timestamp and body', async () => {
    const built = await buildApplication(t);
    await waitFor(() => arrivals('application.created').length > 0, 15_000, 'the delivery');
    const arrival = arrivals('application.created').at(-1)!;
    expect(arrival.json.data).toMatchObject({
      application: { id: built.applicationId, jobId: built.jobId, stage: 'applied' },
      candidate: { id: built.candidateId },
    });
    expect(arrival.json.data.candidate.fullName).toMatch(/^Sari Rahmawati/);
    expect(arrival.headers['seleksi-event']).toBe('application.created');
    const header = String(arrival.headers['seleksi-signature']);
    expect(header).toMatch(/^t=\d+,v1=[0-9a-f]{64}$/);
    expect(verify(header, arrival.body, secret)).toBe(true);
    expect(verify(header, arrival.body.replace('applied', 'hired'), secret)).toBe(false);
    expect(verify(header, arrival.body, 'whsec_someone-else')).toBe(false);
    await waitFor(async () => (await deliveries())[0]?.status === 'delivered', 5_000);
    expect((await deliveries())[0]).toMatchObject({
      eventType: 'application.created',
      status: 'delivered',
      attempts: 1,
      responseStatus: 200,
    });
  });

  test('a receiver answering 500 gets the event again, and the log shows both attempts', async () => {
    const built = await buildApplication(t);
    await waitFor(
      () =>
        arrivals('application.created').some(
          (a) => a.json.data.application.id === built.applicationId,
        ),
      15_000,
    );
    answers = [500];
    await moveTo(t, built.applicationId, 'cv_screening');
    const moves = () =>
      arrivals('application.stage_changed').filter(
        (a) => a.json.data.application.id === built.applicationId,
      );
    await waitFor(() => moves().length >= 2, 20_000, 'the retry');
    expect(moves()[0]!.json.id).toBe(moves()[1]!.json.id);
    expect(moves()[1]!.json.data).toMatchObject({ fromStage: 'applied', toStage: 'cv_screening' });
    expect(JSON.stringify(moves()[1]!.json.data)).not.toContain('Sari');
    await waitFor(async () => (await deliveries())[0]?.status === 'delivered', 5_000);
    expect((await deliveries())[0]).toMatchObject({
      eventType: 'application.stage_changed',
      status: 'delivered',
      attempts: 2,
      responseStatus: 200,
      lastError: null,
    });

    // "Send again" from the log delivers it once more.
    const again = await t.call(
      t.users.admin,
      'POST',
      `/api/admin/webhooks/${endpoint.id}/deliveries/${(await deliveries())[0]!.id}/send-again`,
    );
    expect(again.status).toBe(200);
    await waitFor(() => moves().length >= 3, 15_000, 'the delivery sent again');
    await waitFor(async () => (await deliveries())[0]?.attempts === 3, 5_000);
  });

  test('a change that rolls back queues nothing', async () => {
    const count = async () =>
      (await t.db.query<{ n: number }>('SELECT count(*)::int AS n FROM webhook_deliveries'))[0]!.n;
    const before = await count();
    const jobsBefore = await t.db.query<{ n: number }>(
      `SELECT count(*)::int AS n FROM pgboss.job WHERE name = 'webhook.deliver'`,
    );
    await expect(
      t.db.transaction(async (tx) => {
        await queueWebhookEvent(tx, 'application.created', { application: { id: 'x' } }, null);
        throw new Error('the change failed');
      }),
    ).rejects.toThrow('the change failed');
    expect(await count()).toBe(before);
    const jobsAfter = await t.db.query<{ n: number }>(
      `SELECT count(*)::int AS n FROM pgboss.job WHERE name = 'webhook.deliver'`,
    );
    expect(jobsAfter[0]!.n).toBe(jobsBefore[0]!.n);
    const seen = received.length;
    await new Promise((resolve) => setTimeout(resolve, 1500));
    expect(received.length).toBe(seen);
  });

  test('an erasure scrubs the candidate from queued and logged payloads, then says so by id', async () => {
    // The receiver is down: the application's event waits in the queue with the name in it.
    answers = Array(20).fill(503);
    const built = await buildApplication(t);
    const [candidate] = await t.db.query<{ fullName: string; email: string }>(
      'SELECT full_name AS "fullName", email FROM candidates WHERE id = $1',
      [built.candidateId],
    );
    const stored = async () =>
      (
        await t.db.query<{ payload: string }>(
          'SELECT payload::text AS payload FROM webhook_deliveries',
        )
      )
        .map((row) => row.payload)
        .join('\n');
    expect(await stored()).toContain(candidate!.email);
    const erased = await t.call(
      t.users.recruiter,
      'POST',
      `/api/candidates/${built.candidateId}/erase`,
    );
    expect(erased.status).toBe(200);
    expect(await stored()).not.toContain(candidate!.email);
    expect(await stored()).not.toContain(candidate!.fullName);
    // The receiver comes back: what it gets now names no one.
    answers = [];
    const seen = received.length;
    await waitFor(() => arrivals('candidate.erased').length > 0, 20_000, 'the erasure event');
    await waitFor(
      () => received.slice(seen).some((r) => r.json.type === 'application.created'),
      20_000,
      'the scrubbed application event',
    );
    for (const arrival of received.slice(seen)) {
      expect(arrival.body).not.toContain(candidate!.email);
      expect(arrival.body).not.toContain(candidate!.fullName);
    }
    expect(arrivals('candidate.erased').at(-1)!.json.data).toEqual({
      candidate: { id: built.candidateId },
    });
  });
});

describe('imported applications', () => {
  /** A CSV of these people, each applying to the job at the stage given, checked in the preview. */
  async function checkedImport(jobTitle: string, people: [string, string][]) {
    const tag = unique();
    const id = await uploadCsv(t, [
      'Nama,Email,Posisi,Tahap',
      ...people.map(
        ([name, stage]) => `${name},${name.toLowerCase()}.${tag}@example.com,${jobTitle},${stage}`,
      ),
    ]);
    const checked = await t.call(t.users.recruiter, 'POST', `/api/candidate-imports/${id}/check`, {
      mapping: { fullName: 0, email: 1, job: 2, stage: 3 },
    });
    expect(checked.body, JSON.stringify(checked.body)).toMatchObject({
      status: 'checked',
      validRows: people.length,
    });
    return { id, tag };
  }
  const arrivalsFor = (jobId: string) =>
    arrivals('application.created').filter((a) => a.json.data.application.jobId === jobId);

  test('an import announces each application it creates, at its stage, as the careers page does', async () => {
    const job = await buildJob(t, { title: `Analis Data ${unique()}` });
    const { id, tag } = await checkedImport(job.title, [
      ['Agus', 'Melamar'],
      ['Yuni', 'Interview HR'],
    ]);
    const done = await t.call(t.users.recruiter, 'POST', `/api/candidate-imports/${id}/import`, {
      tellCandidates: false,
    });
    expect(done.body.status).toBe('completed');
    await waitFor(() => arrivalsFor(job.id).length === 2, 15_000, 'both deliveries');
    const data = arrivalsFor(job.id)
      .map((a) => a.json.data)
      .sort((a, b) => String(a.candidate.fullName).localeCompare(b.candidate.fullName));
    expect(data).toMatchObject([
      {
        application: { stage: 'applied' },
        candidate: { fullName: 'Agus', email: `agus.${tag}@example.com` },
      },
      { application: { stage: 'hr_interview' }, candidate: { fullName: 'Yuni' } },
    ]);
  });

  test('a large import, written chunk by chunk in the background, announces each chunk’s applications', async () => {
    const job = await buildJob(t, { title: `Kasir ${unique()}` });
    const { id } = await checkedImport(job.title, [
      ['Ani', 'Melamar'],
      ['Bayu', 'Melamar'],
      ['Citra', 'Melamar'],
    ]);
    // As the background work runs it (see runImportStep): one row per chunk, one transaction each.
    await t.db.query(`UPDATE candidate_imports SET status = 'importing' WHERE id = $1`, [id]);
    const queuedAfterChunk: number[] = [];
    const queued = async () =>
      (
        await t.db.query<{ n: number }>(
          `SELECT count(*)::int AS n FROM webhook_deliveries
           WHERE event_type = 'application.created' AND payload->'data'->'application'->>'jobId' = $1`,
          [job.id],
        )
      )[0]!.n;
    await runImport(t.db, testMail, id, {
      chunkRows: 1,
      betweenChunks: async () => {
        queuedAfterChunk.push(await queued());
      },
    });
    expect(queuedAfterChunk).toEqual([1, 2, 3]);
    await waitFor(() => arrivalsFor(job.id).length === 3, 15_000, 'three deliveries');
    expect(
      arrivalsFor(job.id)
        .map((a) => a.json.data.candidate.fullName)
        .sort(),
    ).toEqual(['Ani', 'Bayu', 'Citra']);
  });
});
