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
