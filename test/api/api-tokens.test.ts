import { createHash } from 'node:crypto';
import type { InjectOptions } from 'fastify';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { buildApplication } from '../support/factories';
import { expectError, unknownId } from '../support/expectations';
import { createTestApp, type TestApp } from '../support/test-app';

let t: TestApp;
let built: { jobId: string; candidateId: string; applicationId: string };
beforeAll(async () => {
  t = await createTestApp();
  built = await buildApplication(t);
});
afterAll(() => t.close());

const allScopes = [
  'read:jobs',
  'read:candidates',
  'write:candidates',
  'write:applications',
  'read:reports',
];

async function makeToken(scopes: string[], name = 'Integrasi ATS') {
  const reply = await t.call(t.users.admin, 'POST', '/api/admin/api-tokens', { name, scopes });
  expect(reply.status, JSON.stringify(reply.body)).toBe(201);
  return reply.body as { token: { id: string; prefix: string }; secret: string };
}

/** Calls the API with only the bearer token (and whatever headers are added). */
async function withToken(
  secret: string,
  method: InjectOptions['method'],
  url: string,
  payload?: unknown,
  headers: Record<string, string> = {},
) {
  const reply = await t.app.inject({
    method,
    url,
    headers: { authorization: `Bearer ${secret}`, ...headers },
    ...(payload === undefined ? {} : { payload: payload as Record<string, unknown> }),
  });
  return { status: reply.statusCode, body: reply.body ? reply.json() : undefined };
}

const tokenRow = async (id: string) =>
  (
    await t.db.query<{ lastUsedAt: Date | null; tokenHash: string }>(
      `SELECT last_used_at AS "lastUsedAt", token_hash AS "tokenHash" FROM api_tokens WHERE id = $1`,
      [id],
    )
  )[0]!;

describe('API tokens', () => {
  test('only admins manage tokens; the secret is shown once and stored as its SHA-256', async () => {
    for (const user of [t.users.recruiter, t.users.hiringManager, t.users.interviewer]) {
      expectError(await t.call(user, 'GET', '/api/admin/api-tokens'), 403, 'forbidden');
      expectError(
        await t.call(user, 'POST', '/api/admin/api-tokens', { name: 'x', scopes: ['read:jobs'] }),
        403,
        'forbidden',
      );
    }
    const { token, secret } = await makeToken(['read:jobs']);
    expect(secret).toMatch(/^slk_[A-Za-z0-9_-]{43}$/);
    expect(secret.startsWith(token.prefix)).toBe(true);
    const row = await tokenRow(token.id);
    expect(row.tokenHash).toBe(createHash('sha256').update(secret).digest('hex'));
    const listed = await t.call(t.users.admin, 'GET', '/api/admin/api-tokens');
    expect(JSON.stringify(listed.body)).not.toContain(secret);
    expect(listed.body.items.find((item: { id: string }) => item.id === token.id)).toMatchObject({
      name: 'Integrasi ATS',
      scopes: ['read:jobs'],
      state: 'active',
      lastUsedAt: null,
      createdByName: 'Ani Admin',
    });
  });

  test('bad input names the field and creates nothing', async () => {
    const before = (await t.call(t.users.admin, 'GET', '/api/admin/api-tokens')).body.items.length;
    const reply = await t.call(t.users.admin, 'POST', '/api/admin/api-tokens', {
      name: '',
      scopes: ['delete:everything'],
      expiresOn: '2020-01-01',
    });
    expect(reply.status).toBe(400);
    expect(reply.body.error.fields.map((f: { path: string }) => f.path).sort()).toEqual([
      'name',
      'scopes.0',
    ]);
    const past = await t.call(t.users.admin, 'POST', '/api/admin/api-tokens', {
      name: 'Lama',
      scopes: ['read:jobs'],
      expiresOn: '2020-01-01',
    });
    expect(past.status).toBe(400);
    expect(past.body.error.fields[0]).toMatchObject({ path: 'expiresOn', code: 'in_the_past' });
    const after = (await t.call(t.users.admin, 'GET', '/api/admin/api-tokens')).body.items.length;
    expect(after).toBe(before);
  });

  test('a scope opens its routes only', async () => {
    const { secret } = await makeToken(['read:jobs']);
    expect((await withToken(secret, 'GET', '/api/jobs')).status).toBe(200);
    expect((await withToken(secret, 'GET', `/api/jobs/${built.jobId}`)).status).toBe(200);
    expectError(await withToken(secret, 'GET', '/api/candidates'), 403, 'forbidden');
    expectError(await withToken(secret, 'GET', '/api/reports/funnel'), 403, 'forbidden');
    // Creating a job is open to no scope at all.
    expectError(await withToken(secret, 'POST', '/api/jobs', {}), 403, 'forbidden');

    const reader = await makeToken(['read:candidates', 'read:reports']);
    const candidate = await withToken(reader.secret, 'GET', `/api/candidates/${built.candidateId}`);
    expect(candidate.status).toBe(200);
    expect((await withToken(reader.secret, 'GET', '/api/reports/funnel')).status).toBe(200);
    expectError(
      await withToken(reader.secret, 'POST', `/api/applications/${built.applicationId}/move`, {
        toStage: 'cv_screening',
      }),
      403,
      'forbidden',
    );
  });

  test('a write with a token is audited as the token, and needs no CSRF header', async () => {
    const { token, secret } = await makeToken(['write:applications'], 'Sinkron HRIS');
    const moved = await withToken(
      secret,
      'POST',
      `/api/applications/${built.applicationId}/move`,
      { toStage: 'cv_screening' },
      // A cross-site Origin refuses a cookie session's write; a bearer cannot be forged so.
      { origin: 'https://elsewhere.example' },
    );
    expect(moved.status, JSON.stringify(moved.body)).toBe(200);
    const entries = await t.db.query<{ action: string; actorId: string; apiTokenId: string }>(
      `SELECT action, actor_id AS "actorId", api_token_id AS "apiTokenId" FROM audit_log
       WHERE api_token_id = $1 ORDER BY id`,
      [token.id],
    );
    expect(entries.map((e) => e.action)).toEqual(['application.moved', 'api_token.used']);
    expect(entries.every((e) => e.actorId === t.users.admin.id)).toBe(true);
    const log = await t.call(t.users.admin, 'GET', '/api/admin/audit-log?action=api_token.used');
    expect(log.body.items[0].actor.name).toBe('Ani Admin · API: Sinkron HRIS');

    // A cookie session's cross-site write is still refused.
    const crossSite = await t.app.inject({
      method: 'POST',
      url: `/api/applications/${built.applicationId}/move`,
      headers: { cookie: t.users.recruiter.cookie, origin: 'https://elsewhere.example' },
      payload: { toStage: 'hr_interview' },
    });
    expect(crossSite.statusCode).toBe(403);
  });

  test('a token never reaches admin-only routes, whatever its scopes', async () => {
    const { secret } = await makeToken(allScopes);
    for (const [method, url] of [
      ['GET', '/api/admin/users'],
      ['POST', '/api/admin/users'],
      ['GET', '/api/admin/api-tokens'],
      ['POST', '/api/admin/api-tokens'],
      ['GET', '/api/admin/webhooks'],
      ['POST', '/api/admin/webhooks'],
      ['GET', '/api/admin/audit-log'],
    ] as const) {
      const body = method === 'POST' ? { name: 'x', scopes: ['read:jobs'] } : undefined;
      expectError(await withToken(secret, method, url, body), 403, 'forbidden');
    }
    // Every operation the OpenAPI document does not open to tokens refuses one.
    const doc = (await t.call(null, 'GET', '/api/openapi.json')).body;
    let refused = 0;
    for (const [path, operations] of Object.entries(
      doc.paths as Record<string, Record<string, { security?: Record<string, unknown>[] }>>,
    )) {
      for (const [method, operation] of Object.entries(operations)) {
        if (!operation.security?.length) continue;
        if (operation.security.some((scheme) => 'apiToken' in scheme)) continue;
        const url = path.replace(/\{\w+\}/g, () => unknownId());
        const reply = await withToken(secret, method.toUpperCase() as 'GET', url, undefined);
        expect({ route: `${method} ${path}`, status: reply.status }).toEqual({
          route: `${method} ${path}`,
          status: 403,
        });
        refused++;
      }
    }
    expect(refused).toBeGreaterThan(50);
  });

  test('unknown, revoked and expired tokens answer 401; a session cookie does not stand in', async () => {
    const { token, secret } = await makeToken(['read:jobs']);
    expectError(
      await withToken('slk_' + 'x'.repeat(43), 'GET', '/api/jobs'),
      401,
      'unauthenticated',
    );
    expectError(await withToken('', 'GET', '/api/jobs'), 401, 'unauthenticated');
    const both = await t.app.inject({
      method: 'GET',
      url: '/api/jobs',
      headers: { authorization: 'Bearer wrong', cookie: t.users.admin.cookie },
    });
    expect(both.statusCode).toBe(401);

    const revoked = await t.call(t.users.admin, 'POST', `/api/admin/api-tokens/${token.id}/revoke`);
    expect(revoked.body).toMatchObject({ state: 'revoked' });
    expectError(await withToken(secret, 'GET', '/api/jobs'), 401, 'unauthenticated');
    const audit = await t.db.query<{ n: number }>(
      `SELECT count(*)::int AS n FROM audit_log WHERE action = 'api_token.revoked' AND entity_id = $1`,
      [token.id],
    );
    expect(audit[0]!.n).toBe(1);

    const expiring = await makeToken(['read:jobs']);
    expect((await withToken(expiring.secret, 'GET', '/api/jobs')).status).toBe(200);
    await t.db.query(
      `UPDATE api_tokens SET expires_at = now() - interval '1 second' WHERE id = $1`,
      [expiring.token.id],
    );
    expectError(await withToken(expiring.secret, 'GET', '/api/jobs'), 401, 'unauthenticated');
    const listed = await t.call(t.users.admin, 'GET', '/api/admin/api-tokens');
    expect(
      listed.body.items.find((item: { id: string }) => item.id === expiring.token.id).state,
    ).toBe('expired');
    expectError(
      await t.call(t.users.admin, 'POST', `/api/admin/api-tokens/${unknownId()}/revoke`),
      404,
      'not_found',
    );
  });

  test('the last-used time is written at most once a minute', async () => {
    const { token, secret } = await makeToken(['read:jobs']);
    expect((await tokenRow(token.id)).lastUsedAt).toBeNull();
    await withToken(secret, 'GET', '/api/jobs');
    const first = (await tokenRow(token.id)).lastUsedAt;
    expect(first).toBeInstanceOf(Date);
    await withToken(secret, 'GET', '/api/jobs');
    expect((await tokenRow(token.id)).lastUsedAt).toEqual(first);
    await t.db.query(
      `UPDATE api_tokens SET last_used_at = last_used_at - interval '2 minutes' WHERE id = $1`,
      [token.id],
    );
    await withToken(secret, 'GET', '/api/jobs');
    expect((await tokenRow(token.id)).lastUsedAt!.getTime()).toBeGreaterThanOrEqual(
      first!.getTime(),
    );
  });

  test('the OpenAPI document declares the bearer scheme on the routes tokens may call', async () => {
    const doc = (await t.call(null, 'GET', '/api/openapi.json')).body;
    expect(doc.components.securitySchemes.apiToken).toMatchObject({
      type: 'http',
      scheme: 'bearer',
    });
    expect(doc.paths['/api/jobs'].get.security).toEqual([{ session: [] }, { apiToken: [] }]);
    expect(doc.paths['/api/jobs'].get.description).toContain('read:jobs');
    // Each call a token may make says what it does, not only its scope.
    const board = doc.paths['/api/jobs/{jobId}/board'].get;
    expect(board.description).toBe(
      `${board.summary}. Open to API tokens with the scope \`read:jobs\`.`,
    );
    expect(board.summary.length).toBeGreaterThan(10);
    expect(doc.paths['/api/admin/users'].get.security).toEqual([{ session: [] }]);
    expect(doc.paths['/api/admin/api-tokens'].get.security).toEqual([{ session: [] }]);
  });
});
