import { atHrInterview } from './factories';
import { jakartaTime } from './jakarta-time';
import type { TestApp } from './test-app';

/**
 * Moves a booked interview's start into the past, as if its time had come: scheduling refuses a
 * past start, and a scorecard may be submitted only once the stage's booked interview has begun.
 */
export async function moveInterviewStartIntoPast(
  t: Pick<TestApp, 'db'>,
  interviewId: string,
  minutesAgo = 5,
): Promise<void> {
  await t.db.query(
    `UPDATE interviews SET starts_at = now() - make_interval(mins => $2::int) WHERE id = $1`,
    [interviewId, minutesAgo],
  );
}

/** Moves every booked interview of an application's stage to have begun (see above). */
export async function beginBookedInterviews(
  t: Pick<TestApp, 'db'>,
  applicationId: string,
  stage: 'hr' | 'user',
  minutesAgo = 5,
): Promise<void> {
  await t.db.query(
    `UPDATE interviews SET starts_at = now() - make_interval(mins => $3::int)
      WHERE application_id = $1 AND stage = $2 AND status = 'scheduled'`,
    [applicationId, stage, minutesAgo],
  );
}

/**
 * What HR fills in for an online interview at a Jakarta wall-clock time, the candidate's e-mails
 * in Indonesian: the body of a booking (with its `stage`) or a reschedule (with its `reason`).
 */
export const onlineInterview = (
  localStart: string,
  interviewerIds: readonly string[],
  durationMinutes = 45,
) => ({
  localStart,
  timeZone: 'Asia/Jakarta',
  durationMinutes,
  mode: 'online',
  meetingUrl: 'https://meet.example/abc-defg-hij',
  interviewerIds,
  locale: 'id',
});

export interface Booking {
  stage: 'hr' | 'user';
  interviewerIds: readonly string[];
  /** Jakarta wall-clock start; by default 10:00 on a day after the file's last booking. */
  localStart?: string;
  durationMinutes?: number;
}

/**
 * Each booking of a test file on a day of its own, so that no panel is booked twice at once.
 * Counted per app, not per module: API files share one module instance (`isolate: false`), and a
 * count carried over from earlier files reached days a file books itself (jakartaTime(40)).
 */
const nextDays = new WeakMap<TestApp, number>();
const nextDayOf = (t: TestApp) => {
  const day = nextDays.get(t) ?? 2;
  nextDays.set(t, day + 1);
  return day;
};

/** HR books an online interview of the application's stage: its id and start as the API says. */
export async function bookInterview(
  t: TestApp,
  applicationId: string,
  booking: Booking,
): Promise<{ id: string; startsAt: string }> {
  const created = await t.call(
    t.users.recruiter,
    'POST',
    `/api/applications/${applicationId}/interviews`,
    {
      stage: booking.stage,
      ...onlineInterview(
        booking.localStart ?? jakartaTime(nextDayOf(t)),
        booking.interviewerIds,
        booking.durationMinutes,
      ),
    },
  );
  if (created.status !== 201) throw new Error(JSON.stringify(created.body));
  return { id: created.body.id as string, startsAt: created.body.startsAt as string };
}

/**
 * Books an interview and lets it begin `minutesAgo` minutes ago (tests cannot wait for the clock),
 * so that its panel may submit scorecards: the interview's id.
 */
export async function bookBegunInterview(
  t: TestApp,
  applicationId: string,
  booking: Booking,
  minutesAgo = 5,
): Promise<string> {
  const { id } = await bookInterview(t, applicationId, booking);
  await moveInterviewStartIntoPast(t, id, minutesAgo);
  return id;
}

/**
 * A candidate at the HR interview whose booked interview began `minutesAgo` minutes ago (two
 * hours by default), with the interviewer and the recruiter on its panel unless told otherwise:
 * the moment HR may record it held or "Candidate did not come".
 */
export async function begunHrInterview(
  t: TestApp,
  options: { jobId?: string; interviewerIds?: readonly string[]; minutesAgo?: number } = {},
): Promise<{ applicationId: string; interviewId: string }> {
  const { applicationId } = await atHrInterview(t, { jobId: options.jobId });
  const interviewerIds = options.interviewerIds ?? [t.users.interviewer.id, t.users.recruiter.id];
  const booking = { stage: 'hr' as const, interviewerIds };
  const interviewId = await bookBegunInterview(
    t,
    applicationId,
    booking,
    options.minutesAgo ?? 120,
  );
  return { applicationId, interviewId };
}

/** A begun HR interview (see above) that the recruiter recorded as "Candidate did not come". */
export async function missedHrInterview(
  t: TestApp,
  note: string,
  options: Parameters<typeof begunHrInterview>[1] = {},
): Promise<{ applicationId: string; interviewId: string }> {
  const begun = await begunHrInterview(t, options);
  const path = `/api/interviews/${begun.interviewId}/no-show`;
  const marked = await t.call(t.users.recruiter, 'POST', path, { note });
  if (marked.status !== 200) throw new Error(`no-show: ${JSON.stringify(marked.body)}`);
  return begun;
}

/** HR calls a booked interview off (the panel and the candidate are told). */
export async function cancelInterview(
  t: TestApp,
  interviewId: string,
  reason = 'Posisi ditunda.',
): Promise<void> {
  const path = `/api/interviews/${interviewId}/cancel`;
  const cancelled = await t.call(t.users.recruiter, 'POST', path, { reason });
  if (cancelled.status !== 200) throw new Error(`cancel: ${JSON.stringify(cancelled.body)}`);
}
