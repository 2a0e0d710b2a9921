import type { Database } from '../../db/database';
import { findCvFile, recordCvText, type CvFileRow } from '../../db/queries/cv-files';
import { cvMediaTypes, docxProblem, sniffCvFile, type CvFileKind } from '../../domain/cv-file';
import type { Result } from '../../domain/result';
import type { Actor } from '../actor';
import { requireCandidateAccess } from '../access-policy';
import type { CvStore } from './cv-store';
import { readCvText } from './cv-text-reader';
import { unpackDocx } from './docx-unpacking';
import { NotFound, whenNotFound } from '../errors';

/**
 * The check of an uploaded CV: its type from the bytes and, for a Word file, its real unpacked
 * size, found by inflating it under the limit (the parts are counted and discarded, not kept).
 */
export async function checkCvUpload(bytes: Uint8Array, path = 'cv'): Promise<Result<CvFileKind>> {
  const kind = sniffCvFile(bytes, path);
  if (!kind.ok || kind.value !== 'docx') return kind;
  const unpacked = await unpackDocx(bytes, { keep: false });
  return unpacked.ok ? kind : docxProblem(path, unpacked.problem);
}

/**
 * Reads a stored CV's text and records the outcome: the handler of the queued job
 * `taskQueues.extractCvText`. Safe to run twice (a retry): only a file still pending is written. A file that cannot be read is marked with the reason; the
 * application it came with stands either way.
 */
export async function extractCvText(
  db: Database,
  store: CvStore,
  cvFileId: string,
): Promise<{ problem: string | null } | undefined> {
  const file = await findCvFile(db, cvFileId);
  if (!file || file.textStatus !== 'pending') return undefined;
  const bytes = await store.read(file.sha256).catch((error: unknown) => {
    // Missing bytes are this file's outcome; any other failure is retried by the queue.
    if (error instanceof NotFound) return undefined;
    throw error;
  });
  const outcome = bytes
    ? await readCvText(file.kind, bytes)
    : ({ status: 'failed', problem: 'file_missing' } as const);
  await db.transaction((tx) =>
    recordCvText(tx, cvFileId, {
      status: outcome.status,
      text: outcome.status === 'extracted' ? outcome.text : null,
      problem: outcome.status === 'failed' ? outcome.problem : null,
    }),
  );
  return { problem: outcome.status === 'failed' ? outcome.problem : null };
}

/** A CV's bytes for download, for those who may see the candidate (per-job access). */
export async function openCvFile(
  db: Database,
  store: CvStore,
  actor: Actor,
  cvFileId: string,
): Promise<{ file: CvFileRow; mediaType: string; bytes: Buffer }> {
  const file = await findCvFile(db, cvFileId);
  if (!file) throw new NotFound('CV');
  await requireCandidateAccess(db, actor, file.candidateId).catch(
    whenNotFound(() => new NotFound('CV')),
  );
  // A record whose bytes are gone is a missing CV; a disk that fails to read is not.
  const bytes = await store.read(file.sha256).catch(whenNotFound(() => new NotFound('CV')));
  return { file, mediaType: cvMediaTypes[file.kind], bytes };
}
