import { describe, expect, it } from 'vitest';
import { minimumWageYearDue } from '../../src/domain/offers/minimum-wage-years';

describe('which year of minimum wages is due', () => {
  it('asks for the coming year from December (Jakarta time), the current year before', () => {
    // 30 November 23:59 WIB: still November in Jakarta.
    expect(minimumWageYearDue([2025, 2026], new Date('2026-11-30T16:59:00Z'))).toBeNull();
    // 1 December 00:00 WIB (30 November 17:00 UTC): the 2027 figures are due.
    expect(minimumWageYearDue([2025, 2026], new Date('2026-11-30T17:00:00Z'))).toEqual({
      year: 2027,
      latest: 2026,
    });
    expect(minimumWageYearDue([2025, 2026, 2027], new Date('2026-12-15T03:00:00Z'))).toBeNull();
    // The new year came and the figures still are not in: still said, for that year.
    expect(minimumWageYearDue([2025], new Date('2026-06-01T03:00:00Z'))).toEqual({
      year: 2026,
      latest: 2025,
    });
    expect(minimumWageYearDue([], new Date('2026-06-01T03:00:00Z'))).toEqual({
      year: 2026,
      latest: null,
    });
  });
});
