import { describe, expect, it } from 'vitest';
import { settleInterviewsOnMove } from '../../src/domain/scheduling/stage-left';
import { hasTakenPlace } from '../../src/domain/scheduling/interview-schedule';

const now = new Date('2026-12-04T05:00:00Z');
const booked = (id: string, stage: 'hr' | 'user', startsAt: string, status = 'scheduled') => ({
  id,
  stage,
  startsAt: new Date(startsAt),
  status: status as 'scheduled' | 'cancelled' | 'completed',
});

describe('settleInterviewsOnMove', () => {
  it('completes what took place and calls off what is ahead, for every stage left', () => {
    expect(
      settleInterviewsOnMove(
        'offer',
        [
          booked('past', 'hr', '2026-12-01T03:00:00Z'),
          booked('ahead', 'user', '2026-12-09T03:00:00Z'),
          booked('gone', 'user', '2026-12-02T03:00:00Z', 'cancelled'),
        ],
        now,
      ),
    ).toEqual([
      { interviewId: 'past', settlement: 'completed' },
      { interviewId: 'ahead', settlement: 'skipped' },
    ]);
  });

  it('tells a skip forward from a stop: passing on past an interview is not cancelling it', () => {
    const ahead = [booked('hr-ahead', 'hr', '2026-12-09T03:00:00Z')];
    expect(settleInterviewsOnMove('user_interview', ahead, now)).toEqual([
      { interviewId: 'hr-ahead', settlement: 'skipped' },
    ]);
    expect(settleInterviewsOnMove('tests', ahead, now)).toEqual([
      { interviewId: 'hr-ahead', settlement: 'skipped' },
    ]);
    // An ended application is told apart from a step back: no new time will follow it.
    for (const to of ['rejected', 'withdrawn'] as const) {
      expect(settleInterviewsOnMove(to, ahead, now)).toEqual([
        { interviewId: 'hr-ahead', settlement: to },
      ]);
    }
    expect(settleInterviewsOnMove('cv_screening', ahead, now)).toEqual([
      { interviewId: 'hr-ahead', settlement: 'cancelled' },
    ]);
    const userAhead = [booked('user-ahead', 'user', '2026-12-09T03:00:00Z')];
    expect(settleInterviewsOnMove('hr_interview', userAhead, now)).toEqual([
      { interviewId: 'user-ahead', settlement: 'cancelled' },
    ]);
  });

  it('keeps the interview of the stage the application moves to', () => {
    expect(
      settleInterviewsOnMove('user_interview', [booked('u', 'user', '2026-12-09T03:00:00Z')], now),
    ).toEqual([]);
  });
});

describe('hasTakenPlace', () => {
  const at = (startsAt: string, status: 'scheduled' | 'cancelled' | 'completed' = 'scheduled') => ({
    status,
    startsAt: new Date(startsAt),
  });

  it('counts a begun interview, so a move completes it and a verdict may follow it alike', () => {
    const begun = booked('begun', 'user', '2026-12-04T04:30:00Z');
    expect(hasTakenPlace(begun, now)).toBe(true);
    expect(settleInterviewsOnMove('offer', [begun], now)).toEqual([
      { interviewId: 'begun', settlement: 'completed' },
    ]);
  });

  it('does not count one ahead or one cancelled, even after its time', () => {
    expect(hasTakenPlace(at('2026-12-04T05:30:00Z'), now)).toBe(false);
    expect(hasTakenPlace(at('2026-12-01T03:00:00Z', 'cancelled'), now)).toBe(false);
    expect(hasTakenPlace(at('2026-12-09T03:00:00Z', 'completed'), now)).toBe(true);
  });
});
