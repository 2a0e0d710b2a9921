import { PGlite } from '@electric-sql/pglite';
import pg from 'pg';
import { mkdirSync } from 'node:fs';

/** Anything that runs SQL: the database itself or an open transaction. */
export interface Queryable {
  query<Row>(sql: string, params?: readonly unknown[]): Promise<Row[]>;
}

export type Engine = 'pglite' | 'postgresql';

export interface Database extends Queryable {
  readonly engine: Engine;
  /** Runs `work` in one transaction: everything commits together or nothing does. */
  transaction<T>(work: (tx: Queryable) => Promise<T>): Promise<T>;
  /** Runs several `;`-separated statements without parameters; returns the last one's rows. */
  script<Row>(sql: string): Promise<Row[]>;
  /**
   * Runs `work` on one connection outside any transaction, for statements that refuse one
   * (VACUUM) and session settings that must reach them (lock_timeout).
   */
  session<T>(work: (connection: Queryable) => Promise<T>): Promise<T>;
  close(): Promise<void>;
}

export interface DatabaseOptions {
  /** A PostgreSQL server; without it the embedded PGlite engine is used. */
  databaseUrl?: string | undefined;
  /** Where PGlite keeps its files; `memory://` keeps nothing. */
  dataDir?: string | undefined;
}

export async function openDatabase(options: DatabaseOptions): Promise<Database> {
  if (options.databaseUrl) return openPostgres(options.databaseUrl);
  return openPglite(options.dataDir ?? 'memory://');
}

async function openPglite(dataDir: string): Promise<Database> {
  if (!dataDir.startsWith('memory://')) mkdirSync(dataDir, { recursive: true });
  const lite = await PGlite.create(dataDir);
  // Old WAL segments are deleted rather than renamed for reuse: a recycled segment keeps the
  // rows it logged (erased candidates included) until new WAL happens to overwrite it.
  await lite.exec("SET TIME ZONE 'UTC'; SET wal_recycle = off");
  const run = async <Row>(
    target: Pick<PGlite, 'query'>,
    sql: string,
    params?: readonly unknown[],
  ) => (await target.query<Row>(sql, params ? [...params] : [])).rows;
  return {
    engine: 'pglite',
    query: (sql, params) => run(lite, sql, params),
    transaction: (work) =>
      lite.transaction((tx) => work({ query: (sql, params) => run(tx, sql, params) })),
    script: async <Row>(sql: string) => ((await lite.exec(sql)).at(-1)?.rows ?? []) as Row[],
    // PGlite is a single connection already.
    session: (work) => work({ query: (sql, params) => run(lite, sql, params) }),
    close: () => lite.close(),
  };
}

async function openPostgres(connectionString: string): Promise<Database> {
  // The time zone is a startup parameter of every connection: a query fired from the pool's
  // 'connect' event would race the caller's first query on the same client.
  const pool = new pg.Pool({ connectionString, max: 10, options: '-c TimeZone=UTC' });
  // When the server restarts or drops a connection, idle clients report an error here. The pool
  // discards them and opens fresh ones for the next queries, so the app recovers by itself; without
  // a listener the error would crash the process.
  pool.on('error', () => undefined);
  const run = async <Row>(
    target: pg.Pool | pg.PoolClient,
    sql: string,
    params?: readonly unknown[],
  ) => (await target.query(sql, params ? [...params] : [])).rows as Row[];
  await run(pool, 'SELECT 1');
  return {
    engine: 'postgresql',
    query: (sql, params) => run(pool, sql, params),
    async transaction(work) {
      const client = await pool.connect();
      let result;
      try {
        await client.query('BEGIN');
        result = await work({ query: (sql, params) => run(client, sql, params) });
        await client.query('COMMIT');
      } catch (error) {
        // On a dropped connection ROLLBACK fails too: the original error is the one to report,
        // and the broken client is destroyed rather than returned to the pool.
        const rolledBack = await client.query('ROLLBACK').then(
          () => true,
          () => false,
        );
        client.release(rolledBack ? undefined : true);
        throw error;
      }
      client.release();
      return result;
    },
    async script<Row>(sql: string) {
      const results = (await pool.query(sql)) as unknown as pg.QueryResult | pg.QueryResult[];
      const last = Array.isArray(results) ? results.at(-1) : results;
      return (last?.rows ?? []) as Row[];
    },
    async session(work) {
      const client = await pool.connect();
      try {
        return await work({ query: (sql, params) => run(client, sql, params) });
      } finally {
        // Settings made here must not follow the connection back into the pool.
        const reset = await client.query('RESET ALL').then(
          () => true,
          () => false,
        );
        client.release(reset ? undefined : true);
      }
    },
    close: () => pool.end(),
  };
}
