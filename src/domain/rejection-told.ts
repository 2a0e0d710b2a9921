/**
 * How HR told a candidate of a rejection without the rejection e-mail (a phone call, or face to
 * face). Like the e-mail, it ends Today's "send word to the candidate" and lets the portal show
 * the outcome. Only how is kept, never what was said.
 */
export const rejectionToldWays = ['phone', 'in_person'] as const;
export type RejectionToldWay = (typeof rejectionToldWays)[number];
