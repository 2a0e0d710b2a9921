import { scrubCandidateDeliveries } from '../../db/queries/webhooks';
import { refreshPlannerStatistics } from '../../db/planner-statistics';
import type { Database } from '../../db/database';
import { findCandidate } from '../../db/queries/candidates';
import {
  anonymiseCandidateRecords,
  extendRetention,
  findRetentionMonths,
  listFinishedCandidates,
  updateRetentionMonths,
  type RetentionCandidateRow,
} from '../../db/queries/retention';
import { anonymiseAfter, anonymousName } from '../../domain/privacy/retention';
import type { Actor } from '../actor';
import { requireAbility, requireHr } from '../access-policy';
import { recordAudit } from '../audit-log/audit-service';
import type { CvStore } from '../candidates/cv-store';
import { Invalid, NotFound } from '../errors';
import { queueErasedDataPurge } from './erased-data-purge';

const day = 24 * 60 * 60 * 1000;
/** Candidates due within this window are listed so HR can extend in time. */
const noticeDays = 30;

export interface RetentionDue {
  candidateId: string;
  fullName: string;
  lastEndedAt: Date;
  anonymiseAt: Date;
  extendedUntil: Date | null;
  extensionReason: string | null;
}

async function dueCandidates(db: Database, now: Date, withinDays: number) {
  const months = await findRetentionMonths(db);
  return (await listFinishedCandidates(db))
    .map((row) => ({
      ...row,
      anonymiseAt: anonymiseAfter(row.lastEndedAt, months, row.extendedUntil),
    }))
    .filter((row) => row.anonymiseAt.getTime() <= now.getTime() + withinDays * day)
    .sort((a, b) => a.anonymiseAt.getTime() - b.anonymiseAt.getTime());
}

/**
 * When this candidate's data will be anonymised, for their page: only once every application has
 * ended (rejected or withdrawn) and while they are not anonymised yet. From what the page has
 * read with the rest of it (finishedCandidateById, the months), not in statements of its own.
 */
export function anonymisationDateFrom(
  finished: RetentionCandidateRow | undefined,
  months: number,
): Date | undefined {
  return finished && anonymiseAfter(finished.lastEndedAt, months, finished.extendedUntil);
}

/** The company's retention period and who is due for anonymisation in the next 30 days (HR). */
export async function retentionOverview(
  db: Database,
  actor: Actor,
): Promise<{ months: number; due: RetentionDue[] }> {
  requireHr(actor);
  return {
    months: await findRetentionMonths(db),
    due: await dueCandidates(db, new Date(), noticeDays),
  };
}

export async function setRetentionMonths(
  db: Database,
  actor: Actor,
  months: number,
): Promise<void> {
  requireAbility(actor, 'setRetention', 'Only admins set the retention period.');
  await db.transaction(async (tx) => {
    await updateRetentionMonths(tx, months, actor.id);
    await recordAudit(tx, { actor, action: 'settings.retention_changed', entityId: null });
  });
}

/** HR keeps a candidate longer (e.g. for a role opening soon), always with a reason. */
export async function extendCandidateRetention(
  db: Database,
  actor: Actor,
  candidateId: string,
  extension: { months: number; reason: string },
): Promise<void> {
  requireHr(actor);
  const reason = extension.reason.trim();
  if (!reason) throw new Invalid([{ path: 'reason', code: 'required', message: 'Say why.' }]);
  await db.transaction(async (tx) => {
    if (!(await findCandidate(tx, candidateId))) throw new NotFound('Candidate');
    const until = new Date(Date.now() + extension.months * 30 * day);
    await extendRetention(tx, candidateId, until, reason);
    await recordAudit(tx, {
      actor,
      action: 'candidate.retention_extended',
      entityId: candidateId,
      candidateId,
    });
  });
}

/** The scheduled job: anonymises every candidate whose retention has passed, one transaction each. */
export async function anonymiseExpiredCandidates(
  db: Database,
  store: CvStore,
  now = new Date(),
): Promise<number> {
  const expired = await dueCandidates(db, now, 0);
  for (const candidate of expired) {
    const unused = await db.transaction(async (tx) => {
      const files = await anonymiseCandidateRecords(tx, candidate.candidateId, anonymousName);
      // Webhook payloads queued or logged about them lose the personal data too.
      await scrubCandidateDeliveries(tx, candidate.candidateId);
      await recordAudit(tx, {
        actor: null,
        action: 'candidate.anonymised',
        entityId: candidate.candidateId,
        candidateId: candidate.candidateId,
      });
      // At most one purge waits: a long batch may be purged while it runs, and is once after it.
      await queueErasedDataPurge(tx);
      return files;
    });
    for (const sha256 of unused) await store.remove(sha256);
  }
  // Many rows changed at once; PGlite has no autovacuum to notice.
  if (expired.length) await refreshPlannerStatistics(db, retentionTables);
  return expired.length;
}

/** The tables anonymising rewrites or empties. */
const retentionTables = [
  'candidates',
  'applications',
  'email_messages',
  'cv_files',
  'consents',
  'scorecards',
  'talent_pool_invitations',
  'portal_links',
];
