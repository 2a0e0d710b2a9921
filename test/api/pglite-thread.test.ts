import { PGlite } from '@electric-sql/pglite';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { openDatabase, type Database } from '../../src/db/database';

/**
 * PGlite in its own thread answers exactly as PGlite in the server's thread: the same values
 * (types included), the same errors with PostgreSQL's fields, the same transaction turn.
 */
const serverUrl = process.env.TEST_DATABASE_URL;

describe.skipIf(serverUrl)('PGlite in a thread of its own', () => {
  let inThread: Database;
  let worker: Database;

  beforeAll(async () => {
    // From the suite's migrated template: a new cluster (initdb) is slow on a busy machine.
    const snapshot = new Blob([readFileSync(inject('pgliteTemplate')!)]);
    [inThread, worker] = await Promise.all([
      openDatabase({ snapshot, pgliteThread: 'main' }),
      openDatabase({ snapshot, pgliteThread: 'worker' }),
    ]);
    for (const db of [inThread, worker]) {
      await db.script(
        `CREATE TABLE t (id int PRIMARY KEY, name text UNIQUE CONSTRAINT name_not_empty CHECK (name <> ''));
         CREATE TABLE child (t_id int REFERENCES t (id))`,
      );
    }
    // Two PGlite instances start at once: on a loaded machine that can take over a minute.
  }, 180_000);
  afterAll(async () => {
    await Promise.all([inThread?.close(), worker?.close()]);
  });

  const both = async <T>(run: (db: Database) => Promise<T>) => {
    const [main, thread] = await Promise.all([run(inThread), run(worker)]);
    return { main, thread };
  };

  it('returns and accepts the same types', async () => {
    const bytes = Buffer.from('hello, bytes');
    const { main, thread } = await both((db) =>
      db.query(
        `SELECT $1::timestamptz AS at, $2::bytea AS bytes, $3::bigint AS big, 9007199254740993::int8 AS huge,
                $4::jsonb AS doc, $5::text[] AS words, $6::int[] AS numbers, $7::date AS day,
                NULL::text AS nothing, 1.5::numeric AS amount, true AS yes, $8::uuid AS id,
                ARRAY[now()::timestamptz] AS times, '{"a":[1,{"b":null}]}'::json AS plain`,
        [
          new Date('2026-01-02T03:04:05.678Z'),
          bytes.subarray(7),
          12n,
          { nested: { at: new Date('2026-01-02T00:00:00Z'), list: [1, 'two'] } },
          ['a', 'b"c', null],
          [1, 2, 3],
          '2026-02-03',
          '0b7f4c3e-8d4e-4c5a-9a59-0a8d1e2f3b4c',
        ],
      ),
    );
    const [row] = thread as Record<string, unknown>[];
    expect(row!.at).toBeInstanceOf(Date);
    expect(row!.bytes).toBeInstanceOf(Uint8Array);
    expect(Buffer.from(row!.bytes as Uint8Array).toString()).toBe('bytes');
    expect(typeof row!.huge).toBe(typeof (main as Record<string, unknown>[])[0]!.huge);
    // `times` holds now(), which differs between the two databases.
    const withoutNow = (rows: unknown) =>
      (rows as Record<string, unknown>[]).map(({ times, ...rest }) => {
        expect((times as unknown[])[0]).toBeInstanceOf(Date);
        return rest;
      });
    expect(withoutNow(thread)).toStrictEqual(withoutNow(main));
  });

  it('reports errors with the fields PostgreSQL gives them', async () => {
    const failure = (sql: string, params: unknown[] = []) =>
      both((db) =>
        db.query(sql, params).then(
          () => undefined,
          (error: unknown) => error as Record<string, unknown>,
        ),
      );
    for (const [sql, params] of [
      ['INSERT INTO t VALUES (1, $1), (2, $1)', ['same']],
      ['INSERT INTO t VALUES (3, $1)', ['']],
      ['INSERT INTO child VALUES (99)', []],
      ['SELECT 1/0', []],
      ['SELECT nope FROM t', []],
    ] as const) {
      const { main, thread } = await failure(sql, [...params]);
      expect(main).toBeInstanceOf(Error);
      expect(thread).toBeInstanceOf(Error);
      for (const field of [
        'message',
        'name',
        'code',
        'constraint',
        'detail',
        'table',
        'schema',
        'column',
        'severity',
        'position',
        'routine',
      ]) {
        expect(thread![field], `${sql}: ${field}`).toStrictEqual(main![field]);
      }
    }
  });

  it('runs a transaction alone: other statements wait for it, a failure rolls it back', async () => {
    let release!: () => void;
    const held = new Promise<void>((resolve) => (release = resolve));
    const order: string[] = [];
    const transaction = worker.transaction(async (tx) => {
      await tx.query('INSERT INTO t VALUES (10, $1)', ['ten']);
      order.push('inserted');
      await held;
      order.push('committing');
    });
    await new Promise((resolve) => setTimeout(resolve, 50));
    const outside = worker
      .query<{ n: number }>('SELECT count(*)::int AS n FROM t WHERE id = 10')
      .then((rows) => order.push(`outside saw ${rows[0]!.n}`));
    await new Promise((resolve) => setTimeout(resolve, 50));
    release();
    await Promise.all([transaction, outside]);
    expect(order).toEqual(['inserted', 'committing', 'outside saw 1']);

    const failed = await worker
      .transaction(async (tx) => {
        await tx.query('INSERT INTO t VALUES (11, $1)', ['eleven']);
        throw new Error('changed my mind');
      })
      .catch((error: Error) => error.message);
    expect(failed).toBe('changed my mind');
    const aborted = await worker
      .transaction(async (tx) => {
        await tx.query('INSERT INTO t VALUES (12, $1)', ['twelve']);
        await tx.query('INSERT INTO t VALUES (12, $1)', ['twelve']).catch(() => undefined);
      })
      .catch((error: { code?: string }) => error.code);
    expect(aborted).toBe('25P02');
    expect(await worker.query('SELECT id FROM t WHERE id IN (11, 12)')).toEqual([]);
  });

  it('answers a ping (the health check) ahead of the statements waiting', async () => {
    const finished: string[] = [];
    const heavy = (name: string) =>
      worker
        .query('SELECT count(*) FROM generate_series(1, 2000000)')
        .then(() => finished.push(name));
    const statements = [heavy('first'), heavy('second'), heavy('third')];
    await new Promise((resolve) => setTimeout(resolve, 10));
    await worker.ping().then(() => finished.push('ping'));
    await Promise.all(statements);
    expect(finished.indexOf('ping')).toBeLessThan(finished.indexOf('third'));
  });

  it('answers a ping at once while a statement is under way, without waiting for it', async () => {
    const finished: string[] = [];
    const heavy = worker
      .query('SELECT count(*) FROM generate_series(1, 1000000)')
      .then(() => finished.push('heavy'));
    await new Promise((resolve) => setTimeout(resolve, 10));
    await worker.ping().then(() => finished.push('ping'));
    await heavy;
    expect(finished).toEqual(['ping', 'heavy']);
  });

  it('runs scripts and answers with the last statement', async () => {
    expect(await worker.script('SELECT 1 AS a; SELECT 2 AS b')).toEqual([{ b: 2 }]);
  });

  it('starts from a saved data directory and keeps its files on disk', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'seleksi-thread-'));
    try {
      const template = new Blob([readFileSync(inject('pgliteTemplate')!)]);
      const onDisk = await openDatabase({
        dataDir: join(dir, 'a'),
        snapshot: template,
        pgliteThread: 'worker',
      });
      await onDisk.script("CREATE TABLE kept (v text); INSERT INTO kept VALUES ('here')");
      await onDisk.close();
      const lite = await PGlite.create(join(dir, 'a'));
      const dump = await lite.dumpDataDir('none');
      await lite.close();
      const copy = await openDatabase({ snapshot: dump, pgliteThread: 'worker' });
      expect(await copy.query('SELECT v FROM kept')).toEqual([{ v: 'here' }]);
      await copy.close();
      await expect(copy.query('SELECT 1')).rejects.toThrow();
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  }, 90_000);
});
