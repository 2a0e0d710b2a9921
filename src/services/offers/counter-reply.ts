import type { MailSettings } from '../../config';
import type { Database, Queryable } from '../../db/database';
import { findUserById } from '../../db/queries/users';
import {
  findOpenCounter,
  insertCounterReply,
  listOfferAnswers,
  listOtherOpenApplications,
  setOfferStatus,
  type OfferAnswerRow,
  type OtherOpenApplication,
} from '../../db/queries/offer-answers';
import {
  checkHoldFirm,
  offerReplyAbilities,
  type OfferReplyAbilities,
} from '../../domain/offers/offer-answer';
import type { Actor } from '../actor';
import { Conflict } from '../errors';
import { tellCandidateOfOffer } from './offer-answer-notices';
import { requireOfferHr, requireOfferReader } from './offer-answer-access';
import { auditOfferStep } from './offer-context';

/**
 * HR keeps the offer as sent after the candidate asked for changes: the offer is open again for
 * accept or decline until it expires, and the candidate is told (with HR's note, if any).
 */
export async function holdFirm(
  db: Database,
  mail: MailSettings,
  actor: Actor,
  offerId: string,
  note: string,
): Promise<void> {
  await db.transaction(async (tx) => {
    const { offer, application } = await requireOfferHr(tx, actor, offerId);
    const checked = checkHoldFirm(offer, new Date());
    if (!checked.ok) throw new Conflict(checked.problems, 'The offer cannot be held firm now.');
    const { status } = checked.value;
    const counter = await findOpenCounter(tx, offer.id);
    if (!counter) throw noOpenCounter();
    await insertCounterReply(tx, {
      answerId: counter.id,
      kind: 'hold_firm',
      note: note.trim(),
      revisedVersion: null,
      repliedBy: actor.id,
    });
    await setOfferStatus(tx, offer.id, status);
    await auditOfferStep(tx, actor, { application }, 'offer.held_firm', {
      offerId: offer.id,
      version: offer.version,
    });
    await tellCandidateOfOffer(
      tx,
      mail,
      application,
      {
        key: `offer-hold-firm:${counter.id}:candidate`,
        template: 'offer_hold_firm',
        expiresOn: offer.expiresOn,
        note: note.trim(),
      },
      await findUserById(tx, actor.id),
    );
  });
}

/**
 * For the offer's change path: a new version written while the candidate's counter-proposal was
 * open answers it. Called inside that change's transaction; does nothing without an open counter.
 */
export async function recordCounterRevision(
  tx: Queryable,
  actor: Actor,
  offerId: string,
  revisedVersion: number,
): Promise<void> {
  const counter = await findOpenCounter(tx, offerId);
  if (!counter) return;
  await insertCounterReply(tx, {
    answerId: counter.id,
    kind: 'revised',
    note: '',
    revisedVersion,
    repliedBy: actor.id,
  });
}

/** The exchange with the candidate, for HR and the hiring manager, and what the reader may reply. */
export async function readOfferAnswers(
  db: Database,
  actor: Actor,
  offerId: string,
): Promise<{
  answers: OfferAnswerRow[];
  can: OfferReplyAbilities;
  otherApplications: OtherOpenApplication[];
}> {
  const { offer, application } = await requireOfferReader(db, actor, offerId);
  const can = offerReplyAbilities(actor.role, offer);
  // What closing would close, listed for HR to confirm; nothing to close, nothing offered.
  const otherApplications = can.closeOtherApplications
    ? await listOtherOpenApplications(db, application.candidateId, application.id)
    : [];
  return {
    answers: await listOfferAnswers(db, offerId),
    can: { ...can, closeOtherApplications: otherApplications.length > 0 },
    otherApplications,
  };
}

function noOpenCounter(): Conflict {
  return new Conflict(
    [{ path: 'offer', code: 'no_counter', message: 'This offer has no counter-proposal open.' }],
    'There is no counter-proposal to reply to.',
  );
}
