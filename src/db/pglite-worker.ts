import type { PGlite, Transaction } from '@electric-sql/pglite';
import { parentPort, workerData } from 'node:worker_threads';
import { startPglite } from './pglite-start';
import {
  errorFields,
  type PgliteReply,
  type PgliteRequest,
  type PgliteThreadSetup,
} from './pglite-thread-messages';

/**
 * The PGlite thread (see pglite-thread.ts): runs the statements the server sends, one at a
 * time in PGlite's own order. A statement outside a transaction waits for PGlite's transaction
 * turn, exactly as it does when PGlite runs in the server's thread.
 */

interface OpenTransaction {
  tx: Transaction;
  /** Ends the transaction's callback: resolved to COMMIT, rejected to ROLLBACK. */
  finish: { commit(): void; rollback(): void };
  /** PGlite's transaction() itself, settled once COMMIT or ROLLBACK has run. */
  ended: Promise<unknown>;
}

const port = parentPort!;
const setup = workerData as PgliteThreadSetup;
const transactions = new Map<number, OpenTransaction>();
let nextTransaction = 1;

const reply = (message: PgliteReply) => port.postMessage(message);

async function start(): Promise<void> {
  let lite: PGlite;
  try {
    const snapshot = setup.snapshot ? new Blob([setup.snapshot]) : undefined;
    lite = await startPglite(setup.dataDir, snapshot);
  } catch (error) {
    reply({ id: 'ready', error: errorFields(error) });
    return;
  }
  port.on('message', (request: PgliteRequest) => {
    answer(lite, request).then(
      (value) => reply({ id: request.id, ok: true, value }),
      (error: unknown) => reply({ id: request.id, ok: false, error: errorFields(error) }),
    );
  });
  reply({ id: 'ready' });
}

async function answer(lite: PGlite, request: PgliteRequest): Promise<unknown> {
  switch (request.op) {
    case 'query': {
      const target = request.tx === undefined ? lite : openTransaction(request.tx).tx;
      return (await target.query(request.sql, request.params)).rows;
    }
    case 'script': {
      const target = request.tx === undefined ? lite : openTransaction(request.tx).tx;
      return (await target.exec(request.sql)).at(-1)?.rows ?? [];
    }
    case 'begin':
      return begin(lite);
    case 'end': {
      const open = openTransaction(request.tx);
      if (request.commit) open.finish.commit();
      else open.finish.rollback();
      // A failed COMMIT (an aborted transaction rolls back instead) is the commit's error; a
      // rollback asked for has nothing to report.
      await (request.commit ? open.ended : open.ended.catch(() => undefined));
      return null;
    }
    case 'close':
      // The server ends the thread once it has the answer.
      await lite.close();
      return null;
  }
}

/** Resolves with the transaction's number once PGlite has given it the turn and run BEGIN. */
function begin(lite: PGlite): Promise<number> {
  const number = nextTransaction++;
  return new Promise((begun, failed) => {
    let finish: OpenTransaction['finish'] | undefined;
    const whenFinished = new Promise<void>((commit, rollback) => {
      finish = { commit, rollback: () => rollback(new Error('Transaction rolled back')) };
    });
    const ended = lite.transaction(async (tx) => {
      transactions.set(number, { tx, finish: finish!, ended });
      begun(number);
      await whenFinished;
    });
    // BEGIN failed (the callback never ran), or the transaction has ended either way.
    ended.then(
      () => transactions.delete(number),
      (error: unknown) => {
        if (!transactions.delete(number)) failed(error);
      },
    );
  });
}

function openTransaction(number: number): OpenTransaction {
  const open = transactions.get(number);
  if (!open) throw new Error('Transaction is closed');
  return open;
}

void start();
