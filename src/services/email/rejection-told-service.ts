import type { Database } from '../../db/database';
import { findApplicationsForUpdate } from '../../db/queries/applications';
import { findUntoldRejection, insertRejectionTold } from '../../db/queries/untold-rejections';
import type { RejectionToldWay } from '../../domain/rejection-told';
import type { Actor } from '../actor';
import { recordAudit } from '../audit-log/audit-service';
import { requireHr, requireJobAccess } from '../access-policy';
import { Conflict, NotFound } from '../errors';

/**
 * HR told the candidate of a hiring manager's rejection by phone or in person: as the rejection
 * e-mail does, this ends Today's "send word to the candidate" and lets the portal show the
 * outcome. Nothing is sent. Only while the rejection is untold (findUntoldRejection): HR's own
 * rejection shows at once, and a told one needs no second word.
 */
export async function markRejectionTold(
  db: Database,
  actor: Actor,
  applicationId: string,
  how: RejectionToldWay,
): Promise<void> {
  requireHr(actor);
  await db.transaction(async (tx) => {
    const [application] = await findApplicationsForUpdate(tx, [applicationId]);
    if (!application) throw new NotFound('Application');
    await requireJobAccess(tx, actor, application.jobId);
    if ((await findUntoldRejection(tx, applicationId)) === null) {
      const message = 'No rejection waits to be told to this candidate.';
      throw new Conflict([{ path: 'how', code: 'nothing_untold', message }], message);
    }
    await insertRejectionTold(tx, { applicationId, how, toldBy: actor.id });
    await recordAudit(tx, {
      actor,
      action: 'candidate.told_rejection',
      entityId: applicationId,
      candidateId: application.candidateId,
      detail: { how },
    });
  });
}
