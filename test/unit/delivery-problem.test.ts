import { describe, expect, it } from 'vitest';
import { deliveryProblemOf, deliveryRetryOf } from '../../src/domain/integrations/delivery-problem';

describe('a webhook delivery failure in plain terms', () => {
  it.each([
    ['econnrefused', 'refused', null],
    ['http_500', 'http_error', 500],
    ['http_404', 'http_error', 404],
    ['http_301', 'redirected', 301],
    ['timeout', 'timeout', null],
    ['enotfound', 'host_not_found', null],
    ['econnreset', 'connection_reset', null],
    ['private_address', 'private_address', null],
    ['cert_has_expired', 'certificate', null],
    ['depth_zero_self_signed_cert', 'certificate', null],
    ['something_new', 'network', null],
  ])('%s reads as %s', (code, problem, httpStatus) => {
    expect(deliveryProblemOf(code)).toEqual({ problem, httpStatus });
  });

  it('a job waiting to retry gives the failed attempt, of how many, and its own start time', () => {
    const startAfter = new Date('2026-12-05T05:00:00Z');
    expect(deliveryRetryOf({ state: 'retry', retryCount: 0, retryLimit: 14, startAfter })).toEqual({
      failedAttempt: 1,
      attemptsAllowed: 15,
      nextAttemptAt: startAfter,
    });
    expect(deliveryRetryOf({ state: 'retry', retryCount: 3, retryLimit: 14, startAfter })).toEqual({
      failedAttempt: 4,
      attemptsAllowed: 15,
      nextAttemptAt: startAfter,
    });
    expect(deliveryRetryOf({ state: 'created', retryCount: 0, retryLimit: 14, startAfter })).toBe(
      null,
    );
    expect(deliveryRetryOf(undefined)).toBe(null);
  });
});
