import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { createTestApp, type TestApp } from '../support/test-app';
import { expectError, unknownId } from '../support/expectations';

let t: TestApp;
let operations: { method: string; path: string; operation: Record<string, unknown> }[];
beforeAll(async () => {
  t = await createTestApp();
  const doc = await t.call(null, 'GET', '/api/openapi.json');
  operations = Object.entries(
    doc.body.paths as Record<string, Record<string, Record<string, unknown>>>,
  ).flatMap(([path, byMethod]) =>
    Object.entries(byMethod).map(([method, operation]) => ({
      method: method.toUpperCase(),
      path,
      operation,
    })),
  );
});
afterAll(() => t.close());

const concrete = (path: string) => path.replace(/\{\w+\}/g, () => unknownId());

describe('GET /api/health', () => {
  test('answers without a session and names the database engine in use', async () => {
    const reply = await t.call(null, 'GET', '/api/health');
    expect(reply.status).toBe(200);
    expect(reply.body).toEqual({
      status: 'ok',
      database: process.env.TEST_DATABASE_URL ? 'postgresql' : 'pglite',
    });
    expect(reply.body.database).toBe(t.db.engine);
  });

  test('sends the security headers', async () => {
    const reply = await t.app.inject({ method: 'GET', url: '/api/health' });
    expect(reply.headers).toMatchObject({
      'x-content-type-options': 'nosniff',
      'x-frame-options': 'DENY',
      'referrer-policy': 'same-origin',
      'cache-control': 'no-store',
    });
    expect(reply.headers['content-security-policy']).toContain("frame-ancestors 'none'");
  });
});

describe('GET /api/openapi.json', () => {
  test('is an OpenAPI 3 document with a tag and summary on every operation', async () => {
    const doc = (await t.call(null, 'GET', '/api/openapi.json')).body;
    expect(doc.openapi).toMatch(/^3\./);
    expect(doc.info).toMatchObject({ title: 'Seleksi API', version: expect.any(String) });
    expect(doc.components.securitySchemes.session).toEqual({
      type: 'apiKey',
      in: 'cookie',
      name: 'seleksi_session',
    });
    expect(operations.length).toBeGreaterThanOrEqual(18);
    const ids = new Set<string>();
    for (const { method, path, operation } of operations) {
      const where = `${method} ${path}`;
      expect(operation.tags, where).toEqual([expect.stringMatching(/^[a-z]+(-[a-z]+)*$/)]);
      expect(operation.summary, where).toEqual(expect.any(String));
      expect(ids.has(operation.operationId as string), where).toBe(false);
      ids.add(operation.operationId as string);
      expect(Object.keys(operation.responses as object), where).toContain('400');
      // Any operation may meet a database restart (see fault-postgres-restart.test.ts).
      expect(Object.keys(operation.responses as object), where).toContain('503');
      const pathParams = [...path.matchAll(/\{(\w+)\}/g)].map((m) => m[1]);
      const declared = ((operation.parameters ?? []) as { name: string; in: string }[])
        .filter((p) => p.in === 'path')
        .map((p) => p.name);
      expect(declared, where).toEqual(pathParams);
    }
  });

  test('documents the request bodies, e.g. the move with its stages', async () => {
    const move = operations.find((o) => o.path === '/api/applications/{applicationId}/move')!;
    const schema = (
      move.operation.requestBody as {
        content: Record<string, { schema: { properties: Record<string, { enum?: string[] }> } }>;
      }
    ).content['application/json']!.schema;
    expect(schema.properties.toStage!.enum).toContain('user_interview');
    expect(Object.keys(schema.properties)).toEqual(
      expect.arrayContaining(['toStage', 'note', 'rejectionReason', 'overrideHrGate']),
    );
  });

  test('names the shared schemas as components, and every $ref points at one', async () => {
    const doc = (await t.call(null, 'GET', '/api/openapi.json')).body;
    const components = doc.components.schemas as Record<string, Record<string, unknown>>;
    expect(Object.keys(components)).toEqual(
      expect.arrayContaining(['Error', 'Job', 'Application', 'Interview', 'CandidateDetail']),
    );
    expect(components.Job).toMatchObject({
      type: 'object',
      properties: { id: expect.any(Object), title: { type: 'string' } },
    });
    const refs = [...JSON.stringify(doc).matchAll(/"\$ref":"([^"]+)"/g)].map((m) => m[1]!);
    const pointer = /^#\/components\/schemas\/(\w+)$/;
    for (const ref of new Set(refs)) {
      expect(ref, ref).toMatch(pointer);
      expect(components[pointer.exec(ref)![1]!], ref).toEqual(expect.any(Object));
    }
    // A job read answers with the named schema, not a copy of it.
    const readJob = operations.find((o) => o.method === 'GET' && o.path === '/api/jobs/{jobId}')!;
    const responses = readJob.operation.responses as Record<string, { content: unknown }>;
    expect(JSON.stringify(responses['200']!.content)).toContain('#/components/schemas/Job');
    // zod's own definitions are hoisted, never left inside an operation.
    expect(JSON.stringify(doc.paths)).not.toContain('"definitions"');
  });
});

describe('errors are JSON, never HTML and never a 500', () => {
  test('an unknown /api route answers a JSON 404', async () => {
    for (const [method, url] of [
      ['GET', '/api/nothing-here'],
      ['POST', '/api/jobs/x/y/z'],
      ['DELETE', '/api/jobs'],
    ] as const) {
      const reply = await t.call(t.users.admin, method, url);
      expectError(reply, 404, 'not_found');
    }
  });

  test('an unknown id in the path answers 404 naming that parameter as the field', async () => {
    const candidate = await t.call(t.users.admin, 'GET', `/api/candidates/${unknownId()}`);
    expect(expectError(candidate, 404, 'not_found')).toEqual([
      { path: 'candidateId', code: 'not_found', message: 'Candidate not found.' },
    ]);
    const wage = await t.call(t.users.admin, 'DELETE', `/api/admin/minimum-wages/${unknownId()}`);
    expect(expectError(wage, 404, 'not_found').map((field) => field.path)).toEqual([
      'minimumWageId',
    ]);
  });

  test('a malformed JSON body answers 400 with the body named', async () => {
    const reply = await t.app.inject({
      method: 'POST',
      url: '/api/auth/login',
      headers: { 'content-type': 'application/json' },
      payload: '{"email": "rina@test.seleksi.id", ',
    });
    const fields = expectError({ status: reply.statusCode, body: reply.json() }, 400, 'invalid');
    expect(fields.map((f) => f.path)).toEqual(['body']);
  });

  test('a plain-text body is a 400 for the body; an unknown media type a 415', async () => {
    const send = async (contentType: string, payload: string) => {
      const reply = await t.app.inject({
        method: 'POST',
        url: '/api/candidates',
        headers: { 'content-type': contentType, cookie: t.users.admin.cookie },
        payload,
      });
      return { status: reply.statusCode, body: reply.json() };
    };
    const text = await send('text/plain', 'Sari Rahmawati');
    expect(expectError(text, 400, 'invalid').map((f) => f.path)).toEqual(['body']);
    expectError(
      await send('application/xml', '<fullName>Sari</fullName>'),
      415,
      'unsupported_media_type',
    );
    const list = await t.call(t.users.admin, 'GET', '/api/candidates');
    expect(list.body.total).toBe(0);
  });

  test('a JSON body of the wrong shape is a 400 for the body', async () => {
    for (const payload of ['[]', '"teks"', 'null', '42']) {
      const reply = await t.app.inject({
        method: 'POST',
        url: '/api/jobs',
        headers: { 'content-type': 'application/json', cookie: t.users.admin.cookie },
        payload,
      });
      const fields = expectError({ status: reply.statusCode, body: reply.json() }, 400, 'invalid');
      expect(
        fields.map((f) => f.path),
        payload,
      ).toEqual(['body']);
    }
  });

  test('a body over the size limit answers 413', async () => {
    const reply = await t.app.inject({
      method: 'POST',
      url: '/api/candidates',
      headers: { 'content-type': 'application/json', cookie: t.users.admin.cookie },
      payload: JSON.stringify({
        fullName: 'x',
        email: 'x@example.com',
        notes: 'x'.repeat(1_100_000),
      }),
    });
    expectError({ status: reply.statusCode, body: reply.json() }, 413, 'too_large');
  });

  test('text holding a NUL character is refused as a field, not a database error', async () => {
    const reply = await t.call(t.users.admin, 'GET', '/api/candidates?q=Sari%00');
    expect(expectError(reply, 400, 'invalid')).toEqual([
      { path: 'q', code: 'invalid_characters', message: expect.any(String) },
    ]);
  });

  test('every operation, given junk, answers a 4xx JSON error', async () => {
    for (const { method, path, operation } of operations) {
      if (!operation.requestBody) continue;
      for (const payload of [
        '{"a":',
        '{"toStage":1,"title":[],"team":"x","email":{},"locale":null}',
      ]) {
        const reply = await t.app.inject({
          method: method as 'POST',
          url: concrete(path),
          headers: { 'content-type': 'application/json', cookie: t.users.admin.cookie },
          payload,
        });
        const where = `${method} ${path} ${payload}`;
        expect(reply.statusCode, where).toBeGreaterThanOrEqual(400);
        expect(reply.statusCode, where).toBeLessThan(500);
        // A candidate's link is its own key: an unknown one is a 404 before the body matters, and
        // a staff session (this admin's) is refused there with a 403.
        const candidateLink = /^\/api\/(portal|talent-pool)\//.test(path);
        if (candidateLink && [403, 404].includes(reply.statusCode)) continue;
        // A body whose every field is optional is valid junk: the unknown id in the path is then
        // what is wrong, and the 404 names it as a field like any other error.
        expect(reply.json().error.fields.length, where).toBeGreaterThan(0);
      }
    }
  });
});
