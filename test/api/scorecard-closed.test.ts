import { describe, expect, it } from 'vitest';
import { bookInterview, cancelInterview } from '../support/begun-interviews';
import { atHrInterview, moveTo, readKit, uniformScorer } from '../support/factories';
import { useTestApp } from '../support/test-app';

const t = useTestApp();

const score = uniformScorer(t, 'strong_yes');

const interviewStatuses = async (applicationId: string) =>
  (
    await t.call(t.users.recruiter, 'GET', `/api/applications/${applicationId}/interviews`)
  ).body.interviews.map((i: { stage: string; status: string }) => `${i.stage}:${i.status}`);

const decisionSummary = async (applicationId: string) =>
  (await t.call(t.users.recruiter, 'GET', `/api/applications/${applicationId}/decisions`)).body;

/** HR submits its scorecard (walk-in: nothing booked) and passes the candidate on. */
async function atUserInterview() {
  const built = await atHrInterview(t);
  expect((await score(t.users.recruiter, built.applicationId, 'hr', 'submit')).status).toBe(200);
  const passed = await t.call(
    t.users.recruiter,
    'POST',
    `/api/applications/${built.applicationId}/decisions`,
    { stage: 'hr', outcome: 'advance', rationale: 'Bagus.' },
  );
  expect(passed.status, JSON.stringify(passed.body)).toBe(201);
  return built;
}

describe('a closed stage takes no new scorecard', () => {
  it('user: after the candidate is rejected (the booked interview cancelled) the kit offers no form and a submit is refused', async () => {
    const { applicationId } = await atUserInterview();
    await bookInterview(t, applicationId, {
      stage: 'user',
      interviewerIds: [t.users.hiringManager.id],
    });
    const rejected = await moveTo(t, applicationId, 'rejected', {
      rejectionReason: 'position_filled',
    });
    expect(rejected.status, JSON.stringify(rejected.body)).toBe(200);
    expect(await interviewStatuses(applicationId)).toContain('user:cancelled');

    const kit = await readKit(t, t.users.hiringManager, applicationId, 'user');
    expect(kit.status).toBe(200);
    expect(kit.body.scorecardClosed).toBe('application_ended');

    for (const action of ['draft', 'submit'] as const) {
      const refused = await score(t.users.hiringManager, applicationId, 'user', action);
      expect(refused.status).toBe(409);
      expect(refused.body.error.fields[0]).toMatchObject({
        path: 'action',
        code: 'scorecard_application_ended',
      });
    }
    // Nothing feeds the user score or the combined score.
    const summary = await decisionSummary(applicationId);
    expect(summary.summaries.user?.scorecards ?? 0).toBe(0);
    expect(
      summary.combined?.parts.find((p: { stage: string }) => p.stage === 'user')?.average ?? null,
    ).toBeNull();
  });

  it('HR: after HR moves the candidate on past the booked HR interview (cancelled), the HR kit takes no scorecard', async () => {
    const { applicationId } = await atHrInterview(t);
    await bookInterview(t, applicationId, { stage: 'hr', interviewerIds: [t.users.recruiter.id] });
    const moved = await moveTo(t, applicationId, 'user_interview', {
      overrideHrGate: true,
      note: 'Direktur sudah kenal kandidat ini.',
    });
    expect(moved.status, JSON.stringify(moved.body)).toBe(200);
    expect(await interviewStatuses(applicationId)).toEqual(['hr:cancelled']);

    const kit = await readKit(t, t.users.recruiter, applicationId, 'hr');
    expect(kit.body.scorecardClosed).toBe('interview_cancelled');
    const refused = await score(t.users.recruiter, applicationId, 'hr', 'submit');
    expect(refused.status).toBe(409);
    expect(refused.body.error.fields[0]).toMatchObject({
      path: 'action',
      code: 'scorecard_interview_cancelled',
    });
    expect((await decisionSummary(applicationId)).summaries.hr?.scorecards ?? 0).toBe(0);
  });

  it('a stage never booked keeps the walk-in rule; a cancelled booking followed by a new one is open', async () => {
    const { applicationId } = await atHrInterview(t);
    const kit = await readKit(t, t.users.recruiter, applicationId, 'hr');
    expect(kit.body.scorecardClosed).toBeNull();
    expect((await score(t.users.recruiter, applicationId, 'hr', 'draft')).status).toBe(200);

    const first = await bookInterview(t, applicationId, {
      stage: 'hr',
      interviewerIds: [t.users.recruiter.id],
    });
    await cancelInterview(t, first.id, 'Ruang rapat dipakai.');
    const cancelled = await readKit(t, t.users.recruiter, applicationId, 'hr');
    expect(cancelled.body.scorecardClosed).toBe('interview_cancelled');
    await bookInterview(t, applicationId, { stage: 'hr', interviewerIds: [t.users.recruiter.id] });
    const rebooked = await readKit(t, t.users.recruiter, applicationId, 'hr');
    expect(rebooked.body.scorecardClosed).toBeNull();
  });
});
