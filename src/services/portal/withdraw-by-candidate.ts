import type { MailSettings } from '../../config';
import { settleOfferOnMove } from '../offers/settle-offer-on-move';
import { announceStageChange } from '../integrations/webhook-events';
import type { Database } from '../../db/database';
import {
  findApplicationsForUpdate,
  insertApplicationEvent,
  updateApplicationStage,
} from '../../db/queries/applications';
import { portalAcceptsActions } from '../../domain/portal/candidate-portal';
import { notifyRecruiterOfApplication } from './candidate-update-notice';
import type { Actor } from '../actor';
import { recordAudit } from '../audit-log/audit-service';
import { actBehindLink, processEnded } from './candidate-acts';
import { settleInterviewsOnMove } from '../scheduling/settle-interviews-on-move';

/** The candidate leaves the process: upcoming interviews are cancelled and the panel told. */
export async function withdrawByCandidate(
  db: Database,
  mail: MailSettings,
  token: string,
  reason: string,
  signedIn: Actor | undefined,
): Promise<void> {
  await actBehindLink(db, token, signedIn, async (tx, { id }) => {
    const [application] = await findApplicationsForUpdate(tx, [id]);
    if (!application || !portalAcceptsActions(application.stage)) throw processEnded();
    // Withdrawing at the offer stage closes the open offer: no reminders, not counted as waiting.
    await settleOfferOnMove(tx, null, application, 'withdrawn');
    await updateApplicationStage(tx, id, {
      stage: 'withdrawn',
      hrGateCleared: application.hrGateCleared,
    });
    const note = reason.trim();
    await insertApplicationEvent(tx, {
      applicationId: id,
      actorId: null,
      fromStage: application.stage,
      toStage: 'withdrawn',
      rejectionReason: null,
      note: note || null,
      overrodeHrGate: false,
    });
    await settleInterviewsOnMove(tx, mail, null, id, 'withdrawn', note);
    await recordAudit(tx, {
      actor: null,
      action: 'portal.withdrawn',
      entityId: id,
      candidateId: application.candidateId,
    });
    await announceStageChange(tx, application, {
      from: application.stage,
      to: 'withdrawn',
      rejectionReason: null,
    });
    await notifyRecruiterOfApplication(tx, mail, application, `withdrawn:${id}`, 'withdrawn', {
      reason: note,
    });
  });
}
