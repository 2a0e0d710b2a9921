import { parentPort } from 'node:worker_threads';
import type { CvFileKind } from '../../domain/cv-file';
import { extractCvText } from './cv-text-extraction';

/**
 * The CV reading thread: reads one CV per message and answers with its outcome (cv-text-reader.ts).
 * It loads pdf.js first and then says it is ready, so the reader's deadline per CV counts reading,
 * not starting the thread (24 s on a loaded test machine: the first CV was called damaged).
 * Messages sent meanwhile wait in the port until it listens.
 */
void import('pdfjs-dist/legacy/build/pdf.mjs')
  .catch(() => undefined)
  .then(() => {
    parentPort?.on(
      'message',
      async ({ id, kind, bytes }: { id: number; kind: CvFileKind; bytes: Uint8Array }) => {
        parentPort?.postMessage({ id, outcome: await extractCvText(kind, bytes) });
      },
    );
    parentPort?.postMessage({ ready: true });
  });
