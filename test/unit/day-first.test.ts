import { describe, expect, test } from 'vitest';
import { readDayFirst, showDayFirst } from '../../src/domain/day-first';

describe('dates typed day first, as Indonesians write them', () => {
  test('03/04/2026 is 3 April, never 4 March; -, . and yyyy-mm-dd read too', () => {
    expect(readDayFirst('03/04/2026')).toBe('2026-04-03');
    expect(readDayFirst(' 3/4/2026 ')).toBe('2026-04-03');
    expect(readDayFirst('03-04-2026')).toBe('2026-04-03');
    expect(readDayFirst('03.04.2026')).toBe('2026-04-03');
    expect(readDayFirst('2026-04-03')).toBe('2026-04-03');
  });
  test('a date that reads only month first, a date the calendar lacks, or half a date is none', () => {
    for (const value of ['04/13/2026', '31/02/2026', '03/04', '03/04/26', '2026/04/03', '']) {
      expect(readDayFirst(value), value).toBeNull();
    }
  });
  test('shown day first in both languages', () => {
    expect(showDayFirst('2026-04-03')).toBe('03/04/2026');
    expect(showDayFirst('')).toBe('');
  });
});
