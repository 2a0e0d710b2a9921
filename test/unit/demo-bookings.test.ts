import { expect, test } from 'vitest';
import { heldBooking } from '../../src/services/demo/demo-bookings';
import { mondayFrom } from '../../src/services/demo/demo-offers';
import { interviewDay } from '../../src/services/demo/demo-schedule';

const jakartaWeekday = (at: Date) => new Date(at.getTime() + 7 * 60 * 60 * 1000).getUTCDay();

test('a demo interview of a stay from Saturday evening to a Sunday-morning decision is not held on the Sunday', () => {
  const booking = heldBooking({
    applicationId: 'a',
    stage: 'user',
    interviewerIds: ['u'],
    bookedBy: 'h',
    // Saturday 5 December 2026, 17:15 in Jakarta; decided Sunday 6 December, 05:40 in Jakarta.
    enteredAt: new Date('2026-12-05T10:15:00Z'),
    decidedAt: new Date('2026-12-05T22:40:00Z'),
    leftAt: new Date('2026-12-05T22:40:00Z'),
    daysBefore: 1,
  });
  expect(jakartaWeekday(booking.startsAt)).toBe(6);
  expect(booking.startsAt.getTime()).toBeGreaterThan(new Date('2026-12-05T10:15:00Z').getTime());
  expect(booking.startsAt.getTime()).toBeLessThan(new Date('2026-12-05T22:40:00Z').getTime());
});

test('a demo interview of a stay within one working day keeps the slot just before the decision', () => {
  const booking = heldBooking({
    applicationId: 'a',
    stage: 'hr',
    interviewerIds: ['u'],
    bookedBy: 'h',
    // Tuesday 1 December 2026, 18:00 in Jakarta; decided 23:00 the same day.
    enteredAt: new Date('2026-12-01T11:00:00Z'),
    decidedAt: new Date('2026-12-01T16:00:00Z'),
    leftAt: null,
    daysBefore: 0,
  });
  expect(booking.startsAt.toISOString()).toBe('2026-12-01T14:45:00.000Z');
});

test('a demo interview in office hours that no round hour fits takes the latest quarter hour that day', () => {
  const booking = heldBooking({
    applicationId: 'a',
    stage: 'hr',
    interviewerIds: ['u'],
    bookedBy: 'h',
    // Tuesday 1 December 2026, 09:10 in Jakarta; decided 12:50 the same day.
    enteredAt: new Date('2026-12-01T02:10:00Z'),
    decidedAt: new Date('2026-12-01T05:50:00Z'),
    leftAt: null,
    daysBefore: 0,
  });
  expect(booking.startsAt.toISOString()).toBe('2026-12-01T04:30:00.000Z');
});

test('the upcoming demo interviews fall on weekdays: a Saturday or Sunday moves to the Monday', () => {
  // Booked on Monday 7 December 2026 at 14:00 in Jakarta.
  const now = new Date('2026-12-07T07:00:00Z');
  expect(interviewDay(now, 4).slice(0, 10)).toBe('2026-12-11');
  expect(interviewDay(now, 5).slice(0, 10)).toBe('2026-12-14');
  expect(interviewDay(now, 6).slice(0, 10)).toBe('2026-12-14');
  for (let ahead = 0; ahead < 14; ahead++) {
    const weekday = new Date(`${interviewDay(now, ahead).slice(0, 10)}T00:00:00Z`).getUTCDay();
    expect([1, 2, 3, 4, 5]).toContain(weekday);
  }
});

test('a demo offer starts on a Monday', () => {
  expect(mondayFrom('2027-01-09')).toBe('2027-01-11'); // a Saturday
  expect(mondayFrom('2027-01-10')).toBe('2027-01-11'); // a Sunday
  expect(mondayFrom('2027-01-11')).toBe('2027-01-11');
  expect(mondayFrom('2027-01-12')).toBe('2027-01-18');
});
