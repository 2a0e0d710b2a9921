/**
 * Requests a candidate makes about their personal data under Indonesia's UU PDP (Law 27/2022).
 * The company has 3 × 24 hours to act on access, correction, withdrawal of consent and erasure.
 */
export const dataRequestKinds = ['access', 'correction', 'withdrawal', 'erasure'] as const;
export type DataRequestKind = (typeof dataRequestKinds)[number];

export const dataRequestChannels = ['email', 'portal', 'phone', 'letter', 'in_person'] as const;
export type DataRequestChannel = (typeof dataRequestChannels)[number];

export const dataRequestOutcomes = [
  'exported',
  'corrected',
  'restricted',
  'erased',
  'refused',
] as const;
export type DataRequestOutcome = (typeof dataRequestOutcomes)[number];

const hour = 60 * 60 * 1000;
export const responseHours = 72;
/** Requests with less than this left are shown first, in warning colours. */
export const dueSoonHours = 24;

export function dueAt(receivedAt: Date): Date {
  return new Date(receivedAt.getTime() + responseHours * hour);
}

export const deadlineStates = ['done', 'overdue', 'due_soon', 'open'] as const;
export type DeadlineState = (typeof deadlineStates)[number];

export function deadlineState(
  request: { dueAt: Date; completedAt: Date | null },
  now: Date,
): DeadlineState {
  if (request.completedAt) return 'done';
  const left = request.dueAt.getTime() - now.getTime();
  if (left < 0) return 'overdue';
  return left <= dueSoonHours * hour ? 'due_soon' : 'open';
}

/** The outcome a request of each kind normally ends with; refusing is always possible. */
export const expectedOutcome: Record<DataRequestKind, DataRequestOutcome> = {
  access: 'exported',
  correction: 'corrected',
  withdrawal: 'restricted',
  erasure: 'erased',
};
