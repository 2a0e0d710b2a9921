import type { Database, Queryable } from './database';

/** The connection shape pg-boss accepts in place of its own pool. */
export interface JobQueueConnection {
  executeSql(text: string, values?: unknown[]): Promise<{ rows: unknown[] }>;
}

/**
 * Lets pg-boss use our database (PGlite or the PostgreSQL pool) so the queue lives in the same
 * database as the data. pg-boss sends its schema scripts as several statements without
 * parameters; those go through `script`.
 */
export function jobQueueConnection(db: Database): JobQueueConnection {
  return {
    async executeSql(text, values) {
      const rows = values?.length ? await db.query(text, values) : await db.script(text);
      return { rows };
    },
  };
}

/** The same, inside an open transaction: a job enqueued here commits or rolls back with it. */
export function jobQueueTransaction(tx: Queryable): JobQueueConnection {
  return {
    async executeSql(text, values) {
      return { rows: await tx.query(text, values ?? []) };
    },
  };
}
