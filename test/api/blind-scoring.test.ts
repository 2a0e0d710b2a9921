import { expect, test } from 'vitest';
import { expectError, expectInvalid } from '../support/expectations';
import { bookInterview, moveInterviewStartIntoPast } from '../support/begun-interviews';
import {
  atHrInterview,
  buildApplication,
  moveToHrInterview,
  uniformScorecard,
} from '../support/factories';
import { type TestUser, useTestApp } from '../support/test-app';

const t = useTestApp();

const card = (stage: 'hr' | 'user', rating: string) =>
  uniformScorecard(stage, rating, { evidence: 'contoh', summary: `rahasia ${stage} ${rating}` });

/**
 * A job whose plan names its interviewer on both panels, with one application at the HR
 * interview, which HR booked with the recruiter and the interviewer and which has begun.
 */
async function bothPanels() {
  const { jobId, applicationId } = await buildApplication(t);
  const planUrl = `/api/jobs/${jobId}/interview-plan`;
  const { plan } = (await t.call(t.users.recruiter, 'GET', planUrl)).body;
  plan.hr.interviewerIds = [t.users.recruiter.id, t.users.interviewer.id];
  expect((await t.call(t.users.recruiter, 'PUT', planUrl, plan)).status).toBe(200);
  await moveToHrInterview(t, applicationId);
  const { id } = await bookInterview(t, applicationId, {
    stage: 'hr',
    interviewerIds: [t.users.recruiter.id, t.users.interviewer.id],
  });
  await moveInterviewStartIntoPast(t, id);
  return { jobId, applicationId, planUrl };
}

const get = (as: TestUser, url: string) => t.call(as, 'GET', url);

test('HR scorecards stay blind to an HR panelist who has not submitted, through every route', async () => {
  const { jobId, applicationId } = await bothPanels();
  const base = `/api/applications/${applicationId}`;
  // Before anyone submits there is nothing to hide: the panelist reads "no scores yet".
  const empty = await get(t.users.interviewer, `${base}/decisions`);
  expect(empty.body.hiddenBecause.hr).toBeNull();
  expect(empty.body.summaries.hr).toMatchObject({ scorecards: 0 });
  expect(
    (
      await t.call(
        t.users.recruiter,
        'PUT',
        `${base}/interviews/hr/scorecard`,
        card('hr', 'strong_no'),
      )
    ).status,
  ).toBe(200);
  // HR records a hold: its decision keeps the scores it saw.
  expect(
    (await t.call(t.users.recruiter, 'POST', `${base}/decisions`, { stage: 'hr', outcome: 'hold' }))
      .status,
  ).toBe(201);

  const scorecards = await get(t.users.interviewer, `${base}/interviews/hr/scorecards`);
  expect(scorecards.body).toMatchObject({ own: null, others: [], hidden: 1 });
  // Not booked into a user interview yet, so its kit is not theirs (nor HR's advice in it).
  const kit = await get(t.users.interviewer, `${base}/interviews/user/kit`);
  expectError(kit, 403, 'forbidden');
  const summary = await get(t.users.interviewer, `${base}/decisions`);
  expect(summary.body.summaries.hr).toBeNull();
  expect(summary.body.hiddenBecause.hr).toBe('submit_first');
  expect(summary.body.decisions).toHaveLength(1);
  expect(summary.body.decisions[0].scores).toBeNull();
  expect(JSON.stringify([scorecards.body, kit.body, summary.body])).not.toContain('rahasia');
  expectError(await get(t.users.interviewer, `/api/jobs/${jobId}/comparison`), 403, 'forbidden');

  // After submitting their own, the panelist reads the other.
  await t.call(t.users.interviewer, 'PUT', `${base}/interviews/hr/scorecard`, card('hr', 'yes'));
  const open = await get(t.users.interviewer, `${base}/interviews/hr/scorecards`);
  expect(open.body.others.map((c: { summary: string }) => c.summary)).toEqual([
    'rahasia hr strong_no',
  ]);
});

test('a panel with scorecards cannot lose members, so nobody steps off it to read the others', async () => {
  const { applicationId, planUrl } = await bothPanels();
  await t.call(
    t.users.recruiter,
    'PUT',
    `/api/applications/${applicationId}/interviews/hr/scorecard`,
    card('hr', 'yes'),
  );
  const { plan } = (await get(t.users.recruiter, planUrl)).body;
  const withoutInterviewer = {
    ...plan,
    hr: { ...plan.hr, interviewerIds: [t.users.recruiter.id] },
  };
  expectInvalid(await t.call(t.users.recruiter, 'PUT', planUrl, withoutInterviewer), {
    'hr.interviewerIds': 'panel_locked',
  });
  // The hiring manager shapes the user interview, never HR's.
  expectError(
    await t.call(t.users.hiringManager, 'PUT', planUrl, withoutInterviewer),
    403,
    'forbidden',
  );
  const longer = { ...plan, user: { ...plan.user, durationMinutes: 90 } };
  expect(
    (await t.call(t.users.hiringManager, 'PUT', planUrl, longer)).body.plan.user.durationMinutes,
  ).toBe(90);
});

test('an admin moving one template weight moves the other, so plans still add up to 100', async () => {
  const { stage: _stage, ...hr } = (await get(t.users.admin, '/api/stage-templates')).body.hr;
  const saved = await t.call(t.users.admin, 'PUT', '/api/stage-templates/hr', {
    ...hr,
    weight: 40,
  });
  expect([saved.body.hr.weight, saved.body.user.weight]).toEqual([40, 60]);
  await t.call(t.users.admin, 'PUT', '/api/stage-templates/hr', { ...hr, weight: 30 });
});

test('an interviewer HR books into the interview opens its kit and scores, though the plan does not name them', async () => {
  const { applicationId } = await atHrInterview(t);
  const base = `/api/applications/${applicationId}`;
  expectError(await get(t.users.interviewer, `${base}/interviews/hr/kit`), 403, 'forbidden');
  const { id } = await bookInterview(t, applicationId, {
    stage: 'hr',
    interviewerIds: [t.users.recruiter.id, t.users.interviewer.id],
  });
  expect((await get(t.users.interviewer, `${base}/interviews/hr/kit`)).status).toBe(200);
  await moveInterviewStartIntoPast(t, id);
  const scored = await t.call(
    t.users.interviewer,
    'PUT',
    `${base}/interviews/hr/scorecard`,
    card('hr', 'yes'),
  );
  expect(scored.status, JSON.stringify(scored.body)).toBe(200);
});

test("a user-panel interviewer reads HR's score after submitting their own, alike on the candidate page and the kit", async () => {
  const { applicationId } = await atHrInterview(t);
  const base = `/api/applications/${applicationId}`;
  await moveInterviewStartIntoPast(
    t,
    (await bookInterview(t, applicationId, { stage: 'hr', interviewerIds: [t.users.recruiter.id] }))
      .id,
  );
  const hrCard = await t.call(t.users.recruiter, 'PUT', `${base}/interviews/hr/scorecard`, {
    ...card('hr', 'yes'),
  });
  expect(hrCard.status).toBe(200);
  const advance = { stage: 'hr', outcome: 'advance' };
  expect((await t.call(t.users.recruiter, 'POST', `${base}/decisions`, advance)).status).toBe(201);
  const booked = await bookInterview(t, applicationId, {
    stage: 'user',
    interviewerIds: [t.users.interviewer.id],
  });
  await moveInterviewStartIntoPast(t, booked.id);

  const before = await get(t.users.interviewer, `${base}/decisions`);
  expect(before.body.summaries.hr).toBeNull();
  expect(before.body.hiddenBecause.hr).toBe('submit_first');
  const kitBefore = await get(t.users.interviewer, `${base}/interviews/user/kit`);
  expect(kitBefore.body).toMatchObject({ hrAdvisory: null, hrScoresAfterSubmit: true });
  // HR's scorecards endpoint answers by the same rule: HR's card counted, not shown, until then.
  const hrCardsBefore = await get(t.users.interviewer, `${base}/interviews/hr/scorecards`);
  expect(hrCardsBefore.status, JSON.stringify(hrCardsBefore.body)).toBe(200);
  expect(hrCardsBefore.body).toMatchObject({ own: null, others: [], hidden: 1 });

  const own = await t.call(t.users.interviewer, 'PUT', `${base}/interviews/user/scorecard`, {
    ...card('user', 'no'),
  });
  expect(own.status).toBe(200);
  const after = await get(t.users.interviewer, `${base}/decisions`);
  expect(after.body.hiddenBecause.hr).toBeNull();
  expect(after.body.summaries.hr).toMatchObject({ scorecards: 1 });
  const kitAfter = await get(t.users.interviewer, `${base}/interviews/user/kit`);
  expect(kitAfter.body.hrScoresAfterSubmit).toBe(false);
  expect(kitAfter.body.hrAdvisory.scorecards).toHaveLength(1);
  const hrCards = await get(t.users.interviewer, `${base}/interviews/hr/scorecards`);
  expect(hrCards.status, JSON.stringify(hrCards.body)).toBe(200);
  expect(hrCards.body).toMatchObject({ hidden: 0 });
  expect(hrCards.body.others).toHaveLength(1);
  expect(hrCards.body.others[0]).toMatchObject({ recommendation: 'yes', summary: '' });
  expect(hrCards.body.others[0].ratings[0]).toMatchObject({ rating: 'yes', evidence: '' });
  // Advisory scores, never HR's free text.
  expect(JSON.stringify([after.body, kitAfter.body, hrCards.body])).not.toContain('rahasia hr');
  expect(JSON.stringify(hrCards.body)).not.toContain('contoh');
  // HR still reads its own comments there.
  const asHr = await get(t.users.admin, `${base}/interviews/hr/scorecards`);
  expect(asHr.body.others[0].summary).toBe('rahasia hr yes');
});
