import type { Queryable } from '../../db/database';
import { findApplication, type ApplicationRow } from '../../db/queries/applications';
import { listTeamMembers } from '../../db/queries/jobs';
import { findAnsweredOffer, type AnsweredOfferRow } from '../../db/queries/offer-answers';
import { isHr } from '../../domain/roles';
import type { Actor } from '../actor';
import { isHiringManagerOf, requireJobAccess } from '../access-policy';
import { Forbidden, NotFound, whenNotFound } from '../errors';

/**
 * An offer as staff reach it: through its job. Amounts are for HR and the job's hiring manager;
 * an interviewer on the team is refused, someone outside the team gets NotFound.
 */
export async function requireOfferReader(
  tx: Queryable,
  actor: Actor,
  offerId: string,
  options: { forUpdate?: boolean } = {},
): Promise<{ offer: AnsweredOfferRow; application: ApplicationRow }> {
  const offer = await findAnsweredOffer(tx, offerId, options);
  const application = offer && (await findApplication(tx, offer.applicationId));
  if (!offer || !application) throw new NotFound('Offer');
  await requireJobAccess(tx, actor, application.jobId).catch(
    whenNotFound(() => new NotFound('Offer')),
  );
  if (!isHr(actor.role)) {
    const team = await listTeamMembers(tx, [application.jobId]);
    if (!isHiringManagerOf(actor, team)) {
      throw new Forbidden('Offers are for HR and the hiring manager.');
    }
  }
  return { offer, application };
}

/** Replying to the candidate and closing applications are HR's. */
export async function requireOfferHr(
  tx: Queryable,
  actor: Actor,
  offerId: string,
): Promise<{ offer: AnsweredOfferRow; application: ApplicationRow }> {
  const found = await requireOfferReader(tx, actor, offerId, { forUpdate: true });
  if (!isHr(actor.role)) throw new Forbidden('Only HR replies to the candidate.');
  return found;
}
