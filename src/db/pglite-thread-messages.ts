/**
 * What the server and its PGlite thread (pglite-thread.ts, pglite-worker.ts) say to each other.
 * Values cross the thread boundary by structured cloning, which keeps what PGlite returns as it
 * is (Date, Uint8Array, bigint, parsed JSON, arrays); errors are not cloned whole (a clone keeps
 * only name and message), so they travel as their fields and are rebuilt on the other side.
 */

/** What the thread is started with. */
export interface PgliteThreadSetup {
  dataDir: string;
  /** A saved data directory to start from (see DatabaseOptions.snapshot). */
  snapshot: Uint8Array<ArrayBuffer> | undefined;
}

export type PgliteRequest =
  | { id: number; op: 'query'; sql: string; params: unknown[]; tx: number | undefined }
  | { id: number; op: 'script'; sql: string; tx: number | undefined }
  /** SELECT 1, ahead of the statements waiting for their turn (the health check). */
  | { id: number; op: 'ping' }
  /** Waits for the transaction turn, runs BEGIN and answers with the transaction's number. */
  | { id: number; op: 'begin' }
  /** COMMIT or ROLLBACK of that transaction; its turn ends either way. */
  | { id: number; op: 'end'; tx: number; commit: boolean }
  | { id: number; op: 'close' };

export type PgliteReply =
  | { id: number; ok: true; value: unknown }
  | { id: number; ok: false; error: ErrorFields }
  /** Sent once: PGlite is open (`error` unset) or could not be opened. */
  | { id: 'ready'; error?: ErrorFields };

/** An error's name, message, stack and every own field whose value is a plain value. */
export interface ErrorFields {
  name: string;
  message: string;
  stack: string | undefined;
  fields: Record<string, string | number | boolean | null>;
}

/**
 * PostgreSQL's fields (code, constraint, detail, table, column, severity, …) are own string and
 * number properties of PGlite's DatabaseError; the query and its parameters it adds are left
 * behind, since the caller has them and parameters can be large.
 */
export function errorFields(error: unknown): ErrorFields {
  if (!(error instanceof Error)) {
    return { name: 'Error', message: String(error), stack: undefined, fields: {} };
  }
  const fields: ErrorFields['fields'] = {};
  for (const [key, value] of Object.entries(error)) {
    if (key === 'query' || key === 'name') continue;
    if (
      value === null ||
      typeof value === 'string' ||
      typeof value === 'number' ||
      typeof value === 'boolean'
    ) {
      fields[key] = value;
    }
  }
  return { name: error.name, message: error.message, stack: error.stack, fields };
}

/** The error again, with the fields callers read (`.code`, `.constraint`, `.detail`, …). */
export function rebuiltError({ name, message, stack, fields }: ErrorFields): Error {
  const error = Object.assign(new Error(message), fields);
  // pg-protocol's DatabaseError names itself 'error'; kept as it was.
  error.name = name;
  if (stack !== undefined) error.stack = stack;
  return error;
}
