import { announceErasure } from '../integrations/webhook-events';
import type { Database, Queryable } from '../../db/database';
import { findCandidate } from '../../db/queries/candidates';
import { detachAnonymisedRecords, readCandidateRecords } from '../../db/queries/candidate-records';
import { anonymiseCandidateRecords } from '../../db/queries/retention';
import { anonymousName } from '../../domain/privacy/retention';
import { completeOpenRequests, restrictProcessing } from '../../db/queries/data-requests';
import { forgetCandidateInAuditLog } from '../../db/queries/audit-log';
import { revokePortalLinks } from '../../db/queries/portal-links';
import { expectedOutcome, type DataRequestKind } from '../../domain/privacy/data-request';
import JSZip from 'jszip';
import type { Actor } from '../actor';
import type { CvStore } from '../candidates/cv-store';
import { requireHr } from '../access-policy';
import { recordAudit } from '../audit-log/audit-service';
import { NotFound } from '../errors';
import { queueErasedDataPurge } from './erased-data-purge';

/**
 * The candidate's rights in practice (UU PDP): a copy of their data, a stop to processing, and
 * erasure. Each answers the open requests of its kind in the same transaction.
 */
export async function exportCandidateData(db: Database, actor: Actor, candidateId: string) {
  return (await readCandidateExport(db, actor, candidateId)).data;
}

/**
 * The export and, beside it, each CV's stored hash read in the same access-checked query, so the
 * archive cannot pair a file with the wrong entry.
 */
async function readCandidateExport(db: Database, actor: Actor, candidateId: string) {
  return answerRight(db, actor, candidateId, 'access', async (tx) => {
    await recordAudit(tx, {
      actor,
      action: 'candidate.exported',
      entityId: candidateId,
      candidateId,
    });
    const records = await readCandidateRecords(tx, candidateId);
    const cvFiles = records.cvFiles.map(({ sha256, ...file }, index) => ({
      sha256: String(sha256),
      // Where each file sits in the archive, not where we store it.
      file: { ...file, archivePath: cvArchivePath(index, String(file.fileName)) },
    }));
    return {
      data: {
        exportedAt: new Date().toISOString(),
        ...records,
        cvFiles: cvFiles.map(({ file }) => file),
      },
      cvFiles,
    };
  });
}

/**
 * The access request's answer as one archive: `candidate.json` plus every CV file the candidate
 * sent, so they get back exactly what they gave (UU PDP: data in a machine-readable form).
 */
export async function exportCandidateArchive(
  db: Database,
  store: CvStore,
  actor: Actor,
  candidateId: string,
): Promise<Buffer> {
  const { data, cvFiles } = await readCandidateExport(db, actor, candidateId);
  const zip = new JSZip();
  zip.file('candidate.json', JSON.stringify(data, null, 2));
  for (const { sha256, file } of cvFiles) zip.file(file.archivePath, await store.read(sha256));
  return zip.generateAsync({ type: 'nodebuffer', compression: 'DEFLATE' });
}

function cvArchivePath(index: number, fileName: string): string {
  return `cv/${index + 1}-${fileName.replace(/[^\w.\- ]/g, '_')}`;
}

/** Consent withdrawn: no more e-mails, no portal, hidden from lists and search; the record stays. */
export async function restrictCandidateProcessing(
  db: Database,
  actor: Actor,
  candidateId: string,
): Promise<void> {
  await answerRight(db, actor, candidateId, 'withdrawal', async (tx) => {
    await restrictProcessing(tx, candidateId);
    const applications = await tx.query<{ id: string }>(
      'SELECT id FROM applications WHERE candidate_id = $1',
      [candidateId],
    );
    for (const { id } of applications) await revokePortalLinks(tx, id);
    await recordAudit(tx, {
      actor,
      action: 'candidate.processing_restricted',
      entityId: candidateId,
      candidateId,
    });
  });
}

export async function eraseCandidate(
  db: Database,
  store: CvStore,
  actor: Actor,
  candidateId: string,
): Promise<void> {
  const unusedFiles = await answerRight(db, actor, candidateId, 'erasure', async (tx) => {
    // The same routine as the retention period's end: every personal datum goes, the facts the
    // reports count (stages, dates, outcomes, ratings) stay, so an erasure rewrites no report.
    const files = await anonymiseCandidateRecords(tx, candidateId, anonymousName);
    await detachAnonymisedRecords(tx, candidateId);
    // The log keeps what happened to them, but nothing that points at them any more.
    await forgetCandidateInAuditLog(tx, candidateId);
    await recordAudit(tx, { actor, action: 'candidate.erased', entityId: null });
    await announceErasure(tx, candidateId);
    // The deleted rows' bytes stay in the database files until this rewrites them away.
    await queueErasedDataPurge(tx);
    return files;
  });
  // After the commit: a rolled-back erasure must not have lost the files.
  for (const sha256 of unusedFiles) await store.remove(sha256);
}

/**
 * HR acts on one of the candidate's rights, in one transaction: the candidate must exist, and the
 * open requests of that kind are answered with its usual outcome (an export answers access).
 */
async function answerRight<T>(
  db: Database,
  actor: Actor,
  candidateId: string,
  kind: DataRequestKind,
  act: (tx: Queryable) => Promise<T>,
): Promise<T> {
  requireHr(actor);
  return db.transaction(async (tx) => {
    if (!(await findCandidate(tx, candidateId))) throw new NotFound('Candidate');
    await completeOpenRequests(tx, candidateId, [kind], expectedOutcome[kind], actor.id);
    return act(tx);
  });
}
