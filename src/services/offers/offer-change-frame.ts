import type { MailSettings } from '../../config';
import type { Database, Queryable } from '../../db/database';
import type { OfferRow } from '../../db/queries/offers';
import type { Actor } from '../actor';
import { loadOffer, type OfferContext } from './offer-context';
import { requireOfferApprover, requireOfferDrafter } from './offer-rules';
import { describeOne, type OfferDetail } from './offer-service';

/** The offer a change works on, locked, with its application's context. */
export interface LockedOffer {
  offer: OfferRow;
  context: OfferContext;
}

type OfferChange = (tx: Queryable, locked: LockedOffer) => Promise<void>;

/**
 * The frame of every change to an existing offer: one transaction; the offer locked against a
 * concurrent change and access checked (another team's is a 404, an interviewer a 403); then who
 * may make this kind of change; then the change; then the offer as the actor now reads it.
 */
async function changeLocked(
  db: Database,
  actor: Actor,
  offerId: string,
  requireChanger: (locked: LockedOffer) => void,
  change: OfferChange,
): Promise<OfferDetail> {
  return db.transaction(async (tx) => {
    const locked = await loadOffer(tx, actor, offerId, { forUpdate: true });
    requireChanger(locked);
    await change(tx, locked);
    return describeOne(tx, actor, locked.context, offerId);
  });
}

/** A change HR makes (change, submit, send, extend, withdraw): the actor must draft offers. */
export function changeAsDrafter(
  db: Database,
  actor: Actor,
  offerId: string,
  change: OfferChange,
): Promise<OfferDetail> {
  return changeLocked(db, actor, offerId, () => requireOfferDrafter(actor), change);
}

/**
 * An approver's decision: the actor must be the job's hiring manager or the named approver (the
 * change itself checks they did not write the version).
 */
export function changeAsApprover(
  db: Database,
  actor: Actor,
  offerId: string,
  change: OfferChange,
): Promise<OfferDetail> {
  return changeLocked(db, actor, offerId, ({ context }) => requireOfferApprover(context), change);
}

/** What an HR step that e-mails someone works with: the locked offer, who acts, the mail settings. */
export interface MailingStep extends LockedOffer {
  offerId: string;
  actor: Actor;
  mail: MailSettings;
}

/**
 * An HR step that e-mails someone (submit tells the approvers; send, extend and withdraw tell the
 * candidate) as a use case `(db, mail, actor, offerId, ...its own input)` in changeAsDrafter's
 * frame: the one signature these steps share, written once.
 */
export function mailingDrafterStep<Input extends unknown[]>(
  step: (tx: Queryable, at: MailingStep, ...input: Input) => Promise<void>,
) {
  return (
    db: Database,
    mail: MailSettings,
    actor: Actor,
    offerId: string,
    ...input: Input
  ): Promise<OfferDetail> =>
    changeAsDrafter(db, actor, offerId, (tx, locked) =>
      step(tx, { ...locked, offerId, actor, mail }, ...input),
    );
}
