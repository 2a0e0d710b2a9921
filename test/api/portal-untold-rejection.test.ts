import { describe, expect, test } from 'vitest';
import { ensurePortalToken } from '../../src/services/portal/portal-link-service';
import {
  buildApplication,
  moveTo,
  moveToUserInterview,
  scoreStage,
  uniformScorecard,
} from '../support/factories';
import { useTestApp } from '../support/test-app';

const t = useTestApp();

/** An application at the user interview, scored "no" by the hiring manager; its portal token. */
async function atUserInterview() {
  const built = await buildApplication(t);
  await moveToUserInterview(t, built.applicationId);
  const scorecard = uniformScorecard('user', 'no', { evidence: 'Belum menguasai.' });
  const scored = await scoreStage(t, t.users.hiringManager, built.applicationId, 'user', scorecard);
  expect(scored.status, JSON.stringify(scored.body)).toBeLessThan(300);
  // The link an interview invitation would carry, made here without scheduling one.
  const token = (await ensurePortalToken(t.db, built.applicationId))!;
  return { ...built, token };
}

const portalStatus = async (token: string) => {
  const view = await t.call(null, 'GET', `/api/portal/${token}`);
  expect(view.status, JSON.stringify(view.body)).toBe(200);
  return view.body.status as string;
};

describe('a rejection reaches the candidate from HR first', () => {
  test("the hiring manager's rejection shows only once HR sent the rejection e-mail", async () => {
    const { applicationId, token } = await atUserInterview();
    const decided = await t.call(
      t.users.hiringManager,
      'POST',
      `/api/applications/${applicationId}/decisions`,
      { stage: 'user', outcome: 'reject', rationale: 'Kurang.', overrideReason: 'Diskusi panel.' },
    );
    expect(decided.status, JSON.stringify(decided.body)).toBe(201);
    expect(await portalStatus(token)).toBe('user_interview');

    const sent = await t.call(
      t.users.recruiter,
      'POST',
      `/api/applications/${applicationId}/emails`,
      {
        template: 'rejection',
      },
    );
    expect(sent.status, JSON.stringify(sent.body)).toBeLessThan(300);
    expect(await portalStatus(token)).toBe('not_continued');
  });

  test('HR rejecting shows at once: HR chose how to tell them', async () => {
    const { applicationId, token } = await atUserInterview();
    const moved = await moveTo(t, applicationId, 'rejected', {
      rejectionReason: 'failed_user_interview',
    });
    expect(moved.status, JSON.stringify(moved.body)).toBe(200);
    expect(await portalStatus(token)).toBe('not_continued');
  });
});
