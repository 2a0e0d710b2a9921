import { describe, expect, it } from 'vitest';
import { contractTypeFor } from '../../src/domain/offers/offer-terms';

describe('contractTypeFor', () => {
  it('starts a contract job as a fixed-term PKWT and every other as a permanent PKWTT', () => {
    expect(contractTypeFor('contract')).toBe('pkwt');
    for (const type of ['full_time', 'part_time', 'internship', 'freelance'] as const) {
      expect(contractTypeFor(type)).toBe('pkwtt');
    }
  });
});
