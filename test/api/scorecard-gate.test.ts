import { describe, expect, it } from 'vitest';
import {
  bookInterview,
  cancelInterview,
  moveInterviewStartIntoPast,
} from '../support/begun-interviews';
import { atHrInterview, interviewStageUrl, readKit, uniformScorer } from '../support/factories';
import { useTestApp } from '../support/test-app';

const t = useTestApp();

const score = uniformScorer(t, 'yes');

const book = (applicationId: string, stage: 'hr' | 'user', interviewerIds: string[]) =>
  bookInterview(t, applicationId, { stage, interviewerIds });

/** HR passes the candidate on from the HR interview. */
const advanceFromHr = (applicationId: string) =>
  t.call(t.users.recruiter, 'POST', `/api/applications/${applicationId}/decisions`, {
    stage: 'hr',
    outcome: 'advance',
    rationale: 'Bagus.',
  });

const stageOf = async (candidateId: string) =>
  (await t.call(t.users.recruiter, 'GET', `/api/candidates/${candidateId}`)).body.applications[0]
    .stage as string;

describe('a scorecard waits for its booked interview', () => {
  it('HR: before the booked interview only a draft saves, the form says when submitting opens, and HR cannot pass the gate', async () => {
    const { applicationId, candidateId } = await atHrInterview(t);
    const interview = await book(applicationId, 'hr', [t.users.recruiter.id]);

    const kit = await readKit(t, t.users.recruiter, applicationId, 'hr');
    expect(kit.body.submitOpensAt).toBe(interview.startsAt);
    expect((await score(t.users.recruiter, applicationId, 'hr', 'draft')).status).toBe(200);

    const early = await score(t.users.recruiter, applicationId, 'hr', 'submit');
    expect(early.status).toBe(409);
    expect(early.body.error.fields).toEqual([
      expect.objectContaining({
        path: 'action',
        code: 'scorecard_before_interview',
        params: { opensAt: interview.startsAt },
      }),
    ]);
    expect(early.body.error.message).toContain(interview.startsAt);

    // No scorecard, no pass: the candidate is not told "no need to come" two days ahead.
    const advance = await advanceFromHr(applicationId);
    expect(advance.status).toBe(400);
    expect(await stageOf(candidateId)).toBe('hr_interview');
    const overview = await t.call(
      t.users.recruiter,
      'GET',
      `/api/applications/${applicationId}/interviews`,
    );
    expect(overview.body.interviews[0].status).toBe('scheduled');
    const own = await t.call(
      t.users.recruiter,
      'GET',
      `${interviewStageUrl(applicationId, 'hr')}/scorecards`,
    );
    expect(own.body.own.submittedAt).toBeNull();
    expect(own.body.submitOpensAt).toBe(interview.startsAt);

    await moveInterviewStartIntoPast(t, interview.id);
    const begun = await readKit(t, t.users.recruiter, applicationId, 'hr');
    expect(begun.body.submitOpensAt).toBeNull();
    expect((await score(t.users.recruiter, applicationId, 'hr', 'submit')).status).toBe(200);
  });

  it('HR: with no booked interview (a walk-in or a phone screen) the scorecard is open as before', async () => {
    const { applicationId } = await atHrInterview(t);
    const kit = await readKit(t, t.users.recruiter, applicationId, 'hr');
    expect(kit.body.submitOpensAt).toBeNull();
    expect((await score(t.users.recruiter, applicationId, 'hr', 'submit')).status).toBe(200);
  });

  it('user: the panel submits once the interview has begun; a cancelled booking holds nothing back', async () => {
    const { applicationId } = await atHrInterview(t);
    expect((await score(t.users.recruiter, applicationId, 'hr', 'submit')).status).toBe(200);
    const passed = await advanceFromHr(applicationId);
    expect(passed.status, JSON.stringify(passed.body)).toBe(201);

    const first = await book(applicationId, 'user', [t.users.hiringManager.id]);
    const early = await score(t.users.hiringManager, applicationId, 'user', 'submit');
    expect(early.status).toBe(409);
    expect(early.body.error.fields[0]).toMatchObject({
      code: 'scorecard_before_interview',
      params: { opensAt: first.startsAt },
    });
    await cancelInterview(t, first.id, 'Ruang rapat dipakai.');
    const second = await book(applicationId, 'user', [t.users.hiringManager.id]);
    const kit = await readKit(t, t.users.hiringManager, applicationId, 'user');
    expect(kit.body.submitOpensAt).toBe(second.startsAt);

    await moveInterviewStartIntoPast(t, second.id);
    expect((await score(t.users.hiringManager, applicationId, 'user', 'submit')).status).toBe(200);
  });
});

describe("the kit's timer length", () => {
  it("runs against the booked interview's length once booked, the plan's usual one before", async () => {
    const { applicationId } = await atHrInterview(t);
    const kit = async () => (await readKit(t, t.users.recruiter, applicationId, 'hr')).body;
    const before = await kit();
    expect(before.bookedMinutes).toBeNull();
    expect(before.plan.durationMinutes).toBeGreaterThan(30);

    await bookInterview(t, applicationId, {
      stage: 'hr',
      interviewerIds: [t.users.recruiter.id],
      durationMinutes: 30,
    });
    expect((await kit()).bookedMinutes).toBe(30);
  });
});
