import { describe, expect, it } from 'vitest';
import {
  planHeldInterview,
  recordedAfterwards,
  type HeldInterviewRequest,
} from '../../src/domain/scheduling/held-interview';

/** 2026-12-07 09:30 WIB. */
const now = new Date('2026-12-07T02:30:00Z');
/** Applied 2026-12-07 09:10 WIB: the walk-in was entered into Seleksi after arriving. */
const appliedAt = new Date('2026-12-07T02:10:00Z');
const request = (overrides: Partial<HeldInterviewRequest> = {}): HeldInterviewRequest => ({
  localStart: '2026-12-07T09:00',
  timeZone: 'Asia/Jakarta',
  durationMinutes: 30,
  mode: 'onsite',
  meetingUrl: '',
  address: ' Lobi kantor ',
  room: '',
  interviewerIds: ['a', 'a', 'b'],
  ...overrides,
});
const codes = (overrides: Partial<HeldInterviewRequest>, appliedByCandidate = false) => {
  const planned = planHeldInterview(request(overrides), { now, appliedAt, appliedByCandidate });
  return planned.ok ? {} : Object.fromEntries(planned.problems.map((p) => [p.path, p.code]));
};

describe('planHeldInterview', () => {
  it('takes a start earlier on the day of the application, in the zone it was held in', () => {
    const planned = planHeldInterview(request(), { now, appliedAt, appliedByCandidate: false });
    expect(planned).toEqual({
      ok: true,
      value: expect.objectContaining({
        startsAt: new Date('2026-12-07T02:00:00Z'),
        address: 'Lobi kantor',
        interviewerIds: ['a', 'b'],
      }),
    });
  });

  it('takes a start up to this minute, not after it', () => {
    expect(codes({ localStart: '2026-12-07T09:30' })).toEqual({});
    expect(codes({ localStart: '2026-12-07T09:31' })).toEqual({ localStart: 'held_in_future' });
  });

  it('refuses a day before the application, counted in the interview’s zone', () => {
    expect(codes({ localStart: '2026-12-06T16:00' })).toEqual({
      localStart: 'held_before_application',
    });
    // Earlier the same day than the application itself: a walk-in is entered after arriving.
    expect(codes({ localStart: '2026-12-07T00:00' })).toEqual({});
  });

  it('refuses a time before the minute a candidate applied themselves (the careers page)', () => {
    expect(codes({ localStart: '2026-12-07T09:09' }, true)).toEqual({
      localStart: 'held_before_applied',
    });
    expect(codes({ localStart: '2026-12-07T09:10' }, true)).toEqual({});
  });

  it('leaves the place optional but checks a link that is given', () => {
    expect(codes({ address: '' })).toEqual({});
    expect(codes({ mode: 'online', meetingUrl: '' })).toEqual({});
    expect(codes({ mode: 'online', meetingUrl: 'ruang rapat' })).toEqual({
      meetingUrl: 'meeting_link_invalid',
    });
  });

  it('needs a panel, a known zone and a real time', () => {
    expect(codes({ interviewerIds: [] })).toEqual({ interviewerIds: 'interviewer_required' });
    expect(codes({ timeZone: 'Asia/Atlantis' })).toEqual({ timeZone: 'unknown_time_zone' });
    expect(codes({ localStart: '2026-12-07T25:00' })).toEqual({ localStart: 'invalid_time' });
  });
});

describe('recordedAfterwards', () => {
  const startsAt = new Date('2026-12-07T02:00:00Z');
  it('tells a record written after the start from a booking written before it', () => {
    expect(recordedAfterwards({ kind: 'scheduled', startsAt, at: now })).toBe(true);
    const booked = new Date('2026-12-05T02:00:00Z');
    expect(recordedAfterwards({ kind: 'scheduled', startsAt, at: booked })).toBe(false);
    expect(recordedAfterwards({ kind: 'rescheduled', startsAt, at: now })).toBe(false);
  });
});
