import { describe, expect, it } from 'vitest';
import {
  findConflicts,
  isHeld,
  isScoredInSlot,
  mayCorrectRecord,
  mayMoveInterview,
  mayRecordNoShow,
  planSchedule,
  reminderTime,
  slotsOverlap,
  type ScheduleRequest,
} from '../../src/domain/scheduling/interview-schedule';
import {
  formatInterviewTime,
  utcToZonedTime,
  zonedTimeToUtc,
} from '../../src/domain/scheduling/zoned-time';
import {
  checkRescheduleProposal,
  portalLinkExpired,
  portalStatus,
} from '../../src/domain/portal/candidate-portal';

const now = new Date('2026-11-23T00:00:00Z');
const request: ScheduleRequest = {
  localStart: '2026-12-03T10:00',
  timeZone: 'Asia/Jakarta',
  durationMinutes: 40,
  mode: 'online',
  meetingUrl: 'https://meet.example/x',
  address: '',
  room: '',
  receptionContact: '',
  interviewerIds: ['a'],
};

describe('time zones', () => {
  it('turns Indonesian wall-clock times into UTC and back', () => {
    expect(zonedTimeToUtc('2026-12-03T10:00', 'Asia/Jakarta')?.toISOString()).toBe(
      '2026-12-03T03:00:00.000Z',
    );
    expect(zonedTimeToUtc('2026-12-03T10:00', 'Asia/Makassar')?.toISOString()).toBe(
      '2026-12-03T02:00:00.000Z',
    );
    expect(zonedTimeToUtc('2026-12-03T10:00', 'Asia/Jayapura')?.toISOString()).toBe(
      '2026-12-03T01:00:00.000Z',
    );
    expect(utcToZonedTime(new Date('2026-12-03T03:00:00Z'), 'Asia/Jakarta')).toBe(
      '2026-12-03T10:00',
    );
  });

  it('handles daylight saving elsewhere, refusing a time that does not exist', () => {
    expect(zonedTimeToUtc('2026-07-01T09:00', 'Europe/Amsterdam')?.toISOString()).toBe(
      '2026-07-01T07:00:00.000Z',
    );
    expect(zonedTimeToUtc('2026-03-29T02:30', 'Europe/Amsterdam')).toBeUndefined();
    expect(zonedTimeToUtc('3 Desember', 'Asia/Jakarta')).toBeUndefined();
  });

  it('writes times the way candidates read them', () => {
    const at = new Date('2026-12-03T03:00:00Z');
    expect(formatInterviewTime(at, 'Asia/Jakarta', 'id')).toEqual({
      date: 'Kamis, 3 Desember 2026',
      time: '10.00 WIB',
    });
    expect(formatInterviewTime(at, 'Asia/Makassar', 'en')).toEqual({
      date: 'Thursday, 3 December 2026',
      time: '11:00 WITA',
    });
  });

  it("adds the reader's time to an interview booked in another zone, and their day when it differs", () => {
    const at = new Date('2026-12-03T03:00:00Z');
    expect(formatInterviewTime(at, 'Asia/Makassar', 'id', 'Asia/Jakarta').time).toBe(
      '11.00 WITA (10.00 WIB)',
    );
    expect(formatInterviewTime(at, 'Asia/Jayapura', 'en', 'Asia/Jakarta').time).toBe(
      '12:00 WIT (10:00 WIB)',
    );
    // The same zone, or another name for the same clock: nothing added.
    expect(formatInterviewTime(at, 'Asia/Jakarta', 'id', 'Asia/Jakarta').time).toBe('10.00 WIB');
    expect(formatInterviewTime(at, 'Asia/Pontianak', 'id', 'Asia/Jakarta').time).toBe('10.00 WIB');
    // 00.30 WITA on Friday is still Thursday evening in Jakarta.
    const late = new Date('2026-12-03T16:30:00Z');
    expect(formatInterviewTime(late, 'Asia/Makassar', 'id', 'Asia/Jakarta')).toEqual({
      date: 'Jumat, 4 Desember 2026',
      time: '00.30 WITA (Kamis 23.30 WIB)',
    });
  });
});

describe('planning an interview', () => {
  it('accepts a complete online interview, keeping only what its mode needs', () => {
    const result = planSchedule({ ...request, address: 'ignored' }, now);
    expect(result).toMatchObject({
      ok: true,
      value: { address: '', meetingUrl: 'https://meet.example/x' },
    });
  });

  it('names each missing or wrong field', () => {
    const result = planSchedule(
      { ...request, localStart: '2026-11-01T10:00', mode: 'onsite', interviewerIds: [] },
      now,
    );
    expect(result.ok ? [] : result.problems.map((p) => `${p.path}:${p.code}`)).toEqual([
      'localStart:in_the_past',
      'address:address_required',
      'interviewerIds:interviewer_required',
    ]);
    const zone = planSchedule({ ...request, timeZone: 'Mars/Olympus' }, now);
    expect(zone.ok ? [] : zone.problems.map((p) => p.code)).toEqual(['unknown_time_zone']);
  });

  it('finds overlaps for interviewers and the candidate, not for back-to-back slots', () => {
    const start = new Date('2026-12-03T03:00:00Z');
    const next = new Date('2026-12-03T03:40:00Z');
    expect(
      slotsOverlap(
        { startsAt: start, durationMinutes: 40 },
        { startsAt: next, durationMinutes: 30 },
      ),
    ).toBe(false);
    const booked = [
      {
        id: 'i1',
        candidateId: 'c1',
        interviewerIds: ['a', 'b'],
        startsAt: new Date('2026-12-03T03:30:00Z'),
        durationMinutes: 60,
      },
    ];
    const conflicts = findConflicts(
      { startsAt: start, durationMinutes: 40, candidateId: 'c1', interviewerIds: ['b', 'z'] },
      booked,
    );
    expect(conflicts.map((c) => `${c.who}:${c.personId}`)).toEqual([
      'candidate:c1',
      'interviewer:b',
    ]);
    expect(
      findConflicts(
        { startsAt: start, durationMinutes: 40, candidateId: 'c1', interviewerIds: ['b'] },
        booked,
        'i1',
      ),
    ).toEqual([]);
  });

  it('reminds 24 hours before, unless that moment has passed', () => {
    expect(reminderTime(new Date('2026-11-25T03:00:00Z'), now)?.toISOString()).toBe(
      '2026-11-24T03:00:00.000Z',
    );
    expect(reminderTime(new Date('2026-11-23T20:00:00Z'), now)).toBeUndefined();
  });
});

describe('the candidate portal', () => {
  it('says where an application stands without internal words', () => {
    expect(portalStatus('cv_screening')).toBe('received');
    expect(portalStatus('rejected')).toBe('not_continued');
    expect(portalStatus('user_interview')).toBe('user_interview');
  });

  it('keeps a link 30 days after the process ends', () => {
    const ended = new Date('2026-10-01T00:00:00Z');
    expect(portalLinkExpired('hr_interview', ended, now)).toBe(false);
    expect(portalLinkExpired('rejected', ended, now)).toBe(true);
    expect(portalLinkExpired('rejected', new Date('2026-11-10T00:00:00Z'), now)).toBe(false);
  });

  it('checks proposed times and asks for a reason', () => {
    const result = checkRescheduleProposal(
      { proposedTimes: ['2026-11-20T10:00', 'soon'], reason: ' ' },
      'Asia/Jakarta',
      now,
    );
    expect(result.ok ? [] : result.problems.map((p) => `${p.path}:${p.code}`)).toEqual([
      'proposedTimes.0:in_the_past',
      'proposedTimes.1:invalid_time',
      'reason:required',
    ]);
  });
});

describe('a held interview', () => {
  const startsAt = new Date('2026-12-03T03:00:00Z');
  const booked = { status: 'scheduled' as const, startsAt, durationMinutes: 60, recorded: false };
  const at = (minutes: number) => new Date(startsAt.getTime() + minutes * 60_000);

  it('reads a record made afterwards (a walk-in) as held with no scorecard in, once begun', () => {
    const recorded = { ...booked, recorded: true };
    expect(isHeld(recorded, false, at(90))).toBe(true);
    expect(isHeld(recorded, false, at(30))).toBe(true);
    expect(mayMoveInterview(recorded, false, at(90))).toBe(false);
    expect(mayCorrectRecord(recorded)).toBe(true);
    expect(mayCorrectRecord({ ...recorded, status: 'completed' })).toBe(false);
    expect(mayCorrectRecord(booked)).toBe(false);
  });

  it('reads as held once begun and a scorecard is in, before its booked end', () => {
    expect(isHeld(booked, true, at(30))).toBe(true);
    expect(isHeld(booked, false, at(30))).toBe(false);
  });

  it('is shown as scored, not done, while its booked time still runs; a walk-in record is done', () => {
    expect(isScoredInSlot(booked, true, at(30))).toBe(true);
    expect(isScoredInSlot(booked, true, at(booked.durationMinutes))).toBe(false);
    expect(isScoredInSlot(booked, false, at(30))).toBe(false);
    expect(isScoredInSlot(booked, true, at(-5))).toBe(false);
    expect(isScoredInSlot({ ...booked, recorded: true }, true, at(30))).toBe(false);
    expect(isScoredInSlot({ ...booked, status: 'completed' }, true, at(30))).toBe(false);
  });

  it('stays booked past its end while no scorecard is in (a missed interview HR may move)', () => {
    expect(isHeld(booked, false, at(90))).toBe(false);
  });

  it('is not held before it starts, even with a scorecard (written early)', () => {
    expect(isHeld(booked, true, at(-5))).toBe(false);
  });

  it('may be marked "did not come" once begun with no scorecard in, and only a booking', () => {
    expect(mayRecordNoShow(booked, false, at(1))).toBe(true);
    expect(mayRecordNoShow(booked, false, at(-1))).toBe(false);
    expect(mayRecordNoShow(booked, true, at(90))).toBe(false);
    expect(mayRecordNoShow({ ...booked, recorded: true }, false, at(90))).toBe(false);
    expect(mayRecordNoShow({ ...booked, status: 'cancelled' }, false, at(90))).toBe(false);
  });

  it('is held when completed and never when cancelled', () => {
    expect(isHeld({ ...booked, status: 'completed' }, false, at(-60))).toBe(true);
    expect(isHeld({ ...booked, status: 'cancelled' }, true, at(120))).toBe(false);
  });
});
