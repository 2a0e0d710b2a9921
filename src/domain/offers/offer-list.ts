import { isOfferExpired, offerStatuses, type OfferStatus } from './offer-status';

/**
 * What the offers list filters by: the domain's statuses, and `expired`, a sent offer whose last
 * day to answer has passed (it stays `sent`: only extending it, a new version, reopens it).
 */
export const offerListStatuses = [...offerStatuses, 'expired'] as const;
export type OfferListStatus = (typeof offerListStatuses)[number];

/** A sent offer past its last day to answer can no longer be accepted. */
export const isSentAndExpired = (status: OfferStatus, expiresOn: string, today: string): boolean =>
  status === 'sent' && isOfferExpired(expiresOn, today);
