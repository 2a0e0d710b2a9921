import { describe, expect, test } from 'vitest';
import { ensurePortalToken } from '../../src/services/portal/portal-link-service';
import {
  buildApplication,
  moveTo,
  moveToUserInterview,
  rejectedByHiringManager,
} from '../support/factories';
import { type TestApp, useTestApp } from '../support/test-app';

const t = useTestApp();

/** The portal link an interview invitation would carry, made here without scheduling one. */
const withToken = async <T extends { applicationId: string }>(built: T) => ({
  ...built,
  token: (await ensurePortalToken(t.db, built.applicationId))!,
});

/** The hiring manager's rejection at the user interview, untold so far; its portal token. */
const untoldRejection = async () => withToken(await rejectedByHiringManager(t));

const portalStatus = async (token: string) => {
  const view = await t.call(null, 'GET', `/api/portal/${token}`);
  expect(view.status, JSON.stringify(view.body)).toBe(200);
  return view.body.status as string;
};

describe('a rejection reaches the candidate from HR first', () => {
  test("the hiring manager's rejection shows only once HR sent the rejection e-mail", async () => {
    const { applicationId, token } = await untoldRejection();
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

  test('HR marks it told by phone: the portal shows it, Today forgets it, no e-mail, audited, in the history', async () => {
    const { applicationId, candidateId, token } = await untoldRejection();
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
    // The candidate page's history of the application says who told them, how and when.
    const page = await t.call(t.users.recruiter, 'GET', `/api/candidates/${candidateId}`);
    const [application] = page.body.applications;
    expect(application.rejectionsTold).toEqual([
      {
        id: expect.any(String),
        actorName: 'Rina Recruiter',
        how: 'phone',
        at: expect.any(String),
      },
    ]);
    expect(Date.now() - Date.parse(application.rejectionsTold[0].at)).toBeLessThan(10 * 60_000);
    // Told once is told: a second mark is refused.
    const again = await tell(t.users.recruiter, 'in_person');
    expect(again.status).toBe(409);
  });

  test('HR rejecting shows at once: HR chose how to tell them', async () => {
    const { applicationId, token } = await withToken(await buildApplication(t));
    await moveToUserInterview(t, applicationId);
    const moved = await moveTo(t, applicationId, 'rejected', {
      rejectionReason: 'failed_user_interview',
    });
    expect(moved.status, JSON.stringify(moved.body)).toBe(200);
    expect(await portalStatus(token)).toBe('not_continued');
  });
});
