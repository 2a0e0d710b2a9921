import { parentPort, workerData } from 'node:worker_threads';
import type { CvFileKind } from '../domain/cv-file';
import { extractCvText } from './cv-text-extraction';

/** One CV read in a worker thread of its own: the outcome goes back to cv-text-reader.ts. */
const { kind, bytes } = workerData as { kind: CvFileKind; bytes: Uint8Array };
parentPort?.postMessage(await extractCvText(kind, bytes));
