import { uploadedCv } from '../support/cv-files';
import { afterAll, beforeAll, expect, test } from 'vitest';
import { createTestApp, testPassword, type TestApp, type TestUser } from '../support/test-app';
import { buildApplication, buildOtherTeamsJob, moveTo } from '../support/factories';
import {
  authorizationTable,
  callers,
  scheduledInterview,
  type Caller,
  applicationPathParams,
  type Fixtures,
} from '../support/authorization-table';

let t: TestApp;
let fixtures: Fixtures;
let operations: string[];

beforeAll(async () => {
  t = await createTestApp();
  const built = await buildApplication(t);
  await moveTo(t, built.applicationId, 'hr_interview');
  // "Another team's hiring manager": the user of a different job, with a candidate of their own.
  const theirs = await buildOtherTeamsJob(t, { title: 'Finance Staff' });
  await buildApplication(t, { jobId: theirs.id });
  const question = (await t.call(t.users.admin, 'GET', '/api/questions')).body.items[0];
  fixtures = {
    t,
    params: applicationPathParams(built, question.id),
  };
  // An interview with its portal link and e-mails, for the scheduling and portal routes.
  const interview = await scheduledInterview(fixtures);
  const outbox = await t.call(t.users.admin, 'GET', '/api/outbox');
  Object.assign(fixtures.params, {
    cvFileId: await uploadedCv(t, built.jobId),
    interviewId: interview.interviewId,
    token: interview.token,
    messageId: outbox.body.messages[0].id,
  });
  const doc = (await t.call(null, 'GET', '/api/openapi.json')).body as {
    paths: Record<string, Record<string, unknown>>;
  };
  operations = Object.entries(doc.paths).flatMap(([path, byMethod]) =>
    Object.keys(byMethod).map((method) => `${method.toUpperCase()} ${path}`),
  );
});
afterAll(() => t.close());

test('every route in the OpenAPI document has a line in the authorization table', () => {
  const missing = operations.filter((operation) => !(operation in authorizationTable));
  const stale = Object.keys(authorizationTable).filter((key) => !operations.includes(key));
  expect(
    missing,
    `Add these routes to test/support/authorization-table.ts with the status each caller ` +
      `(${callers.join(' ')}) gets:\n${missing.join('\n')}`,
  ).toEqual([]);
  expect(stale, `These table lines name no route any more:\n${stale.join('\n')}`).toEqual([]);
});

let clients = 0;
async function freshSessionOf(user: TestUser): Promise<TestUser> {
  const reply = await t.app.inject({
    method: 'POST',
    url: '/api/auth/login',
    payload: { email: user.email, password: testPassword },
    remoteAddress: `10.9.${clients >> 8}.${clients++ & 255}`,
  });
  const cookie = reply.cookies.find((c) => c.name === 'seleksi_session')!;
  return { ...user, cookie: `seleksi_session=${cookie.value}` };
}

test('each route answers each caller as the table says', async () => {
  const mismatches: string[] = [];
  for (const operation of operations) {
    const entry = authorizationTable[operation];
    if (!entry) continue;
    const expected = entry.expect.trim().split(/\s+/).map(Number);
    expect(expected, `${operation}: one status per caller`).toHaveLength(callers.length);
    const [method, path] = operation.split(' ') as [string, string];
    for (const [index, caller] of callers.entries()) {
      const call = (await entry.prepare?.(fixtures, caller)) ?? {};
      const params = { ...fixtures.params, ...call.params };
      const url =
        path.replace(/\{(\w+)\}/g, (_, name: string) => {
          if (!params[name])
            throw new Error(`${operation}: no fixture for the path parameter ${name}`);
          return params[name];
        }) + (call.query ? `?${call.query}` : '');
      const user = caller === 'anonymous' ? null : t.users[caller as Exclude<Caller, 'anonymous'>];
      const as = user && entry.freshSession ? await freshSessionOf(user) : user;
      const reply = await t.app.inject({
        method: method as 'GET',
        url,
        ...(call.body === undefined ? {} : { payload: call.body as Record<string, unknown> }),
        headers: { ...call.headers, ...(as ? { cookie: as.cookie } : {}) },
        remoteAddress: `10.8.${clients >> 8}.${clients++ & 255}`,
      });
      if (reply.statusCode !== expected[index]) {
        mismatches.push(
          `${operation} as ${caller}: expected ${expected[index]}, got ${reply.statusCode} ${reply.body.slice(0, 160)}`,
        );
      }
    }
    // Enrolling the test users in two-factor must not leak into the next routes.
    if (operation.startsWith('POST /api/auth/two-factor/confirm')) {
      await t.db.query('UPDATE users SET totp_secret = NULL, totp_last_step = NULL');
    }
  }
  expect(mismatches, mismatches.join('\n')).toEqual([]);
  // Every route, six callers, fresh records for each write: longer than one ordinary test.
}, 180_000);
