import { parentPort } from 'node:worker_threads';
import type { CvFileKind } from '../../domain/cv-file';
import { extractCvText } from './cv-text-extraction';

/** The CV reading thread: reads one CV per message and answers with its outcome (cv-text-reader.ts). */
parentPort?.on(
  'message',
  async ({ id, kind, bytes }: { id: number; kind: CvFileKind; bytes: Uint8Array }) => {
    parentPort?.postMessage({ id, outcome: await extractCvText(kind, bytes) });
  },
);
