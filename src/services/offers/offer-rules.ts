import type { ApplicationRow } from '../../db/queries/applications';
import {
  planOfferAction,
  type OfferAction,
  type OfferStatus,
} from '../../domain/offers/offer-status';
import { mayApproveOffers, mayDraftOffers } from '../../domain/permissions';
import type { Actor } from '../actor';
import { Conflict, Forbidden } from '../errors';
import type { OfferContext } from './offer-context';

/** HR (recruiters and admins) drafts, changes, sends, extends and withdraws offers. */
export function requireOfferDrafter(actor: Actor): void {
  if (!mayDraftOffers(actor.role)) {
    throw new Forbidden('Only HR (recruiters and admins) drafts and sends offers.');
  }
}

/** The job's hiring manager or the company's named offer approver decides offers. */
export function requireOfferApprover(context: OfferContext): void {
  if (!mayApproveOffers(context.standing)) {
    throw new Forbidden(
      "The job's hiring manager or the company's offer approver approves offers.",
    );
  }
}

/** Offers are made, changed and sent while the application stands at the Offer stage. */
export function requireOfferStage(application: ApplicationRow): void {
  if (application.stage !== 'offer') {
    throw new Conflict(
      [
        {
          path: 'stage',
          code: 'wrong_stage',
          message: 'Only for an application at the Offer stage.',
        },
      ],
      'Move the application to the Offer stage first.',
    );
  }
}

/** The status the action leads to, or a Conflict naming why the offer's status refuses it. */
export function nextStatus(
  state: { status: OfferStatus; approvalNeeded: boolean },
  action: OfferAction,
): OfferStatus {
  const planned = planOfferAction(state, action);
  if (!planned.ok) throw new Conflict(planned.problems, 'The offer cannot do this now.');
  return planned.value;
}
