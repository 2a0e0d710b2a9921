import { problem, ok, type Result } from '../result';

/**
 * Where an offer stands. HR drafts it; when approval is needed it awaits the hiring manager or the
 * company's approver; approved (or a draft needing none) it is sent; the candidate answers in the
 * portal (accept, decline, or a counter-proposal HR answers with a new version). A change after
 * approval or sending is a new version and starts again from draft.
 */
export const offerStatuses = [
  'draft',
  'awaiting_approval',
  'approved',
  'sent',
  'countered',
  'accepted',
  'declined',
  'withdrawn',
] as const;
export type OfferStatus = (typeof offerStatuses)[number];

/** A declined or withdrawn offer stays as history; another one may be drafted beside it. */
export const closedOfferStatuses: readonly OfferStatus[] = ['accepted', 'declined', 'withdrawn'];
export const isOfferLive = (status: OfferStatus): boolean =>
  status !== 'declined' && status !== 'withdrawn';

/** What HR and the approvers do to an offer (the candidate's answers are the portal's). */
export const offerActions = [
  'change',
  'submit',
  'approve',
  'reject',
  'send',
  'extend',
  'withdraw',
] as const;
export type OfferAction = (typeof offerActions)[number];

/** Why a version exists: the first draft, a change by HR, a revision answering a counter. */
export const offerVersionReasons = ['draft', 'change', 'counter_revision'] as const;
export type OfferVersionReason = (typeof offerVersionReasons)[number];

export const approvalDecisions = ['approved', 'rejected'] as const;
export type ApprovalDecision = (typeof approvalDecisions)[number];

const open: readonly OfferStatus[] = [
  'draft',
  'awaiting_approval',
  'approved',
  'sent',
  'countered',
];

const allowedFrom: Record<OfferAction, readonly OfferStatus[]> = {
  change: open,
  submit: ['draft'],
  approve: ['awaiting_approval'],
  reject: ['awaiting_approval'],
  send: ['draft', 'approved'],
  extend: open,
  withdraw: open,
};

export interface OfferState {
  status: OfferStatus;
  /** Whether the current version needs an approval before it is sent (see `approvalNeeded`). */
  approvalNeeded: boolean;
}

/**
 * The status an action leads to, or why it is refused now (`wrong_status`, or `approval_needed`
 * when a draft that needs approval is sent before it was approved).
 */
export function planOfferAction(state: OfferState, action: OfferAction): Result<OfferStatus> {
  if (!allowedFrom[action].includes(state.status)) {
    return problem(
      'status',
      'wrong_status',
      `An offer that is ${state.status} cannot be ${action}ed.`,
    );
  }
  switch (action) {
    case 'change':
      return ok('draft');
    case 'submit':
    case 'approve':
    case 'reject':
      return ok(
        action === 'submit' ? 'awaiting_approval' : action === 'approve' ? 'approved' : 'draft',
      );
    case 'send':
      return state.status === 'draft' && state.approvalNeeded
        ? problem('status', 'approval_needed', 'This offer needs approval before it is sent.')
        : ok('sent');
    case 'extend':
      return ok(state.status);
    case 'withdraw':
      return ok('withdrawn');
  }
}

/** The reason a new version records: answering the candidate's counter-proposal, or a change. */
export const reasonForChange = (status: OfferStatus): OfferVersionReason =>
  status === 'countered' ? 'counter_revision' : 'change';

/** Whether an offer past its expiry date (a Jakarta date) can no longer be accepted. */
export const isOfferExpired = (expiresOn: string, today: string): boolean => expiresOn < today;
