import { describe, expect, test } from 'vitest';
import {
  readDayFirst,
  readTimeOfDay,
  readTypedDay,
  showDayFirst,
  showTimeOfDay,
} from '../../src/domain/day-first';

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

describe('a date and a time typed on a phone or a keyboard', () => {
  test('eight digits are a date read day first; other runs of digits are none', () => {
    expect(readTypedDay('03042026')).toBe('2026-04-03');
    expect(readTypedDay('03/04/2026')).toBe('2026-04-03');
    for (const value of ['04132026', '0304202', '030420261', '2026']) {
      expect(readTypedDay(value), value).toBeNull();
    }
  });
  test('the 24-hour clock with a colon, a dot, on the hour or digits alone', () => {
    expect(readTimeOfDay('14:30')).toBe('14:30');
    expect(readTimeOfDay(' 14.30 ')).toBe('14:30');
    expect(readTimeOfDay('9:05')).toBe('09:05');
    expect(readTimeOfDay('14')).toBe('14:00');
    expect(readTimeOfDay('1430')).toBe('14:30');
    expect(readTimeOfDay('930')).toBe('09:30');
    expect(readTimeOfDay('00:00')).toBe('00:00');
  });
  test('no 12-hour clock, no hour 24 or minute 60, no half a time', () => {
    for (const value of ['2:30 PM', '24:00', '14:60', '14:3', '14:', '', 'jam 2', '12345']) {
      expect(readTimeOfDay(value), value).toBeNull();
    }
  });
  test('shown with a dot in Indonesian, a colon in English', () => {
    expect(showTimeOfDay('14:30', 'id')).toBe('14.30');
    expect(showTimeOfDay('14:30', 'en')).toBe('14:30');
  });
});
