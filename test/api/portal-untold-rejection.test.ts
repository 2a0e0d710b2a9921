import { describe, expect, test } from 'vitest';
import { ensurePortalToken } from '../../src/services/portal/portal-link-service';
import {
  buildApplication,
  moveTo,
  moveToUserInterview,
  scoreStage,
  uniformScorecard,
} from '../support/factories';
import { type TestApp, useTestApp } from '../support/test-app';

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

  test('HR marks it told by phone: the portal shows it, Today forgets it, no e-mail, audited', async () => {
    const { applicationId, token } = await atUserInterview();
    const decided = await t.call(
      t.users.hiringManager,
      'POST',
      `/api/applications/${applicationId}/decisions`,
      { stage: 'user', outcome: 'reject', rationale: 'Kurang.', overrideReason: 'Diskusi panel.' },
    );
    expect(decided.status, JSON.stringify(decided.body)).toBe(201);
    const untold = async () =>
      (await t.call(t.users.recruiter, 'GET', `/api/applications/${applicationId}/interviews`)).body
        .untoldRejection as boolean;
    const onToday = async () =>
      (
        (await t.call(t.users.recruiter, 'GET', '/api/today')).body.userVerdicts as {
          applicationId: string;
        }[]
      ).some((item) => item.applicationId === applicationId);
    expect(await untold()).toBe(true);
    expect(await onToday()).toBe(true);
    const tell = (as: TestApp['users']['admin'], how: string) =>
      t.call(as, 'POST', `/api/applications/${applicationId}/rejection-told`, { how });

    // Not the manager's to mark, and only a known way: nothing changes.
    expect((await tell(t.users.hiringManager, 'phone')).status).toBe(403);
    const bad = await tell(t.users.recruiter, 'carrier_pigeon');
    expect(bad.status).toBe(400);
    expect(bad.body.error.fields[0].path).toBe('how');
    expect(await portalStatus(token)).toBe('user_interview');

    const mailBefore = await t.db.query(`SELECT id FROM email_messages WHERE application_id = $1`, [
      applicationId,
    ]);
    const told = await tell(t.users.recruiter, 'phone');
    expect(told.status, JSON.stringify(told.body)).toBe(200);
    expect(await portalStatus(token)).toBe('not_continued');
    expect(await untold()).toBe(false);
    expect(await onToday()).toBe(false);
    expect(
      await t.db.query(`SELECT id FROM email_messages WHERE application_id = $1`, [applicationId]),
    ).toHaveLength(mailBefore.length);
    const audit = await t.db.query<{ detail: { how: string } }>(
      `SELECT detail FROM audit_log WHERE entity_id = $1 AND action = 'candidate.told_rejection'`,
      [applicationId],
    );
    expect(audit.map((row) => row.detail.how)).toEqual(['phone']);
    // Told once is told: a second mark is refused.
    const again = await tell(t.users.recruiter, 'in_person');
    expect(again.status).toBe(409);
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
