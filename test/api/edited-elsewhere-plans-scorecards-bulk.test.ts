import { describe, expect, it } from 'vitest';
import { expectError } from '../support/expectations';
import {
  atHrInterview,
  buildApplication,
  buildJob,
  moveTo,
  readKit,
  scoreHrInterview,
  uniformScorecard,
  skipHrGate,
} from '../support/factories';
import { useTestApp } from '../support/test-app';

/**
 * Two writers at once, beyond the candidate, job and offer forms (fix52): a job's interview plan,
 * a scorecard correction and a bulk board move made from a page opened before someone else's
 * change are refused (or, for the bulk move, skip the cards concerned) and change nothing.
 */
describe('two writers at once: plans, scorecard corrections, bulk moves', () => {
  const t = useTestApp();
  const rina = () => t.users.recruiter;
  const sekar = () => t.users.admin;

  it("refuses an interview plan saved from an editor opened before someone else's save", async () => {
    const { id } = await buildJob(t);
    const url = `/api/jobs/${id}/interview-plan`;
    const opened = (await t.call(sekar(), 'GET', url)).body;
    expect(opened).toMatchObject({ saved: false, updatedAt: null });
    const save = (brief: string, expectedUpdatedAt: string | null) => ({
      hr: { ...opened.plan.hr, brief },
      user: opened.plan.user,
      expectedUpdatedAt,
    });
    const first = await t.call(rina(), 'PUT', url, save('Tanyakan pengalaman shift.', null));
    expect(first.status, JSON.stringify(first.body)).toBe(200);
    expect(first.body.updatedAt).toEqual(expect.any(String));

    // Sekar's editor still holds the templates' plan: her save would replace Rina's brief.
    const stale = await t.call(sekar(), 'PUT', url, save('Fokus ke Excel.', null));
    expect(expectError(stale, 409, 'edited_elsewhere')).toEqual([
      expect.objectContaining({
        path: 'expectedUpdatedAt',
        params: { byName: 'Rina Recruiter', at: first.body.updatedAt },
      }),
    ]);
    const now = (await t.call(sekar(), 'GET', url)).body;
    expect(now.plan.hr.brief).toBe('Tanyakan pengalaman shift.');
    expect(now.updatedAt).toBe(first.body.updatedAt);

    // An editor opened before Rina's second save is refused too; reloaded, the save goes through.
    const second = await t.call(rina(), 'PUT', url, save('Dua.', now.updatedAt));
    expect(second.status, JSON.stringify(second.body)).toBe(200);
    expect((await t.call(sekar(), 'PUT', url, save('Tiga.', now.updatedAt))).status).toBe(409);
    const reloaded = await t.call(sekar(), 'PUT', url, save('Tiga.', second.body.updatedAt));
    expect(reloaded.status, JSON.stringify(reloaded.body)).toBe(200);
    // Without the field (an API token, an older client) the save goes through as before.
    const { expectedUpdatedAt: _, ...old } = save('Empat.', null);
    expect((await t.call(rina(), 'PUT', url, old)).status).toBe(200);
  });

  it('refuses a scorecard correction over a later correction, or after a decision moved on', async () => {
    const { applicationId } = await atHrInterview(t);
    await scoreHrInterview(t, applicationId);
    const opened = (await readKit(t, rina(), applicationId, 'hr')).body;
    const url = `/api/applications/${applicationId}/interviews/hr/scorecard`;
    const correction = (summary: string, seen: Record<string, unknown>) => ({
      ...uniformScorecard('hr', 'yes', { summary }),
      action: 'amend',
      reason: 'Salah ketik.',
      ...seen,
    });
    const seen = {
      expectedUpdatedAt: opened.ownScorecard.updatedAt,
      expectedStage: opened.application.stage,
    };
    // Two tabs of one interviewer, both correcting the submitted card.
    const first = await t.call(rina(), 'PUT', url, correction('Koreksi pertama.', seen));
    expect(first.status, JSON.stringify(first.body)).toBe(200);
    const stale = await t.call(rina(), 'PUT', url, correction('Koreksi kedua.', seen));
    expect(expectError(stale, 409, 'edited_elsewhere')).toEqual([
      expect.objectContaining({
        path: 'expectedUpdatedAt',
        params: { byName: 'Rina Recruiter', at: first.body.updatedAt },
      }),
    ]);
    const stored = async () => (await readKit(t, rina(), applicationId, 'hr')).body.ownScorecard;
    expect((await stored()).summary).toBe('Koreksi pertama.');

    // Begun at the HR interview; meanwhile the candidate was moved on to the user interview.
    const reopened = { expectedUpdatedAt: first.body.updatedAt, expectedStage: 'hr_interview' };
    expect((await moveTo(t, applicationId, 'user_interview', skipHrGate)).status).toBe(200);
    const late = await t.call(rina(), 'PUT', url, correction('Koreksi ketiga.', reopened));
    expect(expectError(late, 409, 'moved_elsewhere')).toEqual([
      expect.objectContaining({
        path: 'expectedStage',
        params: { stage: 'user_interview', byName: 'Rina Recruiter', at: expect.any(String) },
      }),
    ]);
    expect(await stored()).toMatchObject({
      summary: 'Koreksi pertama.',
      updatedAt: first.body.updatedAt,
    });
    // Without the fields (an older client) a correction goes through as before.
    const old = correction('Koreksi keempat.', {});
    expect((await t.call(rina(), 'PUT', url, old)).status).toBe(200);
  });

  it('a bulk move skips the cards moved since the board was loaded and moves the others', async () => {
    const { jobId, applicationId: first } = await buildApplication(t);
    const second = (await buildApplication(t, { jobId })).applicationId;
    const third = (await buildApplication(t, { jobId })).applicationId;
    const shown = { [first]: 'applied', [second]: 'applied', [third]: 'applied' };
    // Rina takes the second candidate on while Sekar's board still shows it under Applied.
    expect((await moveTo(t, second, 'cv_screening')).status).toBe(200);

    const rejected = await t.call(sekar(), 'POST', `/api/jobs/${jobId}/bulk-move`, {
      applicationIds: [first, second, third],
      toStage: 'rejected',
      rejectionReason: 'cv_not_matching',
      expectedStages: shown,
    });
    expect(rejected.status, JSON.stringify(rejected.body)).toBe(200);
    expect(rejected.body).toEqual({
      moved: 2,
      skipped: [
        {
          applicationId: second,
          stage: 'cv_screening',
          byName: 'Rina Recruiter',
          at: expect.any(String),
        },
      ],
    });
    const board = (await t.call(sekar(), 'GET', `/api/jobs/${jobId}/board`)).body;
    const stageOf = (id: string) =>
      board.columns.find((column: { cards: { applicationId: string }[] }) =>
        column.cards.some((card) => card.applicationId === id),
      )?.stage;
    expect([stageOf(first), stageOf(second), stageOf(third)]).toEqual([
      'rejected',
      'cv_screening',
      'rejected',
    ]);

    // Without the field (an API token, an older client) every card moves, as before.
    const fourth = (await buildApplication(t, { jobId })).applicationId;
    const old = await t.call(sekar(), 'POST', `/api/jobs/${jobId}/bulk-move`, {
      applicationIds: [second, fourth],
      toStage: 'rejected',
      rejectionReason: 'cv_not_matching',
    });
    expect(old.body).toEqual({ moved: 2, skipped: [] });
  });
});
