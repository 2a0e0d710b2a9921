import type { Database } from '../../db/database';
import { findCandidate } from '../../db/queries/candidates';
import { refreshCandidateCvText } from '../../db/queries/cv-files';
import {
  applicationsOfCandidates,
  findPossibleDuplicates,
  foldApplicationInto,
  lockApplicationsOfCandidates,
  lockCandidates,
  markDistinctCandidates,
  moveCandidateRecords,
  type DuplicateApplicationRow,
  type DuplicateCandidateRow,
} from '../../db/queries/duplicates';
import { normaliseTags } from '../../domain/candidate';
import type { Locale } from '../../domain/locale';
import {
  applicationToKeep,
  duplicateReasonsWith,
  mergedContact,
  mergedDuplicateNote,
  mergedSourceDetail,
  nameSimilarity,
  nameWords,
  type DuplicateReason,
} from '../../domain/duplicates';
import type { Actor } from '../actor';
import { panelScope, requireCandidateAccess, requireHr, teamScope } from '../access-policy';
import { recordAudit } from '../audit-log/audit-service';
import { Conflict, Invalid, NotFound } from '../errors';

export interface PossibleDuplicate extends DuplicateCandidateRow {
  reasons: DuplicateReason[];
  nameSimilarity: number;
  /** What tells the records apart for HR: each one's jobs and when it applied. */
  applications: Omit<DuplicateApplicationRow, 'candidateId'>[];
}

/** Enough to settle a record by; more would be a list of namesakes, not duplicates. */
const shownDuplicates = 50;

/** Other candidates who look like the same person, among those the actor may see (oldest first). */
export async function listDuplicates(
  db: Database,
  actor: Actor,
  candidateId: string,
): Promise<PossibleDuplicate[]> {
  await requireCandidateAccess(db, actor, candidateId);
  const candidate = await findCandidate(db, candidateId);
  if (!candidate) throw new NotFound('Candidate');
  // Matches name other people and their contact details: HR's to settle, not an interviewer's.
  if (panelScope(actor)) return [];
  const rows = await findPossibleDuplicates(
    db,
    candidate,
    nameWords(candidate.fullName),
    teamScope(actor),
  );
  const reasonsOf = duplicateReasonsWith(candidate);
  const flagged: (DuplicateCandidateRow & { reasons: DuplicateReason[] })[] = [];
  for (const row of rows) {
    const reasons = reasonsOf(row);
    if (reasons.length === 0) continue;
    const { createdAtMs, ...candidateRow } = row;
    flagged.push({ ...candidateRow, createdAt: new Date(createdAtMs), reasons });
    if (flagged.length === shownDuplicates) break;
  }
  const applications = await applicationsOfCandidates(
    db,
    flagged.map((row) => row.id),
    teamScope(actor),
  );
  return flagged.map((row) => ({
    ...row,
    nameSimilarity: Math.round(nameSimilarity(candidate.fullName, row.fullName) * 100) / 100,
    applications: applications
      .filter((a) => a.candidateId === row.id)
      .map(({ candidateId: _owner, ...application }) => application),
  }));
}

/**
 * HR checked a flagged pair and they are two people (a common name in the same city, a shared
 * family phone): the pair is no longer flagged, from either side.
 */
export async function markNotDuplicate(
  db: Database,
  actor: Actor,
  candidateId: string,
  otherId: string,
): Promise<void> {
  requireHr(actor);
  if (candidateId === otherId) {
    throw new Invalid([
      { path: 'duplicateId', code: 'same_candidate', message: 'Choose another candidate.' },
    ]);
  }
  await db.transaction(async (tx) => {
    const found = await lockCandidates(tx, [candidateId, otherId]);
    if (!found.some((c) => c.id === candidateId)) throw new NotFound('Candidate');
    if (!found.some((c) => c.id === otherId)) {
      throw new Invalid([
        { path: 'duplicateId', code: 'unknown_candidate', message: 'No candidate with this id.' },
      ]);
    }
    await markDistinctCandidates(tx, [candidateId, otherId], actor.id);
    await recordAudit(tx, {
      actor,
      action: 'candidate.marked_distinct',
      entityId: candidateId,
      candidateId,
      detail: { otherCandidateId: otherId },
    });
  });
}

/**
 * Merges a duplicate into the candidate HR keeps, in one transaction: every application, event,
 * CV file and consent moves over, tags are united, notes appended, and the kept record's missing
 * phone, city, portfolio or "Other" source words come from the duplicate. The kept record's name
 * and e-mail stay; the duplicate's e-mail and phone are written into the notes (mergedContact,
 * as the confirmation tells HR). The duplicate record is then deleted.
 * Where both applied to the same job, the application further along stays and the other's
 * history joins it; if that other one already has interviews scored, HR must resolve it first.
 * The note naming the duplicate is written in `locale`, the language of the HR user merging.
 */
export async function mergeCandidates(
  db: Database,
  actor: Actor,
  keptId: string,
  merge: { duplicateId: string; locale: Locale },
): Promise<void> {
  const mergedId = merge.duplicateId;
  const locale = merge.locale;
  requireHr(actor);
  if (keptId === mergedId) {
    throw new Invalid([
      { path: 'duplicateId', code: 'same_candidate', message: 'Choose another candidate.' },
    ]);
  }
  await db.transaction(async (tx) => {
    const locked = await lockCandidates(tx, [keptId, mergedId]);
    const kept = locked.find((c) => c.id === keptId);
    const merged = locked.find((c) => c.id === mergedId);
    if (!kept) throw new NotFound('Candidate');
    if (!merged) {
      throw new Invalid([
        { path: 'duplicateId', code: 'unknown_candidate', message: 'No candidate with this id.' },
      ]);
    }
    const applications = await lockApplicationsOfCandidates(tx, [keptId, mergedId]);
    const folded: string[] = [];
    for (const mine of applications.filter((a) => a.candidateId === mergedId)) {
      const theirs = applications.find((a) => a.candidateId === keptId && a.jobId === mine.jobId);
      if (!theirs) continue;
      const keep = applicationToKeep(theirs, mine);
      const drop = keep === theirs ? mine : theirs;
      if (drop.hasInterviews) {
        throw new Conflict(
          [
            {
              path: 'duplicateId',
              code: 'both_interviewed',
              message:
                'Both records applied to the same job and the one that would be folded away has interviews scored.',
            },
          ],
          'These candidates cannot be merged automatically.',
        );
      }
      await foldApplicationInto(tx, drop.id, keep.id);
      folded.push(drop.id);
    }
    const source = mergedSourceDetail(kept, merged);
    const mergedNote = mergedDuplicateNote(merged, locale, source.forNote);
    await moveCandidateRecords(tx, {
      keptId,
      mergedId,
      actorId: actor.id,
      fields: {
        phone: mergedContact(kept, merged).phone,
        city: kept.city ?? merged.city,
        sourceDetail: source.sourceDetail,
        portfolioUrl: kept.portfolioUrl ?? merged.portfolioUrl,
        tags: normaliseTags([...kept.tags, ...merged.tags]),
        notes: [kept.notes, merged.notes, mergedNote].filter(Boolean).join('\n\n'),
      },
    });
    await refreshCandidateCvText(tx, keptId);
    await recordAudit(tx, {
      actor,
      action: 'candidate.merged',
      entityId: keptId,
      candidateId: keptId,
      detail: {
        mergedCandidateId: mergedId,
        movedApplications: applications.filter((a) => a.candidateId === mergedId).length,
        foldedApplicationIds: folded,
      },
    });
  });
}
