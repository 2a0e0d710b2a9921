import type { Worker } from 'node:worker_threads';
import type { CvFileKind } from '../../domain/cv-file';
import type { CvTextOutcome } from './cv-text-extraction';
import { startWorkerThread } from '../../worker-thread';

export type { CvTextOutcome } from './cv-text-extraction';

/**
 * What one CV may cost to read. The archive limits bound what a Word file unpacks to, but not
 * what parsing it costs: a few megabytes of tiny XML elements take mammoth a gigabyte of memory
 * and seconds of CPU. So CVs are read in a thread of their own with its own memory ceiling and a
 * deadline per CV; a file that exceeds them ends that thread, never the server, and is reported
 * unreadable. The thread is kept between CVs (starting one and loading pdf.js costs more than
 * reading a CV) and started again after it ended.
 */
// Starting plus one CV stays under the CV job's 120 s run limit (background/task-queue.ts), or the queue
// would try the same CV again while the first attempt still waits.
export const cvReadingLimits = { memoryMb: 384, seconds: 30, startSeconds: 75 } as const;

const unreadable: CvTextOutcome = { status: 'failed', problem: 'damaged_file' };

interface ReadingThread {
  worker: Worker;
  waiting: Map<number, (outcome: CvTextOutcome) => void>;
  /** Resolves when the thread has loaded its readers (a thread that never does is ended). */
  ready: Promise<void>;
  startDeadline?: ReturnType<typeof setTimeout>;
}

let thread: ReadingThread | undefined;
let nextId = 0;
/** One CV at a time, so a deadline or a crash concerns only the CV that caused it. */
let queue: Promise<unknown> = Promise.resolve();

/** Reads a CV's text in the CV reading thread (see `cvReadingLimits`). */
export function readCvText(kind: CvFileKind, bytes: Uint8Array): Promise<CvTextOutcome> {
  const read = queue.then(() => readInThread(kind, bytes));
  queue = read;
  return read;
}

function readInThread(kind: CvFileKind, bytes: Uint8Array): Promise<CvTextOutcome> {
  const reading = (thread ??= startThread());
  const id = nextId++;
  return new Promise((resolve) => {
    let deadline: ReturnType<typeof setTimeout> | undefined;
    reading.waiting.set(id, (outcome) => {
      clearTimeout(deadline);
      resolve(outcome);
    });
    // The deadline bounds reading this CV, counted from when the thread is ready to read it.
    void reading.ready.then(() => {
      if (!reading.waiting.has(id)) return;
      deadline = setTimeout(() => endThread(reading), cvReadingLimits.seconds * 1000);
    });
    reading.worker.postMessage({ id, kind, bytes });
  });
}

type ThreadMessage = { ready: true } | { id: number; outcome: CvTextOutcome };

function startThread(): ReadingThread {
  let started = () => {};
  const ready = new Promise<void>((resolve) => (started = resolve));
  const reading: ReadingThread = { worker: newWorker(), waiting: new Map(), ready };
  const startDeadline = setTimeout(() => endThread(reading), cvReadingLimits.startSeconds * 1000);
  startDeadline.unref();
  reading.startDeadline = startDeadline;
  reading.worker.on('message', (message: ThreadMessage) => {
    if ('ready' in message) {
      clearTimeout(startDeadline);
      started();
      return;
    }
    reading.waiting.get(message.id)?.(message.outcome);
    reading.waiting.delete(message.id);
  });
  // Out of memory (ERR_WORKER_OUT_OF_MEMORY), a crash, or an exit: what it was reading failed.
  reading.worker.on('error', () => endThread(reading));
  reading.worker.on('exit', () => endThread(reading));
  // An idle reading thread does not keep the process (a CLI command, a test) alive.
  reading.worker.unref();
  return reading;
}

function endThread(reading: ReadingThread): void {
  if (thread === reading) thread = undefined;
  clearTimeout(reading.startDeadline);
  for (const answer of reading.waiting.values()) answer(unreadable);
  reading.waiting.clear();
  void reading.worker.terminate();
}

function newWorker(): Worker {
  return startWorkerThread('cv-text-worker', import.meta.url, {
    resourceLimits: { maxOldGenerationSizeMb: cvReadingLimits.memoryMb },
  });
}
