import { testMail } from '../support/test-app';
import { randomBytes } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Writable } from 'node:stream';
import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, expect, test } from 'vitest';
import { z } from 'zod';
import type { Database } from '../../src/db/database';
import { buildApp, serveRoute } from '../../src/server/app';
import { publicRoute } from '../../src/server/route';
import { createSecretBox } from '../../src/services/secret-box';
import { expectError } from '../support/expectations';
import { openTestDatabase } from '../support/test-database';

const lines: string[] = [];
const stream = new Writable({
  write(chunk, _encoding, done) {
    lines.push(String(chunk));
    done();
  },
});

const headcount = z.object({ job: z.string(), openings: z.number().int() });
// A value from outside the type checker, as a raw row or a JSON column would be.
const untyped = (json: string): z.input<typeof headcount> => JSON.parse(json);
const panel = z.object({ job: z.string(), interviewers: z.array(z.object({ name: z.string() })) });

/** Two tiny routes served as every API route is: one keeps its promise, one breaks it. */
const routes = [
  publicRoute(
    {
      method: 'GET',
      url: '/api/test/right',
      tag: 'test',
      summary: 'Keeps its schema',
      response: headcount,
    },
    async () => untyped('{"job":"Kasir","openings":2}'),
  ),
  publicRoute(
    {
      method: 'GET',
      url: '/api/test/wrong',
      tag: 'test',
      summary: 'Breaks its schema',
      response: headcount,
    },
    async () => untyped('{"job":"siti.rahma@contoh.id","openings":"two"}'),
  ),
  publicRoute(
    {
      method: 'GET',
      url: '/api/test/leaky',
      tag: 'test',
      summary: 'Sends fields its schema does not declare',
      response: panel,
    },
    // As a presenter that spreads a row would: the schema's fields are right, and more go along.
    async () =>
      JSON.parse(
        '{"job":"Kasir","openings":2,"interviewers":[{"name":"Budi"},{"name":"Sari","email":"sari@contoh.id"}]}',
      ) as z.input<typeof panel>,
  ),
];

let db: Database;
let cvDir: string;
const serve = async (checkResponses: boolean): Promise<FastifyInstance> => {
  const app = await buildApp({
    mail: testMail,
    db,
    cvDir,
    secretBox: createSecretBox(randomBytes(32)),
    logLevel: 'error',
    logStream: stream,
    checkResponses,
  });
  for (const definition of routes) serveRoute(app, definition, { db, checkResponses });
  return app;
};
let checked: FastifyInstance;
let unchecked: FastifyInstance;

beforeAll(async () => {
  db = await openTestDatabase();
  cvDir = mkdtempSync(join(tmpdir(), 'seleksi-cv-'));
  checked = await serve(true);
  unchecked = await serve(false);
});
afterAll(async () => {
  await checked.close();
  await unchecked.close();
  await db.close();
  rmSync(cvDir, { recursive: true, force: true });
});

const get = async (app: FastifyInstance, url: string) => {
  const reply = await app.inject({ method: 'GET', url });
  return { status: reply.statusCode, body: reply.json() };
};

test('a reply that keeps its schema is sent as it is', async () => {
  expect(await get(checked, '/api/test/right')).toEqual({
    status: 200,
    body: { job: 'Kasir', openings: 2 },
  });
});

test('a reply that breaks its schema becomes a 500 response_mismatch, logged without its data', async () => {
  lines.length = 0;
  expectError(await get(checked, '/api/test/wrong'), 500, 'response_mismatch');
  const logged = lines.map((line) => JSON.parse(line) as Record<string, unknown>);
  expect(logged).toContainEqual(
    expect.objectContaining({
      msg: 'response does not match its schema',
      route: 'GET /api/test/wrong',
      problems: [{ path: 'openings', code: 'invalid_type' }],
    }),
  );
  expect(lines.join('\n')).not.toContain('siti.rahma');
  expect(lines.join('\n')).not.toContain('two');
});

test('without the check (production) the same reply goes out unchanged', async () => {
  expect(await get(unchecked, '/api/test/wrong')).toEqual({
    status: 200,
    body: { job: 'siti.rahma@contoh.id', openings: 'two' },
  });
});

test('a reply with a key its schema does not declare becomes a 500, naming the key at any depth', async () => {
  lines.length = 0;
  expectError(await get(checked, '/api/test/leaky'), 500, 'response_mismatch');
  const logged = lines.map((line) => JSON.parse(line) as Record<string, unknown>);
  expect(logged).toContainEqual(
    expect.objectContaining({
      route: 'GET /api/test/leaky',
      problems: [
        { path: 'openings', code: 'unrecognized_keys' },
        { path: 'interviewers.1.email', code: 'unrecognized_keys' },
      ],
    }),
  );
  expect(lines.join('\n')).not.toContain('sari@contoh.id');
});
