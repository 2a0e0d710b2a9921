import {
  closedOfferStatuses,
  isOfferExpired,
  offerStatuses,
  type OfferStatus,
} from './offer-status';

/**
 * What the offers list filters by: the domain's statuses, and `expired`, a sent offer whose last
 * day to answer has passed (it stays `sent`: only extending it, a new version, reopens it).
 */
export const offerListStatuses = [...offerStatuses, 'expired'] as const;
export type OfferListStatus = (typeof offerListStatuses)[number];

/** A sent offer past its last day to answer can no longer be accepted. */
export const isSentAndExpired = (status: OfferStatus, expiresOn: string, today: string): boolean =>
  status === 'sent' && isOfferExpired(expiresOn, today);

/** The offers list's "expiring soon": an open offer whose last day to answer is this near. */
export const offerListExpiringDays = 7;

const dayMs = 86_400_000;

/**
 * Days from today (a Jakarta date) to an open offer's last day to answer: 0 on the day itself,
 * null once the offer is closed (accepted, declined, withdrawn) or its last day has passed.
 */
export function daysLeftToAnswer(
  status: OfferStatus,
  expiresOn: string,
  today: string,
): number | null {
  if (closedOfferStatuses.includes(status) || isOfferExpired(expiresOn, today)) return null;
  return Math.round(
    (Date.parse(`${expiresOn}T00:00:00Z`) - Date.parse(`${today}T00:00:00Z`)) / dayMs,
  );
}
