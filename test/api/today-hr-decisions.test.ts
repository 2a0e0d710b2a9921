import { describe, expect, it } from 'vitest';
import { bookInterview, moveInterviewStartIntoPast } from '../support/begun-interviews';
import { atHrInterview, scoreStage, uniformScorecard } from '../support/factories';
import { type TestUser, useTestApp } from '../support/test-app';

const t = useTestApp();

const submitHrScorecard = async (as: TestUser, applicationId: string) => {
  const reply = await scoreStage(t, as, applicationId, 'hr', uniformScorecard('hr', 'yes'));
  expect(reply.status, JSON.stringify(reply.body)).toBe(200);
};

const decideHr = (applicationId: string, outcome: 'advance' | 'reject') =>
  t.call(t.users.recruiter, 'POST', `/api/applications/${applicationId}/decisions`, {
    stage: 'hr',
    outcome,
    rationale: 'Sudah dibahas dengan panel.',
    ...(outcome === 'reject' ? { rejectionReason: 'failed_hr_interview' } : {}),
  });

/** The HR Today's "HR interview decisions" line for this application, if any. */
const hrDecisionOf = async (applicationId: string, as: TestUser = t.users.recruiter) => {
  const today = await t.call(as, 'GET', '/api/today');
  expect(today.status).toBe(200);
  return (today.body.hrDecisions as { applicationId: string; reason: string }[] | null)?.find(
    (item) => item.applicationId === applicationId,
  );
};

describe("HR's Today asks for the HR interview's decision", () => {
  it('once the interview is held and the whole panel has scored; gone once HR decides', async () => {
    const { applicationId, candidateId } = await atHrInterview(t);
    const interview = await bookInterview(t, applicationId, {
      stage: 'hr',
      interviewerIds: [t.users.recruiter.id, t.users.interviewer.id],
    });
    expect(await hrDecisionOf(applicationId)).toBeUndefined();

    await moveInterviewStartIntoPast(t, interview.id, 30);
    await submitHrScorecard(t.users.recruiter, applicationId);
    expect(await hrDecisionOf(applicationId)).toBeUndefined(); // one of two has scored

    await submitHrScorecard(t.users.interviewer, applicationId);
    expect(await hrDecisionOf(applicationId)).toMatchObject({
      reason: 'scorecards_in',
      candidateId,
    });
    // HR's own list only: a hiring manager does not pass the HR gate.
    expect((await t.call(t.users.hiringManager, 'GET', '/api/today')).body.hrDecisions).toBeNull();

    const decided = await decideHr(applicationId, 'advance');
    expect(decided.status, JSON.stringify(decided.body)).toBe(201);
    expect(await hrDecisionOf(applicationId)).toBeUndefined();
  });

  it('once its scorecards are overdue, and for a walk-in once its scorecard is in', async () => {
    const late = await atHrInterview(t);
    const interview = await bookInterview(t, late.applicationId, {
      stage: 'hr',
      interviewerIds: [t.users.interviewer.id],
    });
    await moveInterviewStartIntoPast(t, interview.id, 5 * 24 * 60);
    expect(await hrDecisionOf(late.applicationId)).toMatchObject({ reason: 'overdue' });

    const walkIn = await atHrInterview(t);
    expect(await hrDecisionOf(walkIn.applicationId)).toBeUndefined(); // nothing booked, no score
    await submitHrScorecard(t.users.recruiter, walkIn.applicationId);
    expect(await hrDecisionOf(walkIn.applicationId)).toMatchObject({ reason: 'scorecards_in' });
    const rejected = await decideHr(walkIn.applicationId, 'reject');
    expect(rejected.status, JSON.stringify(rejected.body)).toBe(201);
    expect(await hrDecisionOf(walkIn.applicationId)).toBeUndefined();
  });
});
