import type { Database } from '../../db/database';
import { findCandidateContact } from '../../db/queries/candidate-contacts';
import { withdrawConsent } from '../../db/queries/consents';
import type { Actor } from '../actor';
import { requireCandidateAccess, requireHr } from '../access-policy';
import { recordAudit } from '../audit-log/audit-service';
import { Conflict, NotFound } from '../errors';

/** HR records that the candidate left the pool (they asked by phone or e-mail). */
export async function removeFromTalentPool(
  db: Database,
  actor: Actor,
  candidateId: string,
): Promise<void> {
  requireHr(actor);
  await db.transaction(async (tx) => {
    await requireCandidateAccess(tx, actor, candidateId);
    if (!(await findCandidateContact(tx, candidateId))) throw new NotFound('Candidate');
    if (!(await withdrawConsent(tx, candidateId, 'talent_pool'))) {
      const message = 'The candidate is not in the talent pool.';
      throw new Conflict([{ path: 'candidate', code: 'not_in_talent_pool', message }], message);
    }
    await recordAudit(tx, {
      actor,
      action: 'talent_pool.left',
      entityId: candidateId,
      candidateId,
      detail: { channel: 'recorded_by_hr' },
    });
  });
}
