import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { utcToZonedTime } from '../../src/domain/scheduling/zoned-time';
import { atHrInterview, scoreHrInterview } from '../support/factories';
import { bookInterview } from '../support/begun-interviews';
import { createTestApp, type TestApp, type TestUser } from '../support/test-app';

/**
 * A walk-in recorded afterwards is held by definition, scorecards in or not: the candidate page
 * reads it as held (its scorecards awaited), offers "correct the record" instead of Reschedule
 * and Cancel (which e-mail everyone), and the server corrects or removes it without telling
 * anyone.
 */
let t: TestApp;
beforeAll(async () => {
  t = await createTestApp();
});
afterAll(() => t.close());

const jakartaMinute = (hoursAgo: number) =>
  utcToZonedTime(new Date(Date.now() - hoursAgo * 3_600_000), 'Asia/Jakarta');

const heldHr = (overrides: Record<string, unknown> = {}) => ({
  localStart: jakartaMinute(2),
  timeZone: 'Asia/Jakarta',
  durationMinutes: 45,
  mode: 'onsite',
  address: 'Jl. Jend. Sudirman 1, Jakarta',
  interviewerIds: [t.users.recruiter.id],
  notes: 'Hari walk-in interview.',
  ...overrides,
});

/** An HR interview recorded two hours after it began (so it is over), no scorecard yet. */
async function recordedWalkIn() {
  const { applicationId } = await atHrInterview(t);
  // The application came in days ago: a time two hours back is never before its day.
  await t.db.query(`UPDATE applications SET created_at = now() - interval '3 days' WHERE id = $1`, [
    applicationId,
  ]);
  const recorded = await t.call(
    t.users.recruiter,
    'POST',
    `/api/applications/${applicationId}/held-interviews`,
    { stage: 'hr', ...heldHr() },
  );
  expect(recorded.status, JSON.stringify(recorded.body)).toBe(201);
  return { applicationId, interviewId: recorded.body.id as string };
}

const overview = async (applicationId: string, as: TestUser = t.users.recruiter) => {
  const reply = await t.call(as, 'GET', `/api/applications/${applicationId}/interviews`);
  expect(reply.status).toBe(200);
  return reply.body as {
    interviews: {
      id: string;
      held: boolean;
      recorded: boolean;
      scorecardWait: string | null;
      localStart: string;
      interviewerIds: string[];
      events: { kind: string; reason: string }[];
    }[];
    messages: unknown[];
    can: { move: string[]; correct: string[] };
  };
};

const mailCount = async () =>
  Number((await t.db.query<{ n: string }>(`SELECT count(*) AS n FROM email_messages`))[0]!.n);

const auditActions = async (applicationId: string) =>
  (
    await t.db.query<{ action: string }>(
      `SELECT action FROM audit_log WHERE entity_id = $1 AND action LIKE 'interview.%' ORDER BY at`,
      [applicationId],
    )
  ).map((row) => row.action);

const codes = (reply: { body: { error?: { fields?: { code: string }[] } } }) =>
  reply.body.error?.fields?.map((field) => field.code);

describe('a walk-in recorded afterwards, with no scorecard yet', () => {
  it('reads held with its scorecards awaited, and offers correcting the record, not Reschedule or Cancel', async () => {
    const { applicationId, interviewId } = await recordedWalkIn();
    const shown = await overview(applicationId);
    expect(shown.interviews[0]).toMatchObject({ id: interviewId, held: true, recorded: true });
    expect(shown.interviews[0]!.scorecardWait).toMatch(/^(awaited|overdue)$/);
    expect(shown.can.move).toEqual([]);
    expect(shown.can.correct).toEqual([interviewId]);
    // An interviewer off its panel does not reach the application's interviews at all.
    const offPanel = await t.call(
      t.users.interviewer,
      'GET',
      `/api/applications/${applicationId}/interviews`,
    );
    expect(offPanel.status).toBe(404);

    // The server agrees: rescheduling or cancelling a record would e-mail everyone.
    const cancel = await t.call(
      t.users.recruiter,
      'POST',
      `/api/interviews/${interviewId}/cancel`,
      {
        reason: 'Salah catat.',
      },
    );
    expect(cancel.status).toBe(409);
    expect(codes(cancel)).toEqual(['interview_held']);
  });

  it('is corrected (time, length, panel) with nobody e-mailed, in its history and the audit log', async () => {
    const { applicationId, interviewId } = await recordedWalkIn();
    const mailBefore = await mailCount();
    const corrected = await t.call(
      t.users.recruiter,
      'PUT',
      `/api/interviews/${interviewId}/record`,
      {
        ...heldHr({
          localStart: jakartaMinute(3),
          durationMinutes: 60,
          interviewerIds: [t.users.recruiter.id, t.users.interviewer.id],
          notes: 'Jamnya salah ketik.',
        }),
      },
    );
    expect(corrected.status, JSON.stringify(corrected.body)).toBe(200);
    const [interview] = (await overview(applicationId)).interviews;
    expect(interview).toMatchObject({
      localStart: jakartaMinute(3),
      interviewerIds: [t.users.recruiter.id, t.users.interviewer.id],
      held: true,
    });
    expect(interview!.events.map((event) => event.kind)).toEqual(['scheduled', 'corrected']);
    expect(interview!.events[1]!.reason).toBe('Jamnya salah ketik.');
    expect(await mailCount()).toBe(mailBefore);
    expect(await auditActions(applicationId)).toEqual([
      'interview.recorded',
      'interview.record_corrected',
    ]);
    const queued = await t.db.query(`SELECT 1 FROM pgboss.job WHERE data->>'interviewId' = $1`, [
      interviewId,
    ]);
    expect(queued).toHaveLength(0);
  });

  it('keeps its own rules when corrected: a future time is a 400 naming the field, nothing changed', async () => {
    const { applicationId, interviewId } = await recordedWalkIn();
    const before = (await overview(applicationId)).interviews[0]!.localStart;
    const future = utcToZonedTime(new Date(Date.now() + 3 * 3_600_000), 'Asia/Jakarta');
    const refused = await t.call(
      t.users.recruiter,
      'PUT',
      `/api/interviews/${interviewId}/record`,
      {
        ...heldHr({ localStart: future }),
      },
    );
    expect(refused.status).toBe(400);
    expect(refused.body.error.fields.map((field: { path: string }) => field.path)).toEqual([
      'localStart',
    ]);
    expect((await overview(applicationId)).interviews[0]!.localStart).toBe(before);
  });

  it('is removed when made by mistake: the stage has no interview again, nobody e-mailed, audited', async () => {
    const { applicationId, interviewId } = await recordedWalkIn();
    const mailBefore = await mailCount();
    const removed = await t.call(
      t.users.recruiter,
      'DELETE',
      `/api/interviews/${interviewId}/record`,
    );
    expect(removed.status, JSON.stringify(removed.body)).toBe(200);
    expect((await overview(applicationId)).interviews).toEqual([]);
    expect(await mailCount()).toBe(mailBefore);
    expect(await auditActions(applicationId)).toEqual([
      'interview.recorded',
      'interview.record_removed',
    ]);
  });

  it('is not removed once scored, and a booked interview is no record to correct', async () => {
    const { applicationId, interviewId } = await recordedWalkIn();
    await scoreHrInterview(t, applicationId);
    const removed = await t.call(
      t.users.recruiter,
      'DELETE',
      `/api/interviews/${interviewId}/record`,
    );
    expect(removed.status).toBe(409);
    expect(codes(removed)).toEqual(['record_scored']);

    const booked = await atHrInterview(t);
    const { id } = await bookInterview(t, booked.applicationId, {
      stage: 'hr',
      interviewerIds: [t.users.recruiter.id],
      durationMinutes: 45,
    });
    const notRecord = await t.call(t.users.recruiter, 'PUT', `/api/interviews/${id}/record`, {
      ...heldHr(),
    });
    expect(notRecord.status).toBe(409);
    expect(codes(notRecord)).toEqual(['not_a_record']);
    const interviewer = await t.call(
      t.users.interviewer,
      'DELETE',
      `/api/interviews/${interviewId}/record`,
    );
    expect(interviewer.status).toBe(403);
  });
});
