import type { MailSettings } from '../../config';
import type { Database } from '../../db/database';
import { findApplicationsForUpdate } from '../../db/queries/applications';
import {
  listOtherOpenApplicationIds,
  markOtherApplicationsClosed,
} from '../../db/queries/offer-answers';
import type { Actor } from '../actor';
import { Conflict } from '../errors';
import { moveInTransaction } from '../pipeline/application-service';
import { requireOfferHr } from './offer-answer-access';
import { auditOfferStep } from './offer-context';

/** Written on each closed application's history (HR's own words would say the same). */
const closingNote = 'Accepted an offer for another job; closed by HR.';

/**
 * After the candidate accepted, HR confirms closing their other open applications: all of them
 * move to Withdrawn in one transaction (their interviews are cancelled as with any move). Never
 * automatic: a candidate may hold two roles' processes for a reason HR knows.
 */
export async function closeOtherApplications(
  db: Database,
  mail: MailSettings,
  actor: Actor,
  offerId: string,
): Promise<{ closed: number }> {
  return db.transaction(async (tx) => {
    const { offer, application } = await requireOfferHr(tx, actor, offerId);
    if (offer.status !== 'accepted') {
      throw new Conflict(
        [{ path: 'offer', code: 'not_accepted', message: 'The offer has not been accepted.' }],
        'Other applications close only after the candidate accepted.',
      );
    }
    const ids = await listOtherOpenApplicationIds(tx, application.candidateId, application.id);
    for (const other of await findApplicationsForUpdate(tx, ids)) {
      await moveInTransaction(tx, mail, actor, other, { toStage: 'withdrawn', note: closingNote });
    }
    await markOtherApplicationsClosed(tx, offer.id);
    await auditOfferStep(tx, actor, { application }, 'offer.other_applications_closed', {
      offerId: offer.id,
      closed: ids.length,
    });
    return { closed: ids.length };
  });
}
