import { describe, expect, it } from 'vitest';
import {
  conversionRate,
  isEnoughSample,
  median,
  minimumSample,
  p90,
  passThroughRate,
  percentile,
  shownWhenEnough,
} from '../../src/domain/reports/statistics';

describe('report statistics on hand-made data', () => {
  it('takes the median of an odd and an even number of values, in any order', () => {
    expect(median([9, 1, 5])).toBe(5);
    expect(median([4, 1, 3, 2])).toBe(2.5);
    expect(median([7])).toBe(7);
    expect(median([])).toBeNull();
  });

  it('interpolates percentiles between the closest ranks, as PostgreSQL percentile_cont', () => {
    // 1..10: position 0.9 * 9 = 8.1 → 9 + 0.1 * (10 - 9)
    expect(p90([1, 2, 3, 4, 5, 6, 7, 8, 9, 10])).toBeCloseTo(9.1, 10);
    expect(percentile([10, 20], 0.25)).toBe(12.5);
    expect(percentile([3, 1, 2], 0)).toBe(1);
    expect(percentile([3, 1, 2], 1)).toBe(3);
    // One slow case dominates p90 but not the median.
    const days = [2, 2, 3, 3, 3, 4, 4, 5, 6, 40];
    expect(median(days)).toBe(3.5);
    expect(p90(days)).toBeCloseTo(9.4, 10);
    expect(() => percentile([1], 1.5)).toThrow(RangeError);
  });

  it('computes pass-through as the share of those who entered that went on', () => {
    expect(passThroughRate(40, 22)).toBe(0.55);
    expect(passThroughRate(10, 10)).toBe(1);
    expect(passThroughRate(10, 0)).toBe(0);
    expect(passThroughRate(0, 0)).toBeNull();
    expect(() => passThroughRate(3, 4)).toThrow(RangeError);
    expect(conversionRate(200, 5)).toBe(0.025);
    expect(conversionRate(0, 0)).toBeNull();
  });

  it(`hides figures from fewer than ${minimumSample} cases`, () => {
    expect(minimumSample).toBe(5);
    expect(isEnoughSample(4)).toBe(false);
    expect(isEnoughSample(5)).toBe(true);
    expect(shownWhenEnough(0.75, 4)).toBeNull();
    expect(shownWhenEnough(0.75, 5)).toBe(0.75);
  });
});
