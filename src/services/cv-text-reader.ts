import { existsSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { createRequire } from 'node:module';
import { pathToFileURL } from 'node:url';
import { Worker } from 'node:worker_threads';
import type { CvFileKind } from '../domain/cv-file';
import type { CvTextOutcome } from './cv-text-extraction';

export type { CvTextOutcome } from './cv-text-extraction';

/**
 * What one CV may cost to read. The archive limits bound what a Word file unpacks to, but not
 * what parsing it costs: a few megabytes of tiny XML elements take mammoth a gigabyte of memory
 * and seconds of CPU. So each CV is read in a worker thread with its own memory ceiling and a
 * deadline; a file that exceeds them ends that worker, never the server, and is reported unreadable.
 */
export const cvReadingLimits = { memoryMb: 384, seconds: 30 } as const;

const unreadable: CvTextOutcome = { status: 'failed', problem: 'damaged_file' };

/** Reads a CV's text in an isolated worker thread (see `cvReadingLimits`). */
export function readCvText(kind: CvFileKind, bytes: Uint8Array): Promise<CvTextOutcome> {
  return new Promise((resolve) => {
    const worker = startWorker({ kind, bytes });
    const finish = (outcome: CvTextOutcome) => {
      clearTimeout(deadline);
      void worker.terminate();
      resolve(outcome);
    };
    const deadline = setTimeout(() => finish(unreadable), cvReadingLimits.seconds * 1000);
    worker.once('message', (outcome: CvTextOutcome) => finish(outcome));
    // Out of memory (ERR_WORKER_OUT_OF_MEMORY), a crash, or an exit without an answer.
    worker.once('error', () => finish(unreadable));
    worker.once('exit', () => finish(unreadable));
  });
}

/**
 * The built server has the worker beside it (dist/server/cv-text-worker.js); run from the
 * sources (development, tests) the worker is TypeScript, loaded through tsx.
 */
function startWorker(workerData: { kind: CvFileKind; bytes: Uint8Array }): Worker {
  const options = {
    workerData,
    resourceLimits: { maxOldGenerationSizeMb: cvReadingLimits.memoryMb },
  };
  const built = new URL('./cv-text-worker.js', import.meta.url);
  if (existsSync(built)) return new Worker(built, options);
  const source = new URL('./cv-text-worker.ts', import.meta.url).href;
  const bootstrap = `import(${JSON.stringify(tsxApi())}).then(({ register }) => { register(); return import(${JSON.stringify(source)}); })`;
  return new Worker(bootstrap, { ...options, eval: true });
}

/** tsx's ES module API, found from here (a worker's own code resolves from the working folder). */
function tsxApi(): string {
  const manifest = createRequire(import.meta.url).resolve('tsx/package.json');
  const { exports } = JSON.parse(readFileSync(manifest, 'utf8')) as {
    exports: Record<string, { import: { default: string } }>;
  };
  return pathToFileURL(join(dirname(manifest), exports['./esm/api']!.import.default)).href;
}
