import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildApplication, moveTo } from '../support/factories';
import { jakartaTime } from '../support/jakarta-time';
import { createTestApp, type TestApp, type TestUser } from '../support/test-app';

let t: TestApp;
let day = 2;
beforeAll(async () => {
  t = await createTestApp();
});
afterAll(() => t.close());

const interviewsUrl = (applicationId: string) => `/api/applications/${applicationId}/interviews`;

async function schedule(applicationId: string, stage: 'hr' | 'user', interviewerIds: string[]) {
  const created = await t.call(t.users.recruiter, 'POST', interviewsUrl(applicationId), {
    stage,
    localStart: jakartaTime(day++),
    timeZone: 'Asia/Jakarta',
    durationMinutes: 45,
    mode: 'online',
    meetingUrl: 'https://meet.example/abc-defg-hij',
    interviewerIds,
    locale: 'id',
  });
  if (created.status !== 201) throw new Error(JSON.stringify(created.body));
  return created.body.id as string;
}

/** The interview took place yesterday (tests cannot wait for the clock). */
async function happenedYesterday(interviewId: string) {
  await t.db.query(`UPDATE interviews SET starts_at = now() - interval '1 day' WHERE id = $1`, [
    interviewId,
  ]);
}

async function overview(applicationId: string) {
  const reply = await t.call(t.users.recruiter, 'GET', interviewsUrl(applicationId));
  return reply.body as {
    portalUrl: string;
    interviews: { id: string; status: string; events: { kind: string }[] }[];
    messages: { template: string; toEmail: string }[];
  };
}

const statusOf = async (applicationId: string, interviewId: string) =>
  (await overview(applicationId)).interviews.find((i) => i.id === interviewId)?.status;

async function atHrInterview() {
  const built = await buildApplication(t);
  await moveTo(t, built.applicationId, 'cv_screening');
  await moveTo(t, built.applicationId, 'hr_interview');
  return built;
}

async function auditActions(applicationId: string) {
  const log = await t.call(t.users.admin, 'GET', `/api/admin/audit-log?entityId=${applicationId}`);
  return (log.body.items as { action: string }[]).map((item) => item.action);
}

async function myInterviews(user: TestUser) {
  const reply = await t.call(user, 'GET', '/api/my-interviews');
  return reply.body.items as { applicationId: string; interview: string; scorecard: string }[];
}

describe('a move settles the interviews of the stage it leaves', () => {
  it('cancels an upcoming interview of the stage left as HR would: candidate and panel told, audited', async () => {
    const { applicationId } = await atHrInterview();
    const hr = await schedule(applicationId, 'hr', [t.users.recruiter.id, t.users.interviewer.id]);
    const moved = await moveTo(t, applicationId, 'user_interview', {
      note: 'Jelas cocok; wawancara HR tidak perlu.',
    });
    expect(moved.status, JSON.stringify(moved.body)).toBe(200);

    const after = await overview(applicationId);
    const interview = after.interviews.find((i) => i.id === hr)!;
    expect(interview.status).toBe('cancelled');
    expect(interview.events.map((e) => e.kind)).toEqual(['scheduled', 'cancelled']);
    expect(after.messages.filter((m) => m.template === 'cancellation')).toHaveLength(1);
    expect(
      after.messages.filter((m) => m.template === 'panel_notice').map((m) => m.toEmail),
    ).toContain(t.users.interviewer.email);
    expect(await auditActions(applicationId)).toContain('interview.cancelled');

    // The portal shows no interview the process is past.
    const token = after.portalUrl.split('/portal/')[1]!;
    const portal = await t.call(null, 'GET', `/api/portal/${token}`);
    expect(portal.body.status).toBe('user_interview');
    expect(portal.body.nextInterview).toBeNull();
  });

  it('completes an interview that took place, without telling anyone it was cancelled', async () => {
    const { applicationId } = await atHrInterview();
    const hr = await schedule(applicationId, 'hr', [t.users.recruiter.id]);
    await happenedYesterday(hr);
    await moveTo(t, applicationId, 'user_interview');
    expect(await statusOf(applicationId, hr)).toBe('completed');
    const after = await overview(applicationId);
    expect(after.interviews[0]!.events.map((e) => e.kind)).toEqual(['scheduled', 'completed']);
    expect(after.messages.filter((m) => m.template === 'cancellation')).toHaveLength(0);
    expect(await auditActions(applicationId)).toContain('interview.completed');
  });

  it('leaves the interview of the stage moved to as it is', async () => {
    const { applicationId } = await atHrInterview();
    await moveTo(t, applicationId, 'user_interview');
    const user = await schedule(applicationId, 'user', [t.users.interviewer.id]);
    await moveTo(t, applicationId, 'hr_interview', { note: 'Kembali untuk klarifikasi gaji.' });
    expect(await statusOf(applicationId, user)).toBe('cancelled');
    const hr = await schedule(applicationId, 'hr', [t.users.recruiter.id]);
    const again = await moveTo(t, applicationId, 'hr_interview');
    expect(again.status).toBe(400);
    expect(await statusOf(applicationId, hr)).toBe('scheduled');
  });

  it('settles on reject, bulk moves and withdrawal too', async () => {
    const one = await atHrInterview();
    const two = await atHrInterview();
    const first = await schedule(one.applicationId, 'hr', [t.users.recruiter.id]);
    const second = await schedule(two.applicationId, 'hr', [t.users.recruiter.id]);
    await happenedYesterday(second);
    const bulk = await t.call(t.users.recruiter, 'POST', `/api/jobs/${one.jobId}/bulk-move`, {
      applicationIds: [one.applicationId],
      toStage: 'rejected',
      rejectionReason: 'position_filled',
    });
    expect(bulk.status, JSON.stringify(bulk.body)).toBe(200);
    expect(await statusOf(one.applicationId, first)).toBe('cancelled');
    await moveTo(t, two.applicationId, 'rejected', { rejectionReason: 'failed_hr_interview' });
    expect(await statusOf(two.applicationId, second)).toBe('completed');

    const three = await atHrInterview();
    const third = await schedule(three.applicationId, 'hr', [t.users.recruiter.id]);
    const token = (await overview(three.applicationId)).portalUrl.split('/portal/')[1]!;
    const withdrawn = await t.call(null, 'POST', `/api/portal/${token}/withdraw`, {
      reason: 'Sudah menerima tawaran lain.',
    });
    expect(withdrawn.status).toBe(200);
    expect(await statusOf(three.applicationId, third)).toBe('cancelled');
  });

  it("keeps upcoming and unscored past interviews on the panel member's list after the move", async () => {
    const { applicationId } = await atHrInterview();
    await moveTo(t, applicationId, 'user_interview');
    const user = await schedule(applicationId, 'user', [t.users.interviewer.id]);
    await happenedYesterday(user);
    await moveTo(t, applicationId, 'offer');
    expect(await statusOf(applicationId, user)).toBe('completed');
    const mine = await myInterviews(t.users.interviewer);
    expect(mine.filter((item) => item.applicationId === applicationId)).toEqual([
      expect.objectContaining({ interview: 'user', scorecard: 'none' }),
    ]);
  });
});
