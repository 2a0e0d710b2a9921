import type { InterviewStage } from '../interview';
import { ok, type FieldProblem, type Result } from '../result';
import { isTimeZone, zonedTimeToUtc } from './zoned-time';

export type InterviewMode = 'online' | 'onsite';
export const interviewModes: readonly InterviewMode[] = ['online', 'onsite'];

/**
 * A cancelled interview stays on record; rescheduling changes a scheduled one in place; leaving
 * its stage after it took place completes it.
 */
export const interviewStatuses = ['scheduled', 'cancelled', 'completed'] as const;
export type InterviewStatus = (typeof interviewStatuses)[number];

/** The candidate's answer to an invitation, from the portal. */
export const candidateResponses = ['pending', 'confirmed', 'reschedule_requested'] as const;
export type CandidateResponse = (typeof candidateResponses)[number];

/** What happened to an interview, in its history. */
export const interviewEventKinds = [
  'scheduled',
  'rescheduled',
  'cancelled',
  'confirmed',
  'reschedule_requested',
  'completed',
  /** A record of a held interview (a walk-in) corrected: its time, panel or place. */
  'corrected',
  /** HR recorded that the candidate did not come: the interview is off (status 'cancelled'). */
  'no_show',
] as const;
export type InterviewEventKind = (typeof interviewEventKinds)[number];

/** Where, how and with whom an interview takes place: the same in the request and the plan. */
interface InterviewArrangements {
  timeZone: string;
  mode: InterviewMode;
  meetingUrl: string;
  address: string;
  room: string;
  receptionContact: string;
  interviewerIds: string[];
}

/** What the recruiter fills in to schedule (or reschedule) an interview. */
export interface ScheduleRequest extends InterviewArrangements {
  /** Wall-clock time in `timeZone`, e.g. `2026-12-03T10:00`. */
  localStart: string;
  durationMinutes: number;
}

export interface InterviewSlot {
  startsAt: Date;
  durationMinutes: number;
}

export interface ScheduleDetails extends InterviewSlot, InterviewArrangements {}

/** Checks a request against the rules every interview must meet; `now` keeps it pure. */
export function planSchedule(request: ScheduleRequest, now: Date): Result<ScheduleDetails> {
  const problems: FieldProblem[] = [];
  const add = problemAdder(problems);
  const startsAt = readStart(request, add);
  checkDuration(request.durationMinutes, add);
  if (startsAt && startsAt.getTime() <= now.getTime()) {
    add('localStart', 'in_the_past', 'The interview must start in the future.');
  }
  const meetingUrl = request.meetingUrl.trim();
  const address = request.address.trim();
  if (request.mode === 'online' && !isWebLink(meetingUrl)) {
    add('meetingUrl', 'meeting_link_required', 'An online interview needs an https:// link.');
  }
  if (request.mode === 'onsite' && !address) {
    add('address', 'address_required', 'An onsite interview needs an address.');
  }
  const interviewerIds = distinctPanel(request.interviewerIds, add);
  if (problems.length || !startsAt) return { ok: false, problems };
  return ok({
    startsAt,
    durationMinutes: request.durationMinutes,
    timeZone: request.timeZone,
    mode: request.mode,
    meetingUrl: request.mode === 'online' ? meetingUrl : '',
    address: request.mode === 'onsite' ? address : '',
    room: request.mode === 'onsite' ? request.room.trim() : '',
    receptionContact: request.mode === 'onsite' ? request.receptionContact.trim() : '',
    interviewerIds,
  });
}

/**
 * Whether an interview took place, as every rule reads it: completed, or booked and begun. A move
 * settles a begun interview as completed and the user's verdict may follow one, so the two never
 * disagree about the same interview (a panel may well finish before the booked end).
 */
export function hasTakenPlace(
  interview: { status: InterviewStatus; startsAt: Date },
  now: Date,
): boolean {
  return (
    interview.status === 'completed' ||
    (interview.status === 'scheduled' && interview.startsAt.getTime() <= now.getTime())
  );
}

/**
 * Whether an interview is over as people read it (candidate page, Today, portal): completed,
 * begun with a scorecard in (a panel that scored it has held it), or recorded afterwards (a
 * walk-in: a record of something that took place, scorecards in or not). The candidate's answer
 * to the invitation does not matter. A booking past its end with no scorecard stays booked: it
 * may have been missed, and HR may still move it. Its SQL form is `interviewHeld` (today.ts).
 */
export function isHeld(
  interview: { status: InterviewStatus; startsAt: Date; recorded: boolean },
  scorecardSubmitted: boolean,
  now: Date,
): boolean {
  if (interview.status === 'completed') return true;
  return (
    interview.status === 'scheduled' &&
    (scorecardSubmitted || interview.recorded) &&
    interview.startsAt.getTime() <= now.getTime()
  );
}

/**
 * Whether a held interview is scored while its booked time still runs: the panel's scorecard is
 * in, the slot has not ended. Held (isHeld) for every rule, but shown as "scored", not "done",
 * until the slot ends: a candidate may still be in the room. A walk-in recorded afterwards took
 * place, so it is done at once. Its SQL form is `interviewScoredInSlot` (today.ts).
 */
export function isScoredInSlot(
  interview: {
    status: InterviewStatus;
    startsAt: Date;
    durationMinutes: number;
    recorded: boolean;
  },
  scorecardSubmitted: boolean,
  now: Date,
): boolean {
  const endsAt = interview.startsAt.getTime() + interview.durationMinutes * 60_000;
  return (
    interview.status === 'scheduled' &&
    !interview.recorded &&
    scorecardSubmitted &&
    interview.startsAt.getTime() <= now.getTime() &&
    endsAt > now.getTime()
  );
}

/**
 * Whether an interview stands as its stage's interview: booked or held, not cancelled. One held
 * before HR ended the application still stands after HR reopens it, as the stage's evidence: the
 * stage is not "to book" again, its missing scorecards are owed (scorecardWait), and the kit
 * takes them. Every page reads it from here or its SQL form, `stageInterviewStands`.
 */
export function standsForStage(interview: { status: InterviewStatus }): boolean {
  return interview.status !== 'cancelled';
}

/**
 * Whether HR (or the manager, for the user interview) may still reschedule or cancel a booked
 * interview: not once it is held (isHeld: completed, begun with a scorecard in, or recorded
 * afterwards), since a record of what took place is not moved (a recorded one is corrected
 * instead: mayCorrectRecord). One whose time is over with no scorecard in may be:
 * the candidate may not have come, and nothing says it took place.
 */
export function mayMoveInterview(
  interview: { status: InterviewStatus; startsAt: Date; recorded: boolean },
  scorecardSubmitted: boolean,
  now: Date,
): boolean {
  return interview.status === 'scheduled' && !isHeld(interview, scorecardSubmitted, now);
}

/**
 * Whether HR may record that the candidate did not come: a booking (not a walk-in record) whose
 * start has passed and that no panel member has scored. A scored one took place.
 */
export function mayRecordNoShow(
  interview: { status: InterviewStatus; startsAt: Date; recorded: boolean },
  scorecardSubmitted: boolean,
  now: Date,
): boolean {
  return (
    interview.status === 'scheduled' &&
    !interview.recorded &&
    !scorecardSubmitted &&
    interview.startsAt.getTime() <= now.getTime()
  );
}

/**
 * Whether a record of a held interview (a walk-in) may still be corrected or removed: while it
 * stands at its stage. Once the application left the stage it is completed like any held one.
 */
export function mayCorrectRecord(interview: {
  status: InterviewStatus;
  recorded: boolean;
}): boolean {
  return interview.recorded && interview.status === 'scheduled';
}

export function endOf(slot: InterviewSlot): Date {
  return new Date(slot.startsAt.getTime() + slot.durationMinutes * 60_000);
}

/** Back-to-back interviews (one ends as the next starts) do not overlap. */
export function slotsOverlap(a: InterviewSlot, b: InterviewSlot): boolean {
  return a.startsAt < endOf(b) && b.startsAt < endOf(a);
}

/** Someone already busy at that time: an interviewer, or the candidate in another interview. */
export interface ScheduleConflict {
  who: 'interviewer' | 'candidate';
  personId: string;
  interviewId: string;
  startsAt: Date;
  durationMinutes: number;
}

export interface BookedInterview extends InterviewSlot {
  id: string;
  candidateId: string;
  interviewerIds: string[];
}

export function findConflicts(
  proposed: InterviewSlot & { candidateId: string; interviewerIds: string[] },
  booked: readonly BookedInterview[],
  ignoreInterviewId?: string,
): ScheduleConflict[] {
  const conflicts: ScheduleConflict[] = [];
  for (const other of booked) {
    if (other.id === ignoreInterviewId || !slotsOverlap(proposed, other)) continue;
    const at = {
      interviewId: other.id,
      startsAt: other.startsAt,
      durationMinutes: other.durationMinutes,
    };
    if (other.candidateId === proposed.candidateId) {
      conflicts.push({ who: 'candidate', personId: proposed.candidateId, ...at });
    }
    for (const id of proposed.interviewerIds.filter((i) => other.interviewerIds.includes(i))) {
      conflicts.push({ who: 'interviewer', personId: id, ...at });
    }
  }
  return conflicts;
}

/** The 24-hours-before reminder, when the interview is far enough away to need one. */
export function reminderTime(startsAt: Date, now: Date): Date | undefined {
  const at = new Date(startsAt.getTime() - 24 * 60 * 60_000);
  return at.getTime() > now.getTime() ? at : undefined;
}

export function stageOfInterview(stage: InterviewStage): 'hr_interview' | 'user_interview' {
  return stage === 'hr' ? 'hr_interview' : 'user_interview';
}

// The checks a booking (planSchedule) and a held interview's record (planHeldInterview) share,
// so both name the same problem with the same code and words.

type AddProblem = (path: string, code: string, message: string) => void;

export function problemAdder(problems: FieldProblem[]): AddProblem {
  return (path, code, message) => problems.push({ path, code, message });
}

/** How long an interview may be booked or recorded for, in minutes. */
export const interviewMinutes = { least: 15, most: 480 } as const;

/**
 * The length's problem, if any: named by the rules beside the form's other problems (a bad link,
 * an unreadable time), not refused alone before them.
 */
export function checkDuration(minutes: number, add: AddProblem): void {
  if (!Number.isInteger(minutes)) {
    add('durationMinutes', 'invalid_type', 'Give the length in whole minutes.');
  } else if (minutes < interviewMinutes.least) {
    add('durationMinutes', 'too_small', `At least ${interviewMinutes.least} minutes.`);
  } else if (minutes > interviewMinutes.most) {
    add('durationMinutes', 'too_big', `At most ${interviewMinutes.most / 60} hours.`);
  }
}

/** The wall-clock start read in its time zone; a zone or a time that cannot be read is a problem. */
export function readStart(
  request: { localStart: string; timeZone: string },
  add: AddProblem,
): Date | undefined {
  if (!isTimeZone(request.timeZone)) {
    add('timeZone', 'unknown_time_zone', 'Not a known time zone.');
    return undefined;
  }
  const startsAt = zonedTimeToUtc(request.localStart, request.timeZone);
  if (!startsAt)
    add('localStart', 'invalid_time', 'Give a date and time such as 2026-12-03T10:00.');
  return startsAt;
}

/** The panel, each person once; an empty one is a problem. */
export function distinctPanel(interviewerIds: readonly string[], add: AddProblem): string[] {
  const distinct = [...new Set(interviewerIds)];
  if (distinct.length === 0) {
    add('interviewerIds', 'interviewer_required', 'Choose at least one interviewer.');
  }
  return distinct;
}

/** The interview a pipeline stage holds, if it holds one (the reverse of stageOfInterview). */
export function interviewAtStage(stage: string): InterviewStage | null {
  if (stage === 'hr_interview') return 'hr';
  return stage === 'user_interview' ? 'user' : null;
}

/**
 * Of one stage's interviews, the one the candidate did not come to, when that is where the stage
 * stands: none of them stands (booked or held), and the latest was a no-show (recordNoShow). A
 * new booking after it, or a later cancellation, means it is no longer the stage's news.
 */
export function missedInterviewOf<
  T extends { status: InterviewStatus; startsAt: Date; noShow?: boolean },
>(ofStage: readonly T[]): T | undefined {
  if (ofStage.length === 0 || ofStage.some(standsForStage)) return undefined;
  const latest = ofStage.reduce((a, b) => (b.startsAt > a.startsAt ? b : a));
  return latest.noShow ? latest : undefined;
}

export function isWebLink(text: string): boolean {
  try {
    const url = new URL(text);
    return url.protocol === 'https:' || url.protocol === 'http:';
  } catch {
    return false;
  }
}
