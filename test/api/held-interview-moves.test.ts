import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { atHrInterview, scoreHrInterview } from '../support/factories';
import {
  bookInterview,
  moveInterviewStartIntoPast,
  onlineInterview,
} from '../support/begun-interviews';
import { jakartaTime } from '../support/jakarta-time';
import { createTestApp, type TestApp } from '../support/test-app';

/**
 * Whether an interview that is over may still be moved: one held (a scorecard in since it was
 * booked, or completed) is a record and offers neither Reschedule nor Cancel; one whose time
 * passed with no scorecard in may have been missed, so HR may still move or cancel it. The
 * candidate page's `can.move` and the two routes agree.
 */
let t: TestApp;
beforeAll(async () => {
  t = await createTestApp();
});
afterAll(() => t.close());

/** An HR interview booked for the recruiter, whose time ended two hours ago. */
async function overHrInterview() {
  const { applicationId } = await atHrInterview(t);
  const { id } = await bookInterview(t, applicationId, {
    stage: 'hr',
    interviewerIds: [t.users.recruiter.id],
    durationMinutes: 45,
  });
  await moveInterviewStartIntoPast(t, id, 120);
  return { applicationId, interviewId: id };
}

const movable = async (user: TestApp['users']['admin'], applicationId: string) => {
  const reply = await t.call(user, 'GET', `/api/applications/${applicationId}/interviews`);
  expect(reply.status).toBe(200);
  return reply.body.can.move as string[];
};

const reschedule = (interviewId: string) =>
  t.call(t.users.recruiter, 'POST', `/api/interviews/${interviewId}/reschedule`, {
    ...onlineInterview(jakartaTime(40), [t.users.recruiter.id]),
    reason: 'Kandidat tidak hadir.',
  });

/** Refused as a conflict that names why: the interview was held. */
function expectHeld(reply: { status: number; body: { error?: { fields?: { code: string }[] } } }) {
  expect(reply.status, JSON.stringify(reply.body)).toBe(409);
  expect(reply.body.error?.fields?.map((field) => field.code)).toEqual(['interview_held']);
}

const cancel = (interviewId: string) =>
  t.call(t.users.recruiter, 'POST', `/api/interviews/${interviewId}/cancel`, {
    reason: 'Tidak jadi.',
  });

describe('an interview that is over', () => {
  it('may still be moved while no scorecard is in (it may have been missed)', async () => {
    const { applicationId, interviewId } = await overHrInterview();
    expect(await movable(t.users.recruiter, applicationId)).toEqual([interviewId]);
    // An interviewer off its panel does not reach the application's interviews at all.
    const offPanel = await t.call(
      t.users.interviewer,
      'GET',
      `/api/applications/${applicationId}/interviews`,
    );
    expect(offPanel.status).toBe(404);
    const moved = await reschedule(interviewId);
    expect(moved.status, JSON.stringify(moved.body)).toBe(200);
  });

  it('offers neither Reschedule nor Cancel once held (a scorecard in), and the server refuses both', async () => {
    const { applicationId, interviewId } = await overHrInterview();
    await scoreHrInterview(t, applicationId);
    expect(await movable(t.users.recruiter, applicationId)).toEqual([]);
    expectHeld(await reschedule(interviewId));
    expectHeld(await cancel(interviewId));
    const [row] = await t.db.query<{ status: string }>(
      `SELECT status FROM interviews WHERE id = $1`,
      [interviewId],
    );
    expect(row!.status).toBe('scheduled');
  });

  it('is not moved once completed (the application left its stage)', async () => {
    const { applicationId, interviewId } = await overHrInterview();
    await t.db.query(`UPDATE interviews SET status = 'completed' WHERE id = $1`, [interviewId]);
    expect(await movable(t.users.recruiter, applicationId)).toEqual([]);
    expectHeld(await cancel(interviewId));
  });
});
