import { describe, expect, it } from 'vitest';
import {
  agendaWindow,
  defaultStageTargets,
  hrGateDecisionDue,
  interviewWhen,
  isDataRequestCloseToDeadline,
  isScorecardOverdue,
  isWaitingTooLong,
  isWorkingDay,
  jakartaDate,
  scorecardWait,
  stageTargetsOf,
  workingDaysBetween,
} from '../../src/domain/today';

/** An instant given as Jakarta wall-clock time (WIB, UTC+7). */
const wib = (local: string) => new Date(`${local}:00+07:00`);

describe('working days in Jakarta', () => {
  it('takes the date in Jakarta, not in UTC', () => {
    // 23:30 UTC on Thursday is already Friday morning in Jakarta.
    expect(jakartaDate(new Date('2026-12-03T23:30:00Z'))).toBe('2026-12-04');
    expect(jakartaDate(new Date('2026-12-03T16:59:00Z'))).toBe('2026-12-03');
  });

  it('has Saturday and Sunday off, and holidays when given', () => {
    expect(isWorkingDay('2026-12-04')).toBe(true); // Friday
    expect(isWorkingDay('2026-12-05')).toBe(false); // Saturday
    expect(isWorkingDay('2026-12-06')).toBe(false); // Sunday
    expect(isWorkingDay('2026-12-25', new Set(['2026-12-25']))).toBe(false);
  });

  it('counts the whole working days that have ended since a moment', () => {
    const friday = wib('2026-12-04T15:00');
    expect(workingDaysBetween(friday, wib('2026-12-04T18:00'))).toBe(0);
    expect(workingDaysBetween(friday, wib('2026-12-06T12:00'))).toBe(0); // the weekend
    expect(workingDaysBetween(friday, wib('2026-12-07T09:00'))).toBe(0); // Monday morning
    expect(workingDaysBetween(friday, wib('2026-12-08T09:00'))).toBe(1); // Monday has ended
    expect(workingDaysBetween(friday, wib('2026-12-14T09:00'))).toBe(5);
  });

  it('skips holidays and is never negative', () => {
    const monday = wib('2026-12-21T10:00');
    const christmasWeek = new Set(['2026-12-24', '2026-12-25']);
    expect(workingDaysBetween(monday, wib('2026-12-28T10:00'))).toBe(4);
    expect(workingDaysBetween(monday, wib('2026-12-28T10:00'), christmasWeek)).toBe(2);
    expect(workingDaysBetween(monday, wib('2026-12-20T10:00'))).toBe(0);
  });

  it('counts spans of any length as a calendar would, holidays on weekends changing nothing', () => {
    // Reference: walk the calendar one date at a time.
    const byHand = (from: Date, to: Date, holidays: ReadonlySet<string>) => {
      let count = 0;
      for (let day = new Date(`${jakartaDate(from)}T00:00:00Z`); ;) {
        day = new Date(day.getTime() + 86_400_000);
        const date = day.toISOString().slice(0, 10);
        if (date >= jakartaDate(to)) return count;
        if (isWorkingDay(date, holidays)) count += 1;
      }
    };
    // Idul Fitri 2026 (Fri 20 and Sat 21 March), Christmas 2026 (a Friday).
    const holidays = new Set(['2026-03-20', '2026-03-21', '2026-12-25']);
    const start = wib('2025-11-03T08:00');
    for (let hours = 0; hours < 24 * 500; hours += 37) {
      const to = new Date(start.getTime() + hours * 3_600_000);
      expect(workingDaysBetween(start, to, holidays)).toBe(byHand(start, to, holidays));
    }
    // Three years in a stage: 155 weeks of five days and the Monday-to-Wednesday after them.
    expect(workingDaysBetween(wib('2023-01-01T10:00'), wib('2025-12-25T10:00'))).toBe(155 * 5 + 3);
  });
});

describe('overdue rules', () => {
  it('flags a candidate only after more working days than the stage target', () => {
    const entered = wib('2026-12-01T10:00'); // Tuesday
    expect(isWaitingTooLong(entered, wib('2026-12-04T10:00'), 2)).toBe(false); // Wed, Thu
    expect(isWaitingTooLong(entered, wib('2026-12-05T10:00'), 2)).toBe(true); // + Fri
    // A weekend does not make anyone late.
    expect(isWaitingTooLong(wib('2026-12-03T10:00'), wib('2026-12-07T10:00'), 2)).toBe(false);
  });

  it('gives every active stage a default target, a job overrides some of them', () => {
    expect(defaultStageTargets).toEqual({
      applied: 2,
      cv_screening: 3,
      hr_interview: 7,
      tests: 5,
      user_interview: 7,
      offer: 5,
    });
    const targets = stageTargetsOf([{ stage: 'applied', workingDays: 1 }]);
    expect(targets.applied).toBe(1);
    expect(targets.offer).toBe(5);
  });

  it('makes a scorecard overdue once the working day after the interview has ended', () => {
    const fridayInterview = wib('2026-12-04T11:00');
    expect(isScorecardOverdue(fridayInterview, wib('2026-12-07T17:00'))).toBe(false);
    expect(isScorecardOverdue(fridayInterview, wib('2026-12-08T08:00'))).toBe(true);
  });

  it('warns about a data request three days before its deadline, and when it is late', () => {
    const now = wib('2026-12-04T10:00');
    expect(isDataRequestCloseToDeadline(wib('2026-12-10T10:00'), now)).toBe(false);
    expect(isDataRequestCloseToDeadline(wib('2026-12-07T10:00'), now)).toBe(true);
    expect(isDataRequestCloseToDeadline(wib('2026-12-01T10:00'), now)).toBe(true);
  });
});

describe('the agenda', () => {
  it('sorts interviews into today, the rest of the week to Sunday, and later', () => {
    const thursday = wib('2026-12-03T09:00');
    expect(interviewWhen(wib('2026-12-03T16:00'), thursday)).toBe('today');
    expect(interviewWhen(wib('2026-12-06T10:00'), thursday)).toBe('this_week');
    expect(interviewWhen(wib('2026-12-07T10:00'), thursday)).toBe('later');
  });

  it('looks at today and the six days after it', () => {
    const window = agendaWindow(wib('2026-12-03T09:00'));
    expect(window.from).toEqual(wib('2026-12-03T00:00'));
    expect(window.to).toEqual(wib('2026-12-10T00:00'));
    // On a Saturday, Monday's interviews are in view.
    expect(agendaWindow(wib('2026-12-05T09:00')).to).toEqual(wib('2026-12-12T00:00'));
  });
});

describe("HR's decision at the HR interview", () => {
  // Monday 7 December 2026, 10:00 in Jakarta.
  const now = new Date('2026-12-07T03:00:00Z');
  const interview = (startsAt: string, completed = false) => ({
    startsAt: new Date(startsAt),
    durationMinutes: 45,
    status: completed ? ('completed' as const) : ('scheduled' as const),
  });
  it('is due once the interview has begun and its panel has scored, or once scores are late', () => {
    expect(
      hrGateDecisionDue({ interview: interview('2026-12-07T02:00:00Z'), scorecardsIn: true }, now),
    ).toBe('scorecards_in');
    expect(hrGateDecisionDue({ interview: null, scorecardsIn: true }, now)).toBe('scorecards_in');
    // Booked ahead: a walk-in scorecard does not make it due before the interview.
    expect(
      hrGateDecisionDue({ interview: interview('2026-12-08T03:00:00Z'), scorecardsIn: true }, now),
    ).toBeNull();
    // Held on Thursday, nothing in by Monday: late. Held this morning: not yet.
    expect(
      hrGateDecisionDue({ interview: interview('2026-12-03T03:00:00Z'), scorecardsIn: false }, now),
    ).toBe('overdue');
    expect(
      hrGateDecisionDue({ interview: interview('2026-12-07T01:00:00Z'), scorecardsIn: false }, now),
    ).toBeNull();
  });
});

describe('one rule for "over and overdue" (scorecardWait, and the HR gate through it)', () => {
  // Monday 7 December 2026, 10:00 in Jakarta; the interview was on Thursday 3 December.
  const now = new Date('2026-12-07T03:00:00Z');
  const thursday = { startsAt: new Date('2026-12-03T03:00:00Z'), durationMinutes: 60 };
  const wait = (
    status: 'scheduled' | 'completed' | 'cancelled',
    applicationStage: string,
    stage: 'hr' | 'user' = 'user',
  ) =>
    scorecardWait(
      { interview: { ...thursday, status, stage }, unscored: true, applicationStage },
      now,
    );

  it('reads a held (completed) interview as a booked one: its missing scorecard is overdue', () => {
    expect(wait('scheduled', 'user_interview')).toBe('overdue');
    // Held, then HR ended and reopened the application: still the stage's interview.
    expect(wait('completed', 'user_interview')).toBe('overdue');
    expect(wait('cancelled', 'user_interview')).toBeNull();
  });

  it('owes nothing on an ended application (the kit takes no scorecard there)', () => {
    expect(wait('completed', 'rejected')).toBeNull();
    expect(wait('completed', 'withdrawn')).toBeNull();
  });

  it('once the stage is decided by a move on, a missing scorecard is "not submitted", no longer overdue', () => {
    // The manager said yes to the user interview: the candidate is at the offer.
    expect(wait('completed', 'offer', 'user')).toBe('not_submitted');
    expect(wait('completed', 'hired', 'user')).toBe('not_submitted');
    // HR passed (or skipped) the HR interview: the candidate is at the user interview or tests.
    expect(wait('scheduled', 'user_interview', 'hr')).toBe('not_submitted');
    expect(wait('completed', 'tests', 'hr')).toBe('not_submitted');
    // Still at the interview's own stage: still owed.
    expect(wait('completed', 'hr_interview', 'hr')).toBe('overdue');
    expect(wait('completed', 'user_interview', 'user')).toBe('overdue');
  });

  it('counts holidays the same way for the HR gate as for every other page', () => {
    // Friday 4 December a holiday: Thursday's interview has had no full working day by Monday.
    const holidays = new Set(['2026-12-04']);
    const held = { ...thursday, status: 'completed' as const, stage: 'hr' as const };
    expect(
      scorecardWait(
        { interview: held, unscored: true, applicationStage: 'hr_interview' },
        now,
        holidays,
      ),
    ).toBe('awaited');
    expect(hrGateDecisionDue({ interview: held, scorecardsIn: false }, now, holidays)).toBeNull();
    expect(hrGateDecisionDue({ interview: held, scorecardsIn: false }, now)).toBe('overdue');
  });
});
