import type { Queryable } from '../../db/database';
import type { InterviewStage } from '../../domain/interview';

const hour = 60 * 60 * 1000;
const day = 24 * hour;
const jakartaOffset = 7 * hour;

/** An interview the demo books directly, already held (the candidate confirmed it). */
export interface DemoBooking {
  applicationId: string;
  stage: InterviewStage;
  startsAt: Date;
  interviewerIds: string[];
  /** When HR booked it: the application's first contact (speed report). */
  bookedAt: Date;
  bookedBy: string;
  /** When a held interview was settled by the move out of its stage; null while in the stage. */
  completedAt: Date | null;
}

/** How each stage's demo interviews run: HR online in the morning, the user onsite after lunch. */
const stageFormat: Record<InterviewStage, { minutes: number; jakartaHour: number }> = {
  hr: { minutes: 45, jakartaHour: 10 },
  user: { minutes: 75, jakartaHour: 13.5 },
};

/** The given hour (Jakarta) on the Jakarta day of `at`, and that day's weekday (0 is Sunday). */
function jakartaSlot(at: number, jakartaHour: number): { start: number; weekday: number } {
  const local = at + jakartaOffset;
  const midnight = local - (local % day);
  return {
    start: midnight + jakartaHour * hour - jakartaOffset,
    weekday: new Date(midnight).getUTCDay(),
  };
}

const saturday = 6;
const workingDays = [1, 2, 3, 4, 5];
/** Every quarter hour an interview may start in office hours (08:00 to 16:45), latest first. */
const officeQuarterHours = Array.from({ length: 36 }, (_, index) => 16.75 - index / 4);

/**
 * The latest office-hours slot on a working day between `earliest` and `latest`, looking back
 * from `daysBefore` days before the decision's own Jakarta day (`decided`): the stage's usual hour
 * first, then another round hour, then any quarter hour from 08:00 to 16:45, and only then a
 * Saturday (a stay that spans no weekday office hours). A stay too short for one (a recent application moved
 * within hours) gets an out-of-hours slot (outOfHoursSlot). Counting from `latest` instead put the
 * interview a day early when the decision came just after midnight (a seed run at 18:00-19:45
 * UTC), its scorecards late.
 */
function officeSlot(
  earliest: number,
  latest: number,
  decided: number,
  daysBefore: number,
  usualHour: number,
): number {
  // The wanted day and earlier ones first, then the days closer to `latest`.
  const days = [
    ...Array.from({ length: 22 }, (_, index) => daysBefore + index),
    ...Array.from({ length: daysBefore }, (_, index) => daysBefore - 1 - index),
  ];
  const tries = [
    { hours: [usualHour], weekdays: workingDays },
    { hours: [16, 14, 11, 9, 8], weekdays: workingDays },
    { hours: officeQuarterHours, weekdays: workingDays },
    // A stay from a Saturday to a Monday morning: some companies interview on Saturdays.
    { hours: [usualHour, 11, 9, 8], weekdays: [saturday] },
  ];
  for (const { hours, weekdays } of tries) {
    for (const back of days) {
      for (const jakartaHour of hours) {
        const { start, weekday } = jakartaSlot(decided - back * day, jakartaHour);
        if (weekdays.includes(weekday) && start <= latest && start >= earliest) return start;
      }
    }
  }
  return outOfHoursSlot(earliest, latest);
}

const sunday = 0;

/**
 * A stay too short for an office slot: `latest`, or `earliest` when `latest` falls on a Jakarta
 * Sunday (a stay from Saturday evening to a Sunday-morning decision; seeding on a Sunday night
 * UTC booked such interviews at 04:00 on Sunday).
 */
function outOfHoursSlot(earliest: number, latest: number): number {
  const onSunday = (at: number) => jakartaSlot(at, 0).weekday === sunday;
  return onSunday(latest) && earliest <= latest && !onSunday(earliest) ? earliest : latest;
}

/**
 * The interview of a stage the application has left: held about `daysBefore` days before the
 * decision (usually the same or the day before, so its scorecards are on time), ended at least half
 * an hour before it, and booked after the stage was entered.
 */
export function heldBooking(booking: {
  applicationId: string;
  stage: InterviewStage;
  interviewerIds: string[];
  bookedBy: string;
  enteredAt: Date;
  decidedAt: Date;
  leftAt: Date | null;
  daysBefore: number;
}): DemoBooking {
  const { minutes, jakartaHour } = stageFormat[booking.stage];
  const entered = booking.enteredAt.getTime();
  const decided = booking.decidedAt.getTime();
  const latest = decided - (minutes + 30) * 60 * 1000;
  const start = officeSlot(entered + 2 * hour, latest, decided, booking.daysBefore, jakartaHour);
  return {
    applicationId: booking.applicationId,
    stage: booking.stage,
    startsAt: new Date(start),
    interviewerIds: booking.interviewerIds,
    bookedAt: new Date(entered + Math.max(0, start - entered) * 0.3),
    bookedBy: booking.bookedBy,
    completedAt: booking.leftAt,
  };
}

const onsite = {
  address: 'Menara Niaga, Jl. Jend. Sudirman Kav. 21, Jakarta Selatan',
  room: 'Ruang Rapat Melati, lantai 12',
  receptionContact: 'Rina (HR), sebut nama Anda di resepsionis',
};

/**
 * Writes the demo's bookings in one statement, with their history (booked; settled once the
 * application moved on) as the scheduling use case records it. Their e-mails are not replayed:
 * they belong to the past.
 */
export async function insertDemoBookings(tx: Queryable, bookings: DemoBooking[]): Promise<void> {
  if (bookings.length === 0) return;
  const column = <T>(pick: (booking: DemoBooking) => T) => bookings.map(pick);
  await tx.query(
    `WITH rows AS (
       SELECT * FROM unnest($1::uuid[], $2::text[], $3::timestamptz[], $4::text[],
         $5::timestamptz[], $6::uuid[], $7::timestamptz[]) WITH ORDINALITY
         AS r(application_id, stage, starts_at, panel, booked_at, booked_by, completed_at, n)
     ),
     booked AS (
       INSERT INTO interviews (application_id, stage, starts_at, duration_minutes, time_zone, mode,
         meeting_url, address, room, reception_contact, interviewer_ids, locale, status, sequence,
         candidate_response, created_by, created_at, updated_at)
       SELECT application_id, stage, starts_at, CASE stage WHEN 'hr' THEN $8::int ELSE $9::int END,
         'Asia/Jakarta', CASE stage WHEN 'hr' THEN 'online' ELSE 'onsite' END,
         CASE stage WHEN 'hr' THEN 'https://meet.example/demo-hr-' || n ELSE '' END,
         CASE stage WHEN 'hr' THEN '' ELSE $10 END, CASE stage WHEN 'hr' THEN '' ELSE $11 END,
         CASE stage WHEN 'hr' THEN '' ELSE $12 END, panel::uuid[], 'id',
         CASE WHEN completed_at IS NULL THEN 'scheduled' ELSE 'completed' END,
         CASE WHEN completed_at IS NULL THEN 0 ELSE 1 END,
         'confirmed',
         booked_by, booked_at, coalesce(completed_at, booked_at)
       FROM rows ORDER BY n
       RETURNING id, starts_at, created_by, created_at, updated_at, status
     )
     INSERT INTO interview_events (interview_id, kind, actor_id, starts_at, created_at)
     SELECT id, 'scheduled', created_by, starts_at, created_at FROM booked
     UNION ALL
     SELECT id, 'completed', created_by, starts_at, updated_at FROM booked
       WHERE status = 'completed'`,
    [
      column((b) => b.applicationId),
      column((b) => b.stage),
      column((b) => b.startsAt),
      // Each panel as a Postgres array literal: unnest cannot take an array of arrays of any length.
      column((b) => `{${b.interviewerIds.join(',')}}`),
      column((b) => b.bookedAt),
      column((b) => b.bookedBy),
      column((b) => b.completedAt),
      stageFormat.hr.minutes,
      stageFormat.user.minutes,
      onsite.address,
      onsite.room,
      onsite.receptionContact,
    ],
  );
}
