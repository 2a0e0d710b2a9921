import type { PGlite } from '@electric-sql/pglite';
import pg from 'pg';
import { lockDataDir } from './data-dir-lock';
import { openPgliteThread } from './pglite-thread';
import { copyTemplate, isEmptyDataDir } from './pglite-template';
import { startPglite } from './pglite-start';
import { preparedName } from './prepared-statements';
import { postgresTypes } from './postgres-timestamps';
import { DatabaseUnavailable, isDatabaseUnavailable } from './unavailable';

/** Anything that runs SQL: the database itself or an open transaction. */
export interface Queryable {
  query<Row>(sql: string, params?: readonly unknown[]): Promise<Row[]>;
}

export const engines = ['pglite', 'postgresql'] as const;
export type Engine = (typeof engines)[number];

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
  /**
   * Whether the database answers (the health check). PGlite in its own thread answers at once
   * while it is working through statements and answering them, and otherwise ahead of the
   * statements waiting for their turn.
   */
  ping(): Promise<void>;
  close(): Promise<void>;
}

export interface DatabaseOptions {
  /** A PostgreSQL server; without it the embedded PGlite engine is used. */
  databaseUrl?: string | undefined;
  /** Where PGlite keeps its files; `memory://` keeps nothing. */
  dataDir?: string | undefined;
  /** A PGlite data directory saved by `dumpDataDir` to start from (the test suite's migrated template). */
  snapshot?: Blob | undefined;
  /**
   * A saved data directory (pglite-template.ts) to copy into `dataDir` when it is empty, under
   * the data directory's lock, so two processes starting at once never both copy it.
   */
  template?: string | undefined;
  /**
   * Where PGlite runs: in this thread (the default), where each statement stops everything else
   * in the process while it runs, or in a thread of its own (`worker`, see pglite-thread.ts; not
   * yet the default: a served app on the scale bench's data stopped answering its health check).
   */
  pgliteThread?: PgliteThread | undefined;
}

export const pgliteThreads = ['worker', 'main'] as const;
export type PgliteThread = (typeof pgliteThreads)[number];

export async function openDatabase(options: DatabaseOptions): Promise<Database> {
  if (options.databaseUrl) return openPostgres(options.databaseUrl);
  const dataDir = options.dataDir ?? 'memory://';
  const open = () =>
    options.pgliteThread === 'worker'
      ? openPgliteThread(dataDir, options.snapshot)
      : openPglite(dataDir, options.snapshot);
  if (dataDir.startsWith('memory://')) return open();
  // Every opener of a data directory on disk (the server, the CLI commands, tests, benches)
  // takes its lock: a second process in the same directory stops here (data-dir-lock.ts).
  const lock = lockDataDir(dataDir);
  try {
    if (options.template && isEmptyDataDir(dataDir)) copyTemplate(options.template, dataDir);
    const db = await open();
    return {
      ...db,
      close: async () => {
        try {
          await db.close();
        } finally {
          lock.release();
        }
      },
    };
  } catch (error) {
    lock.release();
    throw error;
  }
}

async function openPglite(dataDir: string, snapshot: Blob | undefined): Promise<Database> {
  const lite = await startPglite(dataDir, snapshot);
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
    ping: async () => {
      await lite.query('SELECT 1');
    },
    close: () => lite.close(),
  };
}

async function openPostgres(connectionString: string): Promise<Database> {
  // The time zone is a startup parameter of every connection: a query fired from the pool's
  // 'connect' event would race the caller's first query on the same client.
  const pool = new pg.Pool({
    connectionString,
    max: 10,
    options: '-c TimeZone=UTC',
    // A server that drops packets (or ten busy connections) makes a request wait this long for a
    // connection, then answer 503, instead of hanging until the client gives up.
    connectionTimeoutMillis: 10_000,
    Client: HeardClient,
    types: postgresTypes,
  });
  // When the server restarts or drops a connection, idle clients report an error here. The pool
  // discards them and opens fresh ones for the next queries, so the app recovers by itself; without
  // a listener the error would crash the process.
  pool.on('error', ignore);
  const run = async <Row>(
    target: pg.Pool | pg.PoolClient,
    sql: string,
    params?: readonly unknown[],
  ) =>
    (
      await target.query<pg.QueryResultRow>({
        text: sql,
        values: params ? [...params] : [],
        name: preparedName(sql),
      })
    ).rows as Row[];
  await run(pool, 'SELECT 1');

  const lease = () => pool.connect();
  /** The pool drops a connection given back as destroyed; a dead one must not serve again. */
  const giveBack = (client: pg.PoolClient, destroy = false) => client.release(destroy);
  /** Ends an open transaction after a failure; a connection that cannot roll back is destroyed. */
  const abandon = async (client: pg.PoolClient) => {
    const rolledBack = await client.query('ROLLBACK').then(
      () => true,
      () => false,
    );
    giveBack(client, !rolledBack);
  };

  /**
   * The statement failed on a lost connection after it was sent, so it may have run. It runs once
   * more, but only inside a READ ONLY transaction: a read gets its answer, and PostgreSQL itself
   * refuses a statement that would write, so no write is ever repeated.
   */
  async function readAgain<Row>(sql: string, params: readonly unknown[] | undefined, lost: Error) {
    const client = await lease().catch((error: unknown) => {
      throw unavailableOr(error);
    });
    try {
      await client.query('BEGIN READ ONLY');
      const rows = await run<Row>(client, sql, params);
      await client.query('COMMIT');
      giveBack(client);
      return rows;
    } catch (error) {
      await abandon(client);
      // Class 25 (a write refused in a read-only transaction, a statement that cannot run in
      // one): the first attempt's fate is unknown, and that is what the caller hears about.
      throw isTransactionState(error) ? new DatabaseUnavailable(lost) : unavailableOr(error);
    }
  }

  const database: Database = {
    engine: 'postgresql',
    async ping() {
      await database.query('SELECT 1');
    },
    async query<Row>(sql: string, params?: readonly unknown[]) {
      const client = await onceMore(lease);
      try {
        const rows = await run<Row>(client, sql, params);
        giveBack(client);
        return rows;
      } catch (error) {
        const lost = isDatabaseUnavailable(error);
        giveBack(client, lost);
        if (!lost) throw error;
        await pause();
        return readAgain<Row>(sql, params, error as Error);
      }
    },
    async transaction(work) {
      // Connecting and BEGIN change nothing, so they may be tried again; the work and COMMIT
      // are not: a COMMIT cut off mid-way may have committed.
      const client = await onceMore(async () => {
        const leased = await lease();
        try {
          await leased.query('BEGIN');
          return leased;
        } catch (error) {
          giveBack(leased, true);
          throw error;
        }
      });
      let result;
      try {
        result = await work({ query: (sql, params) => run(client, sql, params) });
        await client.query('COMMIT');
      } catch (error) {
        // On a dropped connection ROLLBACK fails too: the original error is the one to report.
        await abandon(client);
        throw unavailableOr(error);
      }
      giveBack(client);
      return result;
    },
    async script<Row>(sql: string) {
      const client = await onceMore(lease);
      let results;
      try {
        results = (await client.query(sql)) as unknown as pg.QueryResult | pg.QueryResult[];
      } catch (error) {
        giveBack(client, isDatabaseUnavailable(error));
        throw unavailableOr(error);
      }
      giveBack(client);
      const last = Array.isArray(results) ? results.at(-1) : results;
      return (last?.rows ?? []) as Row[];
    },
    async session(work) {
      const client = await onceMore(lease);
      try {
        return await work({ query: (sql, params) => run(client, sql, params) });
      } finally {
        // Settings made here must not follow the connection back into the pool.
        const reset = await client.query('RESET ALL').then(
          () => true,
          () => false,
        );
        giveBack(client, !reset);
      }
    },
    close: () => pool.end(),
  };
  return database;
}

const ignore = () => undefined;

/**
 * A connection that hears its own errors from its first byte to its end. The pool listens only
 * while a connection is idle; one that dies at any other moment (out of the pool between two
 * statements, mid-connect, while being ended) would emit an 'error' event nobody hears, which
 * crashes the process (seen once in CI when the restart test stopped the server). The statement
 * that fails reports the error; the pool drops the dead connection when it is given back.
 */
class HeardClient extends pg.Client {
  constructor(config?: string | pg.ClientConfig) {
    super(config);
    this.on('error', ignore);
  }
}

/**
 * How long to wait before the one retry when the server could not be reached: long enough for a
 * dropped connection to be replaced, short enough that a request still answers promptly when
 * the server is down for longer (it then gets a 503 and comes back by itself).
 */
const retryPauseMs = 250;
const pause = () => new Promise((resolve) => setTimeout(resolve, retryPauseMs));

/**
 * Runs a step that has not changed anything (getting a connection, BEGIN) and, if the server
 * could not be reached, runs it once more after a pause. A step that already waited out the
 * pool's connection timeout is not tried again.
 */
async function onceMore<T>(step: () => Promise<T>): Promise<T> {
  try {
    return await step();
  } catch (error) {
    if (!isDatabaseUnavailable(error) || timedOut(error)) throw unavailableOr(error);
    await pause();
    return step().catch((again: unknown) => {
      throw unavailableOr(again);
    });
  }
}

const unavailableOr = (error: unknown) =>
  isDatabaseUnavailable(error) && !(error instanceof DatabaseUnavailable)
    ? new DatabaseUnavailable(error)
    : error;

const timedOut = (error: unknown) => error instanceof Error && /timeout/.test(error.message);

const isTransactionState = (error: unknown) =>
  error instanceof Error && String((error as { code?: unknown }).code).startsWith('25');
