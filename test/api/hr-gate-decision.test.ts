import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { bookBegunInterview } from '../support/begun-interviews';
import { atHrInterview, scoreStage, uniformScorecard } from '../support/factories';
import { createTestApp, type TestApp, type TestUser } from '../support/test-app';

/** HR's gate decides as the user's verdict does: the panel's scorecards, the rejection e-mail. */

let t: TestApp;
beforeAll(async () => {
  t = await createTestApp();
});
afterAll(() => t.close());

const decisionsUrl = (applicationId: string) => `/api/applications/${applicationId}/decisions`;

/** An HR interview held yesterday with HR and the interviewer on its panel. */
async function heldHrInterview() {
  const built = await atHrInterview(t);
  await bookBegunInterview(
    t,
    built.applicationId,
    { stage: 'hr', interviewerIds: [t.users.recruiter.id, t.users.interviewer.id] },
    24 * 60,
  );
  return built;
}

async function submitHrScorecard(as: TestUser, applicationId: string) {
  const submitted = await scoreStage(
    t,
    as,
    applicationId,
    'hr',
    uniformScorecard('hr', 'yes', { summary: 'Komunikasi baik.' }),
  );
  expect(submitted.status, JSON.stringify(submitted.body)).toBe(200);
}

const hrDecision = (applicationId: string, body: Record<string, unknown>) =>
  t.call(t.users.recruiter, 'POST', decisionsUrl(applicationId), { stage: 'hr', ...body });

async function stageOf(candidateId: string) {
  const reply = await t.call(t.users.recruiter, 'GET', `/api/candidates/${candidateId}`);
  return reply.body.applications[0].stage as string;
}

async function mailOf(applicationId: string): Promise<string[]> {
  const reply = await t.call(
    t.users.recruiter,
    'GET',
    `/api/applications/${applicationId}/interviews`,
  );
  return (reply.body.messages as { template: string }[]).map((m) => m.template);
}

describe("HR's gate waits for the HR panel's scorecards, as the user's verdict does", () => {
  it('asks HR for a reason when her own scorecard is not in, and names her', async () => {
    const { applicationId, candidateId } = await heldHrInterview();
    await submitHrScorecard(t.users.interviewer, applicationId);
    const summary = await t.call(t.users.recruiter, 'GET', decisionsUrl(applicationId));
    expect(summary.body.awaitedHrScorers).toEqual([
      { interviewerId: t.users.recruiter.id, name: expect.any(String) },
    ]);

    const early = await hrDecision(applicationId, { outcome: 'advance' });
    expect(early.status).toBe(400);
    expect(early.body.error.fields).toEqual([
      expect.objectContaining({
        path: 'overrideReason',
        code: 'verdict_needs_scorecards',
        params: expect.objectContaining({ waitingForIds: [t.users.recruiter.id] }),
      }),
    ]);
    expect(await stageOf(candidateId)).toBe('hr_interview');

    const reason = 'Kandidat harus segera bertemu user minggu ini.';
    const overridden = await hrDecision(applicationId, {
      outcome: 'advance',
      overrideReason: reason,
    });
    expect(overridden.status, JSON.stringify(overridden.body)).toBe(201);
    expect(await stageOf(candidateId)).toBe('user_interview');
    const log = await t.call(
      t.users.admin,
      'GET',
      `/api/admin/audit-log?entityId=${applicationId}&action=decision.verdict_overridden`,
    );
    expect(log.body.items[0].detail).toMatchObject({ stage: 'hr', reason });
  });

  it('decides without a reason once the whole HR panel has scored', async () => {
    const { applicationId, candidateId } = await heldHrInterview();
    await submitHrScorecard(t.users.interviewer, applicationId);
    await submitHrScorecard(t.users.recruiter, applicationId);
    const decided = await hrDecision(applicationId, { outcome: 'advance' });
    expect(decided.status, JSON.stringify(decided.body)).toBe(201);
    expect(await stageOf(candidateId)).toBe('user_interview');
  });
});

describe("HR's gate offers the rejection e-mail, as a move to Rejected does", () => {
  async function scoredByWholePanel() {
    const built = await heldHrInterview();
    await submitHrScorecard(t.users.interviewer, built.applicationId);
    await submitHrScorecard(t.users.recruiter, built.applicationId);
    return built;
  }
  // The panel recommended "yes": rejecting goes against it and needs a rationale.
  const reject = { outcome: 'reject', rationale: 'Ekspektasi gaji jauh di atas anggaran.' };

  it('e-mails the candidate the rejection when HR asks for it', async () => {
    const { applicationId, candidateId } = await scoredByWholePanel();
    const decided = await hrDecision(applicationId, { ...reject, emailCandidate: true });
    expect(decided.status, JSON.stringify(decided.body)).toBe(201);
    expect(await stageOf(candidateId)).toBe('rejected');
    expect(await mailOf(applicationId)).toContain('rejection');
  });

  it('sends nothing when HR does not ask, and refuses the e-mail with an advance', async () => {
    const quiet = await scoredByWholePanel();
    expect((await hrDecision(quiet.applicationId, reject)).status).toBe(201);
    expect(await mailOf(quiet.applicationId)).not.toContain('rejection');

    const advancing = await scoredByWholePanel();
    const refused = await hrDecision(advancing.applicationId, {
      outcome: 'advance',
      emailCandidate: true,
    });
    expect(refused.status).toBe(400);
    expect(refused.body.error.fields).toEqual([
      expect.objectContaining({ path: 'emailCandidate', code: 'no_email_for_outcome' }),
    ]);
    expect(await stageOf(advancing.candidateId)).toBe('hr_interview');
  });
});
