import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { createTestApp, type TestApp, type TestUser } from '../support/test-app';
import { buildApplication, buildJob, candidateInput, jobInput, moveTo } from '../support/factories';
import { expectError, unknownId } from '../support/expectations';

let t: TestApp;
/** The test team's job: recruiter, hiring manager and interviewer are on it. */
let ours: { jobId: string; candidateId: string; applicationId: string };
/** Another team's job: only the admin (as hiring manager) and the recruiter. */
let theirs: { jobId: string; candidateId: string; applicationId: string };
/** A candidate who applied to both jobs. */
let shared: { candidateId: string; ourApplicationId: string; theirApplicationId: string };

beforeAll(async () => {
  t = await createTestApp();
  ours = await buildApplication(t);
  const theirJob = await buildJob(t, {
    title: 'Finance Staff',
    team: {
      recruiterId: t.users.recruiter.id,
      hiringManagerId: t.users.admin.id,
      interviewerIds: [],
    },
  });
  theirs = await buildApplication(t, { jobId: theirJob.id });
  const created = await t.call(
    t.users.recruiter,
    'POST',
    '/api/candidates',
    candidateInput({ fullName: 'Wulan Dua Lamaran', jobIds: [ours.jobId, theirs.jobId] }),
  );
  const byJob = (jobId: string) =>
    created.body.applications.find((a: { jobId: string }) => a.jobId === jobId).id as string;
  shared = {
    candidateId: created.body.id,
    ourApplicationId: byJob(ours.jobId),
    theirApplicationId: byJob(theirs.jobId),
  };
});
afterAll(() => t.close());

const jobIdsSeenBy = async (user: TestUser) =>
  (await t.call(user, 'GET', '/api/jobs')).body.items.map((job: { id: string }) => job.id);

describe('who sees which jobs', () => {
  test('HR sees every job', async () => {
    for (const user of [t.users.recruiter, t.users.admin]) {
      expect(await jobIdsSeenBy(user)).toEqual(expect.arrayContaining([ours.jobId, theirs.jobId]));
    }
  });

  test('a hiring manager and an interviewer see only the jobs whose team they are on', async () => {
    for (const user of [t.users.hiringManager, t.users.interviewer]) {
      // The board shows the job's people: the hiring manager's, not an interviewer's (403).
      const board = user === t.users.interviewer ? 403 : 200;
      expect(await jobIdsSeenBy(user)).toEqual([ours.jobId]);
      expect((await t.call(user, 'GET', `/api/jobs/${ours.jobId}`)).status).toBe(200);
      expect((await t.call(user, 'GET', `/api/jobs/${ours.jobId}/board`)).status).toBe(board);
      expectError(await t.call(user, 'GET', `/api/jobs/${theirs.jobId}`), 404, 'not_found');
      expectError(await t.call(user, 'GET', `/api/jobs/${theirs.jobId}/board`), 404, 'not_found');
      expect((await t.call(user, 'GET', `/api/jobs/${ours.jobId}/board/applied`)).status).toBe(
        board,
      );
      expectError(
        await t.call(user, 'GET', `/api/jobs/${theirs.jobId}/board/applied`),
        404,
        'not_found',
      );
    }
  });

  test('a hiring manager on no team sees no job', async () => {
    expect(await jobIdsSeenBy(t.users.otherManager)).toEqual([]);
  });
});

describe('another team’s data answers 404, as if it did not exist', () => {
  test('job, board, candidate, application move and bulk move', async () => {
    const other = t.users.otherManager;
    expectError(await t.call(other, 'GET', `/api/jobs/${ours.jobId}`), 404, 'not_found');
    expectError(await t.call(other, 'GET', `/api/jobs/${ours.jobId}/board`), 404, 'not_found');
    expectError(
      await t.call(other, 'GET', `/api/candidates/${ours.candidateId}`),
      404,
      'not_found',
    );
    expectError(
      await t.call(other, 'POST', `/api/applications/${ours.applicationId}/move`, {
        toStage: 'cv_screening',
      }),
      404,
      'not_found',
    );
    expectError(
      await t.call(other, 'POST', `/api/jobs/${ours.jobId}/bulk-move`, {
        toStage: 'cv_screening',
        applicationIds: [ours.applicationId],
      }),
      404,
      'not_found',
    );
    // The answers match those for ids that exist nowhere.
    const missing = await t.call(other, 'GET', `/api/candidates/${unknownId()}`);
    const hidden = await t.call(other, 'GET', `/api/candidates/${ours.candidateId}`);
    expect(hidden.body).toEqual(missing.body);
    const board = await t.call(t.users.recruiter, 'GET', `/api/jobs/${ours.jobId}/board`);
    const applied = board.body.columns.find((c: { stage: string }) => c.stage === 'applied');
    expect(applied.cards.map((c: { applicationId: string }) => c.applicationId)).toContain(
      ours.applicationId,
    );
  });

  test('the hiring manager cannot reach the other team’s application', async () => {
    expectError(
      await t.call(
        t.users.hiringManager,
        'POST',
        `/api/applications/${theirs.applicationId}/move`,
        {
          toStage: 'cv_screening',
        },
      ),
      404,
      'not_found',
    );
    expectError(
      await t.call(t.users.hiringManager, 'GET', `/api/candidates/${theirs.candidateId}`),
      404,
      'not_found',
    );
  });

  test('editing and opening jobs is HR’s work: 403 even for the job’s own hiring manager', async () => {
    expectError(
      await t.call(t.users.hiringManager, 'PUT', `/api/jobs/${ours.jobId}`, jobInput(t)),
      403,
      'forbidden',
    );
    expectError(
      await t.call(t.users.otherManager, 'POST', `/api/jobs/${ours.jobId}/close`),
      403,
      'forbidden',
    );
    expect((await t.call(t.users.recruiter, 'GET', `/api/jobs/${ours.jobId}`)).body.status).toBe(
      'open',
    );
  });
});

describe('candidates seen through a team', () => {
  test('the candidate list holds only candidates of the reader’s jobs', async () => {
    const list = await t.call(t.users.hiringManager, 'GET', '/api/candidates?pageSize=100');
    const ids = list.body.items.map((c: { id: string }) => c.id);
    expect(ids).toEqual(expect.arrayContaining([ours.candidateId, shared.candidateId]));
    expect(ids).not.toContain(theirs.candidateId);
    expect(list.body.total).toBe(ids.length);
    const wulan = list.body.items.find((c: { id: string }) => c.id === shared.candidateId);
    expect(wulan.applications.map((a: { jobId: string }) => a.jobId)).toEqual([ours.jobId]);

    const nobody = await t.call(t.users.otherManager, 'GET', '/api/candidates');
    expect(nobody.body).toMatchObject({ items: [], total: 0 });
  });

  test('a candidate shows only the applications of the reader’s jobs', async () => {
    const seen = await t.call(
      t.users.hiringManager,
      'GET',
      `/api/candidates/${shared.candidateId}`,
    );
    expect(seen.status).toBe(200);
    expect(seen.body.applications.map((a: { id: string }) => a.id)).toEqual([
      shared.ourApplicationId,
    ]);
    const all = await t.call(t.users.recruiter, 'GET', `/api/candidates/${shared.candidateId}`);
    expect(all.body.applications).toHaveLength(2);
  });
});

describe('what an interviewer may not do', () => {
  test('403 creating jobs, candidates and applications, or listing users', async () => {
    const i = t.users.interviewer;
    expectError(await t.call(i, 'POST', '/api/jobs', jobInput(t)), 403, 'forbidden');
    expectError(await t.call(i, 'POST', '/api/candidates', candidateInput()), 403, 'forbidden');
    expectError(
      await t.call(i, 'POST', '/api/applications', {
        candidateId: theirs.candidateId,
        jobId: ours.jobId,
      }),
      403,
      'forbidden',
    );
    expectError(await t.call(i, 'GET', '/api/users'), 403, 'forbidden');
    expectError(await t.call(t.users.hiringManager, 'GET', '/api/users'), 403, 'forbidden');
  });

  test('403 moving an application of their own job, alone or in bulk; nothing moves', async () => {
    const { applicationId, candidateId, jobId } = await buildApplication(t, { jobId: ours.jobId });
    expectError(
      await t.call(t.users.interviewer, 'POST', `/api/applications/${applicationId}/move`, {
        toStage: 'cv_screening',
      }),
      403,
      'forbidden',
    );
    expectError(
      await t.call(t.users.interviewer, 'POST', `/api/jobs/${jobId}/bulk-move`, {
        toStage: 'rejected',
        rejectionReason: 'cv_not_matching',
        applicationIds: [applicationId],
      }),
      403,
      'forbidden',
    );
    const read = await t.call(t.users.recruiter, 'GET', `/api/candidates/${candidateId}`);
    expect(read.body.applications[0]).toMatchObject({ id: applicationId, stage: 'applied' });
    expect(read.body.applications[0].history).toHaveLength(1);
    // HR can still move it.
    expect((await moveTo(t, applicationId, 'cv_screening')).status).toBe(200);
  });
});

describe('every non-public route needs a session', () => {
  test('each secured operation in the OpenAPI document answers 401 without a cookie', async () => {
    const doc = await t.call(null, 'GET', '/api/openapi.json');
    expect(doc.status).toBe(200);
    const secured: [string, string][] = [];
    const open: [string, string][] = [];
    for (const [path, operations] of Object.entries(
      doc.body.paths as Record<string, Record<string, { security?: unknown[] }>>,
    )) {
      for (const [method, operation] of Object.entries(operations)) {
        (operation.security?.length ? secured : open).push([method.toUpperCase(), path]);
      }
    }
    // The public ones are exactly signing in and out, setting a password with a one-time link,
    // health, this document, the practice coach, the careers page (open jobs and applying), the
    // candidate portal (its offer among it), the talent-pool invitation (whose private links
    // are the key) and the employer's brand those pages wear.
    expect(open.map(([m, p]) => `${m} ${p}`).sort()).toEqual([
      'GET /api/auth/session',
      'GET /api/brand',
      'GET /api/brand/logo',
      'GET /api/careers/jobs',
      'GET /api/careers/jobs/{jobId}',
      'GET /api/coach/jobs',
      'GET /api/coach/questions',
      'GET /api/health',
      'GET /api/openapi.json',
      'GET /api/portal/{token}',
      'GET /api/portal/{token}/offer',
      'GET /api/portal/{token}/offer/letter',
      'GET /api/talent-pool/{token}',
      'POST /api/auth/login',
      'POST /api/auth/logout',
      'POST /api/auth/password-links/check',
      'POST /api/auth/password-links/use',
      'POST /api/careers/jobs/{jobId}/applications',
      'POST /api/coach/analyze',
      'POST /api/portal/{token}/data-requests',
      'POST /api/portal/{token}/interviews/{interviewId}/confirm',
      'POST /api/portal/{token}/interviews/{interviewId}/reschedule-request',
      'POST /api/portal/{token}/offer/accept',
      'POST /api/portal/{token}/offer/counter',
      'POST /api/portal/{token}/offer/decline',
      'POST /api/portal/{token}/talent-pool',
      'POST /api/portal/{token}/withdraw',
      'POST /api/talent-pool/{token}/answer',
      'PUT /api/portal/{token}/language',
    ]);
    expect(secured.length).toBeGreaterThanOrEqual(14);
    for (const [method, path] of secured) {
      const url = path.replace(/\{\w+\}/g, () => unknownId());
      const body = method === 'GET' ? undefined : {};
      const reply = await t.call(null, method as 'GET', url, body);
      expect({
        route: `${method} ${path}`,
        status: reply.status,
        code: reply.body?.error?.code,
      }).toEqual({
        route: `${method} ${path}`,
        status: 401,
        code: 'unauthenticated',
      });
    }
  });
});
