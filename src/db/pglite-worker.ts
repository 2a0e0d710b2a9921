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
 * time, in the order they came. A transaction holds the turn from BEGIN to its end (its own
 * statements run in it; everyone else's wait), exactly as PGlite's own transaction does in the
 * server's thread. One exception to the order: a ping (the health check) goes before the
 * statements waiting, so it waits at most for the statement or transaction under way.
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
    const answered = () =>
      answer(lite, request).then(
        (value) => reply({ id: request.id, ok: true, value }),
        (error: unknown) => reply({ id: request.id, ok: false, error: errorFields(error) }),
      );
    if (request.op === 'end' || ('tx' in request && request.tx !== undefined)) {
      // The transaction's own statements: it holds the turn already.
      void answered();
    } else if (request.op === 'begin') {
      takeTurn(() => beginTurn(lite, request.id));
    } else {
      takeTurn(answered, request.op === 'ping');
    }
  });
  reply({ id: 'ready' });
}

/** Whose turn is next: each entry runs to its end before the next one starts. */
const turns: (() => Promise<unknown>)[] = [];
let taking = false;

function takeTurn(turn: () => Promise<unknown>, first = false): void {
  if (first) turns.unshift(turn);
  else turns.push(turn);
  if (taking) return;
  taking = true;
  void (async () => {
    while (turns.length) {
      await turns.shift()!().catch(() => undefined);
      // Messages that came while the statement ran (a ping among them) are read only when the
      // thread's event loop gets a turn: let it, before choosing the next.
      await new Promise((resolve) => setImmediate(resolve));
    }
    taking = false;
  })();
}

/** BEGIN, answered with the transaction's number; the turn lasts until the transaction ends. */
async function beginTurn(lite: PGlite, id: number): Promise<unknown> {
  const { begun, ended } = begin(lite);
  try {
    reply({ id, ok: true, value: await begun });
  } catch (error) {
    reply({ id, ok: false, error: errorFields(error) });
    return;
  }
  return ended;
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
    case 'ping':
      return (await lite.query('SELECT 1')).rows.length === 1;
    case 'begin':
      throw new Error('A transaction begins in its turn (beginTurn).');
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

/**
 * Starts a transaction: `begun` resolves with its number once BEGIN has run, `ended` settles
 * once COMMIT or ROLLBACK has.
 */
function begin(lite: PGlite): { begun: Promise<number>; ended: Promise<unknown> } {
  const number = nextTransaction++;
  let ended!: Promise<unknown>;
  const begun = new Promise<number>((resolve, failed) => {
    let finish: OpenTransaction['finish'] | undefined;
    const whenFinished = new Promise<void>((commit, rollback) => {
      finish = { commit, rollback: () => rollback(new Error('Transaction rolled back')) };
    });
    ended = lite.transaction(async (tx) => {
      transactions.set(number, { tx, finish: finish!, ended });
      resolve(number);
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
  return { begun, ended };
}

function openTransaction(number: number): OpenTransaction {
  const open = transactions.get(number);
  if (!open) throw new Error('Transaction is closed');
  return open;
}

void start();
