import fc from 'fast-check';
import { multipart, uploadedCv } from '../support/cv-files';
import { afterAll, beforeAll, expect, test } from 'vitest';
import { sentOffer } from '../support/offers';
import { createTestApp, type TestApp } from '../support/test-app';
import {
  applicationPathParams,
  dataRequest,
  scheduledInterview,
} from '../support/authorization-table';
import { buildApplication, moveTo } from '../support/factories';
import {
  malformedBody,
  malformedPathValue,
  malformedQueryValue,
  nulText,
  textFields,
  type JsonSchema,
} from '../support/malformed';

/**
 * Every route, fed random malformed bodies, path parameters and queries built from its own OpenAPI
 * schemas: each answer is a 400 naming the bad fields, never a 5xx, and the database is unchanged.
 */
let t: TestApp;
let params: Record<string, string>;
let operations: { method: string; path: string; operation: Operation }[];

interface Operation {
  parameters: { name: string; in: 'path' | 'query'; schema: JsonSchema }[];
  requestBody?: {
    content: Partial<Record<'application/json' | 'multipart/form-data', { schema: JsonSchema }>>;
  };
}

beforeAll(async () => {
  t = await createTestApp();
  const built = await buildApplication(t);
  // An endpoint first, so the move below leaves a delivery in its log.
  const webhook = await t.call(t.users.admin, 'POST', '/api/admin/webhooks', {
    url: 'http://127.0.0.1:9/hook',
    events: ['application.stage_changed'],
  });
  await moveTo(t, built.applicationId, 'hr_interview');
  const question = (await t.call(t.users.admin, 'GET', '/api/questions')).body.items[0];
  params = {
    ...applicationPathParams(built, question.id),
    userId: t.users.interviewer.id,
    report: 'funnel',
    endpointId: webhook.body.endpoint.id,
    deliveryId: (await t.db.query<{ id: string }>('SELECT id FROM webhook_deliveries LIMIT 1'))[0]!
      .id,
    tokenId: (
      await t.call(t.users.admin, 'POST', '/api/admin/api-tokens', {
        name: 'Params',
        scopes: ['read:jobs'],
      })
    ).body.token.id,
    purpose: 'portal_link',
  };
  const interview = await scheduledInterview({ t, params });
  params.requestId = await dataRequest({ t, params });
  Object.assign(params, {
    cvFileId: await uploadedCv(t, built.jobId),
    interviewId: interview.interviewId,
    token: interview.token,
    messageId: (await t.call(t.users.admin, 'GET', '/api/outbox')).body.messages[0].id,
    offerId: (await sentOffer(t)).offerId,
    minimumWageId: (
      await t.db.query<{ id: string }>(`SELECT id FROM minimum_wages ORDER BY province LIMIT 1`)
    )[0]!.id,
    importId: await uploadedImport(),
  });
  const doc = (await t.call(null, 'GET', '/api/openapi.json')).body as {
    paths: Record<string, Record<string, Operation>>;
  };
  operations = Object.entries(doc.paths).flatMap(([path, byMethod]) =>
    Object.entries(byMethod).map(([method, operation]) => ({
      method: method.toUpperCase(),
      path,
      operation,
    })),
  );
});
afterAll(() => t.close());

/** A spreadsheet uploaded for import by the admin, waiting for its mapping. */
async function uploadedImport(): Promise<string> {
  const { payload, headers } = multipart(
    {},
    { name: 'a.csv', bytes: Buffer.from('name,email\r\nA,a@example.com\r\n'), field: 'file' },
  );
  const reply = await t.app.inject({
    method: 'POST',
    url: '/api/candidate-imports',
    payload,
    headers: { ...headers, cookie: t.users.admin.cookie },
  });
  return reply.json().id as string;
}

/**
 * Row count and checksum of every table (sessions by count: using one slides its end). The rate
 * limiter's counters (PostgreSQL) count every request, refused ones too, so they are left out.
 * One statement for all the tables: a snapshot is taken before and after each route, hundreds of
 * times, not a statement per table (sixty round trips each time).
 */
async function snapshot(): Promise<Record<string, string>> {
  snapshotSql ??= await everyTableState();
  const rows = await t.db.query<{ name: string; state: string }>(snapshotSql);
  return Object.fromEntries(rows.map((row) => [row.name, row.state]));
}

let snapshotSql: string | undefined;

async function everyTableState(): Promise<string> {
  const tables = await t.db.query<{ name: string }>(
    `SELECT tablename AS name FROM pg_tables
      WHERE schemaname = 'public' AND tablename <> 'rate_limit_counters' ORDER BY tablename`,
  );
  return tables
    .map(({ name }) =>
      name === 'sessions'
        ? `SELECT 'sessions' AS name, count(*)::int || ' ' AS state FROM sessions`
        : `SELECT '${name}' AS name, count(*)::int || ' ' ||
             coalesce(md5(string_agg(x::text, '|' ORDER BY x::text)), '') AS state FROM "${name}" x`,
    )
    .join('\nUNION ALL\n');
}

/** A route's path with real values for its parameters, or the given ones (already URL-encoded). */
function concreteUrl(method: string, path: string, overrides: Record<string, string> = {}) {
  return path.replace(/\{(\w+)\}/g, (_, name: string) => {
    const value = overrides[name] ?? params[name];
    // A new kind of path parameter needs a real value here, or its body would go untested.
    if (!value) throw new Error(`${method} ${path}: add a value for {${name}} to params`);
    return value;
  });
}

let client = 0;
async function send(method: string, url: string, body: unknown) {
  return sendRaw(
    method,
    url,
    body === undefined
      ? undefined
      : { payload: JSON.stringify(body), headers: { 'content-type': 'application/json' } },
  );
}

async function sendForm(method: string, url: string, fields: Record<string, string>) {
  return sendRaw(method, url, multipart(fields));
}

async function sendRaw(
  method: string,
  url: string,
  body: { payload: string | Buffer; headers: Record<string, string> } | undefined,
) {
  const reply = await t.app.inject({
    method: method as 'POST',
    url,
    ...(body ? { payload: body.payload } : {}),
    headers: { cookie: t.users.admin.cookie, ...body?.headers },
    // A new address each time, so per-client rate limits do not answer instead of validation.
    remoteAddress: `10.7.${(client >> 8) & 255}.${client++ & 255}`,
  });
  return { status: reply.statusCode, body: reply.body };
}

function expectFieldErrors(where: string, reply: { status: number; body: string }) {
  expect(reply.status, `${where} → ${reply.body}`).toBe(400);
  const { error } = JSON.parse(reply.body);
  expect(error.fields.length, `${where}: no field named → ${reply.body}`).toBeGreaterThan(0);
  for (const field of error.fields) {
    // A number out of range also says its bounds (params), for the form to name them.
    expect(field, where).toEqual({
      path: expect.any(String),
      code: expect.any(String),
      message: expect.any(String),
      ...('params' in field ? { params: expect.any(Object) } : {}),
    });
  }
}

const runs = { numRuns: 12 };

// These two send bad input to every route in turn (hundreds of requests): minutes on a busy machine.
const wholeApiTimeout = 120_000;

test(
  'malformed input to every route is a 400 with field errors and changes nothing',
  async () => {
    let tried = 0;
    for (const { method, path, operation } of operations) {
      const before = await snapshot();
      const pathParams = operation.parameters.filter((p) => p.in === 'path');
      const queryParams = operation.parameters.filter((p) => p.in === 'query');
      const url = (overrides: Record<string, string> = {}) => concreteUrl(method, path, overrides);
      // JSON bodies only: the careers form (multipart, with a file) has its own bad-input tests.
      const bodySchema = operation.requestBody?.content['application/json']?.schema;
      const validBody = bodySchema ? {} : undefined;

      if (bodySchema) {
        await fc.assert(
          fc.asyncProperty(malformedBody(bodySchema), async (body) => {
            expectFieldErrors(
              `${method} ${path} body ${JSON.stringify(body)}`,
              await send(method, url(), body),
            );
          }),
          runs,
        );
        tried++;
      }
      for (const param of pathParams) {
        const bad = malformedPathValue(param.schema);
        if (!bad) continue;
        await fc.assert(
          fc.asyncProperty(bad, async (value) => {
            const reply = await send(method, url({ [param.name]: value }), validBody);
            expectFieldErrors(`${method} ${path} ${param.name}=${value}`, reply);
          }),
          { numRuns: 4 },
        );
        tried++;
      }
      for (const param of queryParams) {
        await fc.assert(
          fc.asyncProperty(malformedQueryValue(param.schema), async (value) => {
            const reply = await send(
              method,
              `${url()}?${param.name}=${encodeURIComponent(value)}`,
              validBody,
            );
            expectFieldErrors(`${method} ${path}?${param.name}=${value}`, reply);
          }),
          { numRuns: 4 },
        );
        tried++;
      }
      expect(await snapshot(), `${method} ${path} changed the database`).toEqual(before);
    }
    expect(tried).toBeGreaterThan(40);
  },
  wholeApiTimeout,
);

/** The answer is a 400 naming exactly this field as holding characters it may not. */
function expectRefusedText(where: string, reply: { status: number; body: string }, path: string) {
  expectFieldErrors(where, reply);
  expect(JSON.parse(reply.body).error.fields, where).toContainEqual({
    path,
    code: 'invalid_characters',
    message: expect.any(String),
  });
}

test(
  'text holding a NUL character is refused in every field by name, and changes nothing',
  async () => {
    let fields = 0;
    for (const { method, path, operation } of operations) {
      const before = await snapshot();
      const content = operation.requestBody?.content;
      for (const field of textFields(content?.['application/json']?.schema ?? {})) {
        await fc.assert(
          fc.asyncProperty(nulText, async (text) => {
            const body = field.bodyWith(text);
            const where = `${method} ${path} body ${JSON.stringify(body)}`;
            expectRefusedText(
              where,
              await send(method, concreteUrl(method, path), body),
              field.path,
            );
          }),
          { numRuns: 2 },
        );
        fields++;
      }
      // A form's text fields are flat strings; its files are not text.
      for (const field of textFields(content?.['multipart/form-data']?.schema ?? {})) {
        const where = `${method} ${path} form field ${field.path}`;
        const reply = await sendForm(method, concreteUrl(method, path), {
          [field.path]: 'Sari\u0000',
        });
        expectRefusedText(where, reply, field.path);
        fields++;
      }
      for (const param of operation.parameters) {
        const url =
          param.in === 'path'
            ? concreteUrl(method, path, { [param.name]: 'a%00b' })
            : `${concreteUrl(method, path)}?${param.name}=a%00b`;
        const reply = content?.['multipart/form-data']
          ? await sendForm(method, url, {})
          : await send(method, url, content?.['application/json'] ? {} : undefined);
        expectRefusedText(`${method} ${url}`, reply, param.name);
        fields++;
      }
      expect(await snapshot(), `${method} ${path} changed the database`).toEqual(before);
    }
    expect(fields).toBeGreaterThan(150);
  },
  wholeApiTimeout,
);

test('an address the router cannot read gets the same error shape, without echoing it', async () => {
  const long = `/api/portal/${'a'.repeat(150)}`;
  for (const url of ['/api/jobs/%E0%A4%A', long]) {
    const reply = await send('GET', url, undefined);
    expectFieldErrors(url, reply);
    expect(reply.body).not.toContain('aaaaaaaaaa');
    expect(JSON.parse(reply.body).error.fields).toEqual([
      { path: 'url', code: 'invalid_url', message: expect.any(String) },
    ]);
  }
});
