import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildJob } from '../support/factories';
import { tablesHolding } from '../support/personal-data-search';
import { recordApplication, recordPath, recordScorecard } from '../support/report-history';
import { createTestApp, type TestApp } from '../support/test-app';

/**
 * An erasure at the candidate's request removes the person, not the facts the reports count: the
 * job's funnel, "HR vs user" and the interviewers' calibration read the same before and after
 * (the Reports page says anonymised candidates still count).
 */
describe('erasing a candidate keeps the reports true', () => {
  let t: TestApp;
  let jobId = '';
  let erased = { applicationId: '', candidateId: '' };

  beforeAll(async () => {
    t = await createTestApp();
    jobId = (await buildJob(t, { title: 'Analis Keuangan' })).id;
    const panel = [t.users.interviewer.id, t.users.recruiter.id];
    const hrCards = async (applicationId: string, rating: 'yes' | 'no') => {
      for (const interviewerId of panel) {
        await recordScorecard(t, {
          applicationId,
          stage: 'hr',
          interviewerId,
          ratings: { communication: rating, motivation: rating },
          recommendation: rating,
        });
      }
    };
    const accepted = await recordApplication(t, jobId);
    await hrCards(accepted.applicationId, 'yes');
    await recordPath(t, accepted.applicationId, [
      'applied',
      'hr_interview',
      'user_interview',
      'offer',
    ]);
    erased = await recordApplication(t, jobId, 'referral');
    await hrCards(erased.applicationId, 'yes');
    await recordPath(
      t,
      erased.applicationId,
      ['applied', 'hr_interview', 'user_interview', 'rejected'],
      'failed_user_interview',
    );
    await t.db.query(
      `UPDATE candidates SET full_name = 'Siti Hapuskan', city = 'Bandung' WHERE id = $1`,
      [erased.candidateId],
    );
  });
  afterAll(() => t.close());

  const reports = async () => {
    const read = async (path: string) => {
      const reply = await t.call(t.users.admin, 'GET', path);
      expect(reply.status, path).toBe(200);
      return reply.body;
    };
    return {
      funnel: await read(`/api/reports/funnel?jobId=${jobId}`),
      agreement: await read(`/api/reports/agreement?jobId=${jobId}`),
      calibration: await read(`/api/reports/calibration?jobId=${jobId}`),
      sources: await read(`/api/reports/sources?jobId=${jobId}`),
    };
  };

  it('reads the same funnel, HR vs user and calibration after the erasure', async () => {
    const before = await reports();
    expect(before.agreement.overall.verdicts).toBe(2);
    const reply = await t.call(
      t.users.recruiter,
      'POST',
      `/api/candidates/${erased.candidateId}/erase`,
    );
    expect(reply.status, JSON.stringify(reply.body)).toBe(200);
    expect(await reports()).toEqual(before);
    // The person is gone: no name, no city, not even the id their record had.
    expect(await tablesHolding(t.db, ['Siti Hapuskan', 'Bandung', erased.candidateId])).toEqual([]);
    expect(
      (await t.call(t.users.recruiter, 'GET', `/api/candidates/${erased.candidateId}`)).status,
    ).toBe(404);
  });
});
