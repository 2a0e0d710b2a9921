import PgBoss from 'pg-boss';
import type { Database, Queryable } from '../../db/database';
import { taskQueueConnection, taskQueueTransaction } from '../../db/task-queue-connection';

/**
 * The durable background-work queue (pg-boss) in the app's own database.
 *
 * A use case enqueues with `enqueueTask(tx, …)` inside its transaction, so the job exists exactly
 * when the change that caused it commits. Workers run in the server process (`startTaskWorkers`).
 * To add a kind of job: name it in `taskQueues`, enqueue it, and give `startTaskWorkers` a handler.
 */
export const taskQueues = {
  /** Delivers one e-mail message (payload: { messageId }). */
  sendEmail: 'email.send',
  /** Queues the reminders for one interview 24 hours before it (payload: { interviewId, sequence }). */
  interviewReminder: 'interview.reminder',
  /** Reads the text of one uploaded CV (payload: { cvFileId }). */
  extractCvText: 'cv.extract-text',
  /** Anonymises candidates whose retention period has passed (daily, on a schedule). */
  anonymiseExpired: 'privacy.anonymise-expired',
  /** Reminds candidates of offers two days before they expire (daily, on a schedule). */
  offerReminders: 'offer.reminders',
  /** Sends one webhook delivery to its endpoint (payload: { deliveryId }). */
  deliverWebhook: 'webhook.deliver',
  /** Removes erased and anonymised rows from the database files (no payload; one waits at most). */
  purgeErasedData: 'privacy.purge-erased-data',
  /** Checks or writes a large spreadsheet import (payload: { importId, step: 'check' | 'import' }). */
  candidateImport: 'candidate.import',
  /** Folds the report month deltas into the month counts (every 5 minutes, on a schedule). */
  foldReportMonths: 'reports.fold-month-deltas',
  /** PGlite's VACUUM ANALYZE (daily, on a schedule; a server has autovacuum). */
  vacuumDatabase: 'database.vacuum-analyze',
} as const;

export type TaskQueueName = (typeof taskQueues)[keyof typeof taskQueues];

export interface RetryPolicy {
  /** Attempts after the first one. */
  retryLimit: number;
  /** Wait before the first retry; doubles with each further one. */
  retryDelaySeconds: number;
}

/**
 * Doubling from 30 seconds, 14 retries span about eight days: an SMTP server down over a long
 * weekend loses nothing, while a short hiccup is retried within a minute.
 */
export const defaultRetryPolicy: RetryPolicy = { retryLimit: 14, retryDelaySeconds: 30 };

// Sending only needs the transaction passed in `db`; this instance never connects by itself.
const sender = new PgBoss({
  db: {
    executeSql: () => Promise.reject(new Error('enqueueTask needs a transaction')),
  },
});

/**
 * Adds a job inside the caller's transaction; `startAfter` delays it (e.g. a reminder). Workers
 * take waiting jobs highest `priority` first (default 0), oldest first within a priority.
 */
export async function enqueueTask(
  tx: Queryable,
  queue: TaskQueueName,
  data: Record<string, unknown>,
  options: { startAfter?: Date; priority?: number } = {},
): Promise<void> {
  await sender.send(queue, data, {
    db: taskQueueTransaction(tx),
    ...(options.startAfter ? { startAfter: options.startAfter } : {}),
    ...(options.priority ? { priority: options.priority } : {}),
  });
}

/** Creates the queue's tables and queues (idempotent; part of preparing a database). */
export async function installTaskQueue(db: Database): Promise<void> {
  const boss = new PgBoss({ db: taskQueueConnection(db), supervise: false, schedule: false });
  await boss.start();
  const existing = new Set((await boss.getQueues()).map((queue) => queue.name));
  for (const name of Object.values(taskQueues)) {
    if (!existing.has(name)) await boss.createQueue(name, queueOptions(name, defaultRetryPolicy));
  }
  await boss.stop({ graceful: false, close: false, wait: true });
}

/** `final` is true on the last attempt the retry policy allows. */
export type TaskHandler = (
  data: Record<string, unknown>,
  attempt: { final: boolean },
) => Promise<void>;

export interface TaskWorkers {
  stop(): Promise<void>;
}

export interface TaskWorkerOptions {
  handlers: Partial<Record<TaskQueueName, TaskHandler>>;
  retry?: RetryPolicy;
  pollingIntervalSeconds?: number;
  onError?: (error: unknown) => void;
  /** Cron schedules (in Asia/Jakarta time) that enqueue a job; several instances share one. */
  schedules?: Partial<Record<TaskQueueName, string>>;
  /**
   * Queues that run several jobs at once (this many, in this process). Such a queue also takes
   * its next job as soon as one ends, so a backlog drains at the handler's pace; any other queue
   * runs one job per polling interval.
   */
  concurrency?: Partial<Record<TaskQueueName, number>>;
}

/** Runs the handlers for queued jobs until stopped; a handler that throws is retried with backoff. */
export async function startTaskWorkers(
  db: Database,
  options: TaskWorkerOptions,
): Promise<TaskWorkers> {
  const connection = taskQueueConnection(db);
  const boss = new PgBoss({
    db: connection,
    schedule: Boolean(options.schedules && Object.keys(options.schedules).length),
  });
  boss.on('error', (error) => options.onError?.(error));
  await boss.start();
  for (const [name, cron] of Object.entries(options.schedules ?? {})) {
    await boss.schedule(name, cron, {}, { tz: 'Asia/Jakarta' });
  }
  const retry = options.retry ?? defaultRetryPolicy;
  const running = new Set<Promise<void>>();
  for (const [name, handler] of Object.entries(options.handlers)) {
    await boss.updateQueue(name, queueOptions(name, retry));
    const concurrency = options.concurrency?.[name as TaskQueueName];
    // pg-boss 10 runs one job at a time per worker, so several at once means several workers.
    for (let worker = 0; worker < (concurrency ?? 1); worker++) {
      await addWorker(boss, name, tracked(handler, running), {
        pollingIntervalSeconds: options.pollingIntervalSeconds ?? 2,
        drain: concurrency !== undefined,
      });
    }
  }
  return {
    async stop() {
      await boss.stop({ graceful: true, close: false, wait: true, timeout: 5000 });
      // The database must not close under work pg-boss no longer waits for: a handler past its
      // stop timeout, the `complete`/`fail` it does not await, and the job a fetch still running
      // at the stop hands its worker. So wait until handlers and statements are both quiet.
      const turn = () => new Promise((resolve) => setImmediate(resolve));
      do {
        await Promise.allSettled([...running]);
        await turn();
        await connection.settled();
        await turn();
      } while (running.size > 0 || connection.busy());
    },
  };
}

/** The handler, with each run it makes kept in `running` until it ends. */
function tracked(handler: TaskHandler, running: Set<Promise<void>>): TaskHandler {
  return (data, attempt) => {
    const run = handler(data, attempt);
    running.add(run);
    return run.finally(() => running.delete(run));
  };
}

/**
 * One pg-boss worker: it fetches one job at a time, highest priority first (each fetch locks its
 * job with SKIP LOCKED, and PGlite runs one statement at a time, so no two workers get the same
 * job). A failed job goes back to the queue with its retry delay.
 */
async function addWorker(
  boss: PgBoss,
  name: string,
  handler: TaskHandler,
  options: { pollingIntervalSeconds: number; drain: boolean },
): Promise<void> {
  let workerId: string | undefined = undefined;
  workerId = await boss.work<Record<string, unknown>>(
    name,
    {
      batchSize: 1,
      includeMetadata: true,
      priority: true,
      pollingIntervalSeconds: options.pollingIntervalSeconds,
    },
    async ([job]) => {
      if (!job) return;
      await handler(job.data, { final: job.retryCount >= job.retryLimit });
      // pg-boss 10 waits out the polling interval even after finding a job; a worker that just
      // succeeded asks for the next one at once instead (after a failure it waits as usual).
      if (options.drain && workerId) boss.notifyWorker(workerId);
    },
  );
}

function queueOptions(name: string, retry: RetryPolicy): PgBoss.Queue {
  return {
    name,
    retryLimit: retry.retryLimit,
    retryDelay: retry.retryDelaySeconds,
    retryBackoff: true,
    // A handler that hangs (a stuck SMTP connection) is failed and retried after two minutes.
    expireInSeconds: 120,
    // Waiting jobs are kept as long as their retries can run.
    retentionMinutes: 14 * 24 * 60,
    ...(name === taskQueues.purgeErasedData ? purgeOptions : {}),
    ...(name === taskQueues.candidateImport ? importOptions : {}),
  };
}

/**
 * One purge covers every erasure committed before it starts, so one waiting next to one running
 * is enough however many erasures come in ('stately'). Rewriting a large database takes longer
 * than the usual two minutes.
 */
const purgeOptions = { policy: 'stately', expireInSeconds: 60 * 60 } as const;

/**
 * A large import may take minutes. A failed import step is retried a few times, soon (it resumes
 * after its last committed chunk; see runImportStep); a check never throws (its failure is the
 * import's status, and HR decides whether to run it again). After a crash the job is retried once
 * it expires.
 */
const importOptions = {
  expireInSeconds: 60 * 60,
  retryLimit: 3,
  retryDelay: 5,
  retryBackoff: true,
} as const;
