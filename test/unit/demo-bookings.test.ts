import { expect, test } from 'vitest';
import { heldBooking } from '../../src/services/demo/demo-bookings';

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
