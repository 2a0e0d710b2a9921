import { ok, type FieldProblem, type Result } from '../result';
import {
  checkDuration,
  distinctPanel,
  isWebLink,
  problemAdder,
  readStart,
  type InterviewMode,
  type ScheduleDetails,
} from './interview-schedule';
import { utcToZonedTime } from './zoned-time';

/**
 * What HR (or the job's hiring manager) fills in to record an interview that already took place
 * outside Seleksi's calendar, typically a walk-in interview day. Unlike a booking the place is
 * optional: nobody has to find their way there any more.
 */
export interface HeldInterviewRequest {
  /** Wall-clock time in `timeZone`, e.g. `2026-12-03T10:00`. */
  localStart: string;
  timeZone: string;
  durationMinutes: number;
  mode: InterviewMode;
  meetingUrl: string;
  address: string;
  room: string;
  interviewerIds: string[];
}

/**
 * Checks a record of a held interview; `now` keeps it pure. It must have begun already, and not
 * before the application was made. For an application the candidate made themselves (the careers
 * page) that is to the minute: it is when they applied. For one HR entered it is the day, not the
 * minute: a walk-in candidate is often entered into Seleksi after HR has talked to them, so the
 * application may be younger than the interview by an hour.
 */
export function planHeldInterview(
  request: HeldInterviewRequest,
  context: { now: Date; appliedAt: Date; appliedByCandidate: boolean },
): Result<ScheduleDetails> {
  const problems: FieldProblem[] = [];
  const add = problemAdder(problems);
  const startsAt = readStart(request, add);
  checkDuration(request.durationMinutes, add);
  if (startsAt && startsAt.getTime() > context.now.getTime()) {
    add('localStart', 'held_in_future', 'A held interview has already begun: give a past time.');
  } else if (startsAt && heldBeforeApplication(startsAt, request, context)) {
    if (context.appliedByCandidate) {
      add(
        'localStart',
        'held_before_applied',
        'The interview cannot be before the candidate applied.',
      );
    } else {
      add(
        'localStart',
        'held_before_application',
        'The interview cannot be on a day before the application was made.',
      );
    }
  }
  const meetingUrl = request.mode === 'online' ? request.meetingUrl.trim() : '';
  if (meetingUrl && !isWebLink(meetingUrl)) {
    add('meetingUrl', 'meeting_link_invalid', 'Give the link as https://…, or leave it empty.');
  }
  const interviewerIds = distinctPanel(request.interviewerIds, add);
  if (problems.length || !startsAt) return { ok: false, problems };
  const onsite = request.mode === 'onsite';
  return ok({
    startsAt,
    durationMinutes: request.durationMinutes,
    timeZone: request.timeZone,
    mode: request.mode,
    meetingUrl,
    address: onsite ? request.address.trim() : '',
    room: onsite ? request.room.trim() : '',
    receptionContact: '',
    interviewerIds,
  });
}

function heldBeforeApplication(
  startsAt: Date,
  request: { timeZone: string },
  context: { appliedAt: Date; appliedByCandidate: boolean },
): boolean {
  if (!context.appliedByCandidate)
    return dayOf(startsAt, request) < dayOf(context.appliedAt, request);
  // Starts are whole minutes: one in the minute the candidate applied is not before it.
  const appliedMinute = Math.floor(context.appliedAt.getTime() / 60_000) * 60_000;
  return startsAt.getTime() < appliedMinute;
}

/** The calendar day (`YYYY-MM-DD`) of an instant where the interview took place. */
function dayOf(instant: Date, request: { timeZone: string }): string {
  return utcToZonedTime(instant, request.timeZone).slice(0, 10);
}

/**
 * Whether an interview's first history entry is a record made after it had begun (a held
 * interview recorded afterwards) rather than a booking: booking refuses a time in the past, so a
 * 'scheduled' entry written after the start it names can only be such a record.
 */
export function recordedAfterwards(event: {
  kind: string;
  startsAt: Date | null;
  at: Date;
}): boolean {
  return (
    event.kind === 'scheduled' &&
    event.startsAt !== null &&
    event.at.getTime() >= event.startsAt.getTime()
  );
}
