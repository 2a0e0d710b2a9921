import type { Worker } from 'node:worker_threads';
import { startWorkerThread } from '../worker-thread';
import type { Database, Queryable } from './database';
import {
  rebuiltError,
  type PgliteReply,
  type PgliteRequest,
  type PgliteThreadSetup,
} from './pglite-thread-messages';
import { DatabaseUnavailable } from './unavailable';

/** A request without its number, which `call` gives it. */
type Request = PgliteRequest extends infer R
  ? R extends PgliteRequest
    ? Omit<R, 'id'>
    : never
  : never;

/**
 * PGlite in a thread of its own. PGlite runs each statement as one synchronous stretch of
 * WebAssembly: in the server's thread a heavy report stalls every other request, health checks
 * included, for as long as it runs. Here the server's thread only passes messages, so it keeps
 * answering (parsing, checking, serialising) while the statement runs, and statements still run
 * one at a time, in PGlite's own order: a transaction holds the turn until it ends, as it does in
 * the server's thread.
 *
 * If the thread dies (PGlite aborted), every waiting and later statement fails as
 * DatabaseUnavailable: the API answers 503 and the process manager's restart brings it back.
 */
export async function openPgliteThread(
  dataDir: string,
  snapshot: Blob | undefined,
): Promise<Database> {
  const bytes = snapshot ? new Uint8Array(await snapshot.arrayBuffer()) : undefined;
  const setup: PgliteThreadSetup = { dataDir, snapshot: bytes };
  const worker = startWorkerThread('pglite-worker', import.meta.url, {
    workerData: setup,
    transferList: bytes ? [bytes.buffer] : [],
  });
  const thread = new PgliteThread(worker);
  await thread.ready;
  const query = <Row>(sql: string, params: readonly unknown[] | undefined, tx?: number) =>
    thread.call({ op: 'query', sql, params: params ? params.map(sendable) : [], tx }) as Promise<
      Row[]
    >;
  const inside = (tx: number | undefined): Queryable => ({
    query: (sql, params) => query(sql, params, tx),
  });
  return {
    engine: 'pglite',
    query: (sql, params) => query(sql, params),
    ping: async () => {
      // Busy and moving: no need to queue behind the statement under way to know it answers.
      if (thread.working()) return;
      await thread.call({ op: 'ping' });
    },
    async transaction(work) {
      const tx = (await thread.call({ op: 'begin' })) as number;
      let result;
      try {
        result = await work(inside(tx));
      } catch (error) {
        // A rollback that fails too (the thread died) leaves the work's error as the one to report.
        await thread.call({ op: 'end', tx, commit: false }).catch(() => undefined);
        throw error;
      }
      await thread.call({ op: 'end', tx, commit: true });
      return result;
    },
    script: async <Row>(sql: string) =>
      (await thread.call({ op: 'script', sql, tx: undefined })) as Row[],
    // PGlite is a single connection already.
    session: (work) => work(inside(undefined)),
    close: () => thread.close(),
  };
}

class PgliteThread {
  readonly ready: Promise<void>;
  private readonly waiting = new Map<
    number,
    { resolve(value: unknown): void; reject(error: Error): void }
  >();
  private nextId = 1;
  /**
   * When the thread last showed it is working: its last answer, or the moment it was given work
   * while idle.
   */
  private lastProgress = 0;
  /** Why no statement can run any more: the thread ended, or the database was closed. */
  private gone: Error | undefined;

  constructor(private readonly worker: Worker) {
    this.ready = new Promise((resolve, reject) => {
      worker.on('message', (message: PgliteReply) => {
        if (message.id === 'ready') {
          if (message.error) reject(rebuiltError(message.error));
          else resolve();
          this.idleUnlessWaiting();
          return;
        }
        this.lastProgress = performance.now();
        const waiting = this.waiting.get(message.id);
        if (!waiting) return;
        this.waiting.delete(message.id);
        this.idleUnlessWaiting();
        if (message.ok) waiting.resolve(message.value);
        else waiting.reject(rebuiltError(message.error));
      });
      const ended = (cause: unknown) => {
        this.gone ??= new DatabaseUnavailable(cause);
        reject(this.gone);
        for (const { reject: fail } of this.waiting.values()) fail(this.gone);
        this.waiting.clear();
      };
      worker.on('error', ended);
      worker.on('exit', (code) => ended(new Error(`The PGlite thread ended (exit code ${code}).`)));
    });
  }

  call(request: Request): Promise<unknown> {
    if (this.gone) return Promise.reject(this.gone);
    const id = this.nextId++;
    return new Promise((resolve, reject) => {
      try {
        this.worker.postMessage({ ...request, id });
      } catch (error) {
        // A parameter that cannot be cloned (a function): the statement is the caller's fault.
        reject(error as Error);
        return;
      }
      if (!this.waiting.size) this.lastProgress = performance.now();
      this.waiting.set(id, { resolve, reject });
      // The thread keeps the process alive only while a statement is waiting for it, as PGlite
      // in this thread would: an idle database does not hold up a command's exit.
      this.worker.ref();
    });
  }

  /**
   * Whether the thread is running statements and has answered one (or been given work while
   * idle) within the last `window` ms. The health check's answer while a heavy statement runs:
   * the thread cannot read a ping until that statement ends, but one that keeps answering is
   * alive. One stuck longer than that is pinged, and the health check waits as it should.
   */
  working(window = 30_000): boolean {
    return !this.gone && this.waiting.size > 0 && performance.now() - this.lastProgress < window;
  }

  async close(): Promise<void> {
    if (this.gone) return;
    await this.call({ op: 'close' });
    this.gone = new Error('The database is closed.');
    await this.worker.terminate();
  }

  private idleUnlessWaiting(): void {
    if (!this.waiting.size) this.worker.unref();
  }
}

/**
 * A Buffer is often a view into a larger shared block (Node's pool of small buffers, a slice of
 * an upload): cloning it would copy the whole block. Only its own bytes are sent.
 */
function sendable(value: unknown): unknown {
  if (ArrayBuffer.isView(value) && value.byteLength !== value.buffer.byteLength) {
    return new Uint8Array(value.buffer, value.byteOffset, value.byteLength).slice();
  }
  return value;
}
