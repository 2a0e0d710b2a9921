import type { Database, Queryable } from '../../db/database';
import { listTeamMembers } from '../../db/queries/jobs';
import { findActiveUsersByIds } from '../../db/queries/users';
import {
  insertOfferApproval,
  listOfferApprovals,
  listOfferVersions,
  updateOfferStatus,
  type OfferRow,
} from '../../db/queries/offers';
import { mayApproveOffer } from '../../domain/offers/offer-approval';
import { offerApproverIds } from '../../domain/permissions';
import type { ApprovalDecision } from '../../domain/offers/offer-status';
import type { Actor } from '../actor';
import { Conflict, Forbidden, Invalid } from '../errors';
import { tellApproversOfSubmission } from './offer-answer-notices';
import { changeAsApprover, mailingDrafterStep } from './offer-change-frame';
import { auditOfferStep } from './offer-context';
import { nextStatus } from './offer-rules';
import { approvalReasonsOf, type OfferDetail } from './offer-service';

/** The offer's current version, and every approval the offer received. */
export async function currentVersionOf(tx: Queryable, offer: OfferRow) {
  const versions = await listOfferVersions(tx, [offer.id]);
  const approvals = await listOfferApprovals(tx, [offer.id]);
  return { version: versions.find((v) => v.version === offer.currentVersion)!, approvals };
}

/**
 * HR asks for approval of the current version. Someone other than its author must be able to
 * give it: the job's hiring manager or the company's named approver.
 */
export const submitOffer = mailingDrafterStep(
  async (tx, { offer, context, offerId, actor, mail }) => {
    const status = nextStatus({ status: offer.status, approvalNeeded: true }, 'submit');
    const { version, approvals } = await currentVersionOf(tx, offer);
    const team = await listTeamMembers(tx, [context.job.id]);
    const eligible = offerApproverIds(
      team.filter((m) => m.teamRole === 'hiring_manager').map((m) => m.userId),
      context.settings.approverId,
      version.createdBy,
    );
    // A deactivated user cannot sign in to approve, so they count for nobody here.
    const active = new Set((await findActiveUsersByIds(tx, eligible)).map((user) => user.id));
    const approvers = eligible.filter((id) => active.has(id));
    if (approvers.length === 0) {
      throw new Conflict(
        [{ path: 'approver', code: 'no_approver', message: 'Nobody else can approve this offer.' }],
        'Give the job a hiring manager, or ask an admin to name an offer approver.',
      );
    }
    await updateOfferStatus(tx, offerId, { status });
    await auditOfferStep(tx, actor, context, 'offer.submitted', {
      offerId,
      version: offer.currentVersion,
    });
    await tellApproversOfSubmission(tx, mail, context.application, {
      offerId,
      key: `offer-approval:${offerId}:${offer.currentVersion}:${approvals.length}`,
      approverIds: approvers,
    });
  },
);

/**
 * The job's hiring manager or the named approver approves or rejects the current version, with
 * who, when and why (a rejection must say why). Nobody approves a version they wrote.
 */
export async function decideOffer(
  db: Database,
  actor: Actor,
  offerId: string,
  request: { decision: ApprovalDecision; reason: string },
): Promise<OfferDetail> {
  return changeAsApprover(db, actor, offerId, async (tx, { offer, context }) => {
    const { version, approvals } = await currentVersionOf(tx, offer);
    const { isJobHiringManager, isNamedApprover } = context.standing;
    if (
      !mayApproveOffer({
        isJobHiringManager,
        isNamedApprover,
        wroteVersion: version.createdBy === actor.id,
      })
    ) {
      throw new Forbidden('Nobody approves an offer version they wrote themselves.');
    }
    const approvalNeeded = approvalReasonsOf(context, version, approvals).length > 0;
    const action = request.decision === 'approved' ? 'approve' : 'reject';
    const status = nextStatus({ status: offer.status, approvalNeeded }, action);
    const reason = request.reason.trim();
    if (action === 'reject' && !reason) {
      throw new Invalid([
        { path: 'reason', code: 'required', message: 'Say why the offer is rejected.' },
      ]);
    }
    await insertOfferApproval(tx, {
      offerId,
      version: offer.currentVersion,
      approverId: actor.id,
      decision: request.decision,
      reason,
    });
    await updateOfferStatus(tx, offerId, { status });
    await auditOfferStep(
      tx,
      actor,
      context,
      action === 'approve' ? 'offer.approved' : 'offer.rejected',
      { offerId, version: offer.currentVersion },
    );
  });
}
