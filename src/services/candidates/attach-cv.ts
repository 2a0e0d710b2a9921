import type { Database } from '../../db/database';
import { findCandidate } from '../../db/queries/candidates';
import { unsharedCvHashes } from '../../db/queries/candidate-records';
import {
  deleteCvFilesAttachedByHr,
  findCvFile,
  insertCvFile,
  refreshCandidateCvText,
  type CvFileRow,
} from '../../db/queries/cv-files';
import { cleanCvFileName } from '../../domain/cv-file';
import type { FieldProblem } from '../../domain/result';
import type { Actor } from '../actor';
import { requireCandidateAccess, requireHr } from '../access-policy';
import { recordAudit } from '../audit-log/audit-service';
import { enqueueTask, taskQueues } from '../background/task-queue';
import { Conflict, Invalid, NotFound } from '../errors';
import { checkCvUpload } from './cv-file-service';
import type { CvStore } from './cv-store';

/**
 * HR attaches a CV (PDF or DOCX, the careers page's checks) to a candidate they added by hand, or
 * replaces the one they attached before. The old record goes and the new one comes in one
 * transaction, so the candidate never has both or neither; the text is read by a queued task as
 * for the careers page. A CV the candidate sent themselves is never replaced: it is what they
 * applied with.
 */
export async function attachCv(
  db: Database,
  store: CvStore,
  actor: Actor,
  candidateId: string,
  cv: { fileName: string; bytes: Uint8Array },
): Promise<CvFileRow> {
  requireHr(actor);
  await requireCandidateAccess(db, actor, candidateId);
  const kind = await checkCvUpload(cv.bytes);
  if (!kind.ok) throw new Invalid(kind.problems);

  const sha256 = await store.save(cv.bytes);
  let replaced: string[] = [];
  const cvFileId = await db
    .transaction(async (tx) => {
      // Locks the candidate: two uploads at once end with one attached CV, not two.
      const candidate = await findCandidate(tx, candidateId, { forUpdate: true });
      if (!candidate) throw new NotFound('Candidate');
      if (!candidate.addedByHand) throw refused('cv_from_candidate', candidateCvMessage);
      if (candidate.processingRestricted) {
        throw refused('processing_restricted', 'The candidate withdrew consent.');
      }
      replaced = await deleteCvFilesAttachedByHr(tx, candidateId);
      const id = await insertCvFile(tx, {
        candidateId,
        applicationId: null,
        sha256,
        kind: kind.value,
        byteSize: cv.bytes.length,
        fileName: cleanCvFileName(cv.fileName, kind.value),
        uploadedBy: actor.id,
      });
      // The replaced CV's text leaves search now; the new one's joins when it has been read.
      await refreshCandidateCvText(tx, candidateId);
      await enqueueTask(tx, taskQueues.extractCvText, { cvFileId: id });
      // Whether it replaced one, never the file's name: the log must not copy personal data.
      await recordAudit(tx, {
        actor,
        action: 'candidate.cv_attached',
        entityId: candidateId,
        candidateId,
        detail: { replaced: replaced.length > 0 },
      });
      return id;
    })
    .catch(async (failure: unknown) => {
      // The bytes were stored before the transaction; keep none that no record points at.
      await removeUnshared(store, db, [sha256]);
      throw failure;
    });
  await removeUnshared(store, db, replaced);
  return (await findCvFile(db, cvFileId))!;
}

const candidateCvMessage =
  'The candidate applied with their own CV from the careers page; it cannot be replaced.';

function refused(code: string, message: string): Conflict {
  const problem: FieldProblem = { path: 'cv', code, message };
  return new Conflict([problem], message);
}

async function removeUnshared(store: CvStore, db: Database, hashes: readonly string[]) {
  if (!hashes.length) return;
  for (const hash of await unsharedCvHashes(db, hashes)) await store.remove(hash);
}
