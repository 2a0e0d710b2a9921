import type { Database, Queryable } from './database';

/** The connection shape pg-boss accepts in place of its own pool. */
export interface TaskQueueConnection {
  executeSql(text: string, values?: unknown[]): Promise<{ rows: unknown[] }>;
}

/** The queue's own connection, which can tell when its last statement has finished. */
export interface WorkerConnection extends TaskQueueConnection {
  /**
   * Resolves once no statement is running. pg-boss 10 does not await a job's `complete` or
   * `fail` after its handler returns, so its `stop()` can resolve while they still run: whoever
   * closes the database waits for them here first.
   */
  settled(): Promise<void>;
  /** Whether a statement is running now. */
  busy(): boolean;
}

/**
 * Lets pg-boss use our database (PGlite or the PostgreSQL pool) so the queue lives in the same
 * database as the data. pg-boss sends its schema scripts as several statements without
 * parameters; those go through `script`.
 */
export function taskQueueConnection(db: Database): WorkerConnection {
  const running = new Set<Promise<unknown>>();
  return {
    async executeSql(text, values) {
      const statement = values?.length ? db.query(text, values) : db.script(text);
      running.add(statement);
      try {
        return { rows: await statement };
      } finally {
        running.delete(statement);
      }
    },
    async settled() {
      while (running.size) await Promise.allSettled([...running]);
    },
    busy: () => running.size > 0,
  };
}

/** The same, inside an open transaction: a job enqueued here commits or rolls back with it. */
export function taskQueueTransaction(tx: Queryable): TaskQueueConnection {
  return {
    async executeSql(text, values) {
      return { rows: await tx.query(text, values ?? []) };
    },
  };
}
