import { describe, expect, it } from 'vitest';
import { ensurePortalToken } from '../../src/services/portal/portal-link-service';
import {
  begunHrInterview,
  bookInterview,
  cancelInterview,
  missedHrInterview,
  moveInterviewStartIntoPast,
} from '../support/begun-interviews';
import {
  buildApplication,
  moveToUserInterview,
  scoreStage,
  uniformScorecard,
} from '../support/factories';
import { useTestApp } from '../support/test-app';

/**
 * After "Candidate did not come": the kit says the candidate did not come (not "cancelled"), and
 * the candidate's portal says kindly that the interview was missed and HR will be in touch,
 * until a new time is booked.
 */
const t = useTestApp();

const note = 'Ditelepon 3x tidak diangkat.';

const kitOf = (as: typeof t.users.recruiter, applicationId: string) =>
  t.call(as, 'GET', `/api/applications/${applicationId}/interviews/hr/kit`);

async function portal(applicationId: string) {
  const token = (await ensurePortalToken(t.db, applicationId))!;
  const view = await t.call(null, 'GET', `/api/portal/${token}`);
  expect(view.status, JSON.stringify(view.body)).toBe(200);
  return view;
}

describe('the kit after a no-show', () => {
  it('tells the panel the candidate did not come, not that the interview was cancelled', async () => {
    const { applicationId } = await missedHrInterview(t, note);
    // The interviewer sat only that panel: their old invitation's link says what happened.
    const panel = await kitOf(t.users.interviewer, applicationId);
    expect(panel.status).toBe(410);
    expect(panel.body.error.message).toBe('The candidate did not come to this interview.');
    expect(panel.body.error.fields[0].params).toMatchObject({ noShow: true });
    expect(JSON.stringify(panel.body)).not.toContain('Ditelepon');

    const hr = await kitOf(t.users.recruiter, applicationId);
    expect(hr.status, JSON.stringify(hr.body)).toBe(200);
    expect(hr.body.scorecardClosed).toBe('interview_missed');
    const scored = await scoreStage(
      t,
      t.users.recruiter,
      applicationId,
      'hr',
      uniformScorecard('hr', 'yes'),
    );
    expect(scored.status).toBe(409);
    expect(scored.body.error.fields.map((field: { code: string }) => field.code)).toEqual([
      'scorecard_interview_missed',
    ]);
  });

  it('still says "cancelled" for an interview HR called off', async () => {
    const { applicationId, interviewId } = await begunHrInterview(t);
    await cancelInterview(t, interviewId);
    const panel = await kitOf(t.users.interviewer, applicationId);
    expect(panel.status).toBe(410);
    expect(panel.body.error.fields[0].params).toMatchObject({ noShow: false });
    expect((await kitOf(t.users.recruiter, applicationId)).body.scorecardClosed).toBe(
      'interview_cancelled',
    );
    expect((await portal(applicationId)).body.missedInterview).toBeNull();
  });
});

describe('the portal after a no-show', () => {
  it('says the interview was missed, without the note, until a new time is booked', async () => {
    const { applicationId, interviewId } = await missedHrInterview(t, note);
    const [booked] = await t.db.query<{ startsAt: Date }>(
      `SELECT starts_at AS "startsAt" FROM interviews WHERE id = $1`,
      [interviewId],
    );
    const missed = await portal(applicationId);
    expect(missed.body).toMatchObject({
      status: 'hr_interview',
      nextInterview: null,
      missedInterview: {
        stage: 'hr',
        startsAt: booked!.startsAt.toISOString(),
        timeZone: 'Asia/Jakarta',
      },
    });
    expect(JSON.stringify(missed.body)).not.toContain('Ditelepon');

    const rebooked = await bookInterview(t, applicationId, {
      stage: 'hr',
      interviewerIds: [t.users.recruiter.id],
    });
    const after = await portal(applicationId);
    expect(after.body.missedInterview).toBeNull();
    expect(after.body.nextInterview.id).toBe(rebooked.id);
  });

  it('promises no new time once the hiring manager rejected, while HR has not told the candidate', async () => {
    const { applicationId } = await buildApplication(t);
    await moveToUserInterview(t, applicationId);
    const manager = t.users.hiringManager;
    const { id } = await bookInterview(t, applicationId, {
      stage: 'user',
      interviewerIds: [manager.id],
    });
    await moveInterviewStartIntoPast(t, id, 120);
    const marked = await t.call(manager, 'POST', `/api/interviews/${id}/no-show`, { note });
    expect(marked.status, JSON.stringify(marked.body)).toBe(200);
    expect((await portal(applicationId)).body.missedInterview).toMatchObject({ stage: 'user' });

    const rejected = await t.call(manager, 'POST', `/api/applications/${applicationId}/move`, {
      toStage: 'rejected',
      rejectionReason: 'no_response',
    });
    expect(rejected.status, JSON.stringify(rejected.body)).toBe(200);
    // Untold, the portal still shows the user interview: it must not say HR will find a new time.
    const view = await portal(applicationId);
    expect(view.body.status).toBe('user_interview');
    expect(view.body.missedInterview).toBeNull();
  });
});
