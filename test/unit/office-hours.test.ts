import { describe, expect, it } from 'vitest';
import { officeHoursConcern } from '../../src/domain/scheduling/office-hours';

describe('an interview outside office hours', () => {
  it.each([
    ['2026-12-06T10:00', 'weekend'], // a Sunday
    ['2026-12-05T09:00', 'weekend'], // a Saturday
    ['2026-12-07T07:30', 'outside_hours'], // Monday before eight
    ['2026-12-07T18:00', 'outside_hours'], // Monday at six in the evening
    ['2026-12-07T08:00', null], // Monday at opening
    ['2026-12-11T17:45', null], // Friday before closing
    ['', null], // nothing chosen yet
  ] as const)('%s reads %s', (localStart, concern) => {
    expect(officeHoursConcern(localStart)?.kind ?? null).toBe(concern);
  });

  it.each([
    ['2026-12-07T17:06', 75, { kind: 'ends_after_hours', endsAt: '18:21' }],
    ['2026-12-07T17:00', 90, { kind: 'ends_after_hours', endsAt: '18:30' }],
    ['2026-12-07T17:00', 60, null], // ends at closing
    ['2026-12-07T16:30', 60, null],
    ['2026-12-07T19:00', 60, { kind: 'outside_hours' }], // starts after closing
    ['2026-12-05T10:00', 60, { kind: 'weekend' }], // a Saturday stays a weekend, whatever its length
  ] as const)('%s for %i minutes reads %j', (localStart, minutes, concern) => {
    expect(officeHoursConcern(localStart, minutes)).toEqual(concern);
  });
});
