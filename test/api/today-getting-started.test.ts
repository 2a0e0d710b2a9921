import { describe, expect, it } from 'vitest';
import { buildJob, candidateInput } from '../support/factories';
import { type TestUser, useTestApp } from '../support/test-app';

/** A new install's first steps on Today (retrial24 L8): read from what exists, gone once done. */
describe("Today's getting-started checklist", () => {
  const t = useTestApp();

  const checklistOf = async (user: TestUser) => {
    const reply = await t.call(user, 'GET', '/api/today');
    expect(reply.status, JSON.stringify(reply.body)).toBe(200);
    return reply.body.gettingStarted;
  };
  const steps = async (user: TestUser) =>
    Object.fromEntries(
      ((await checklistOf(user))?.steps ?? []).map(
        (item: { step: string; done: boolean }) => [item.step, item.done] as const,
      ),
    );

  it('guides the admin and HR through the first steps, each ticking itself, and is gone once all are done', async () => {
    // The test app has its team but no company name, job or candidate yet.
    expect(await steps(t.users.admin)).toEqual({
      brand: false,
      users: true,
      job: false,
      candidates: false,
    });
    // HR does not open the brand or user pages: their steps are the job and the candidates.
    expect(await steps(t.users.recruiter)).toEqual({ job: false, candidates: false });
    expect(await checklistOf(t.users.hiringManager)).toBeNull();
    expect(await checklistOf(t.users.interviewer)).toBeNull();
    // A guide, not a task: the badge does not count it.
    expect((await t.call(t.users.admin, 'GET', '/api/today')).body.needsYou).toBe(0);

    const named = await t.call(t.users.admin, 'PUT', '/api/admin/brand', {
      companyName: 'PT Nusantara Logistik Cepat',
      brandColour: '#0B5CAD',
      aboutId: '',
      aboutEn: '',
      careersIntroId: '',
      careersIntroEn: '',
    });
    expect(named.status, JSON.stringify(named.body)).toBe(200);
    expect((await steps(t.users.admin)).brand).toBe(true);

    // The first job: the step is done, and its link would lead to the plan never saved.
    const job = await buildJob(t);
    await t.db.query('DELETE FROM interview_plans WHERE job_id = $1', [job.id]);
    expect(await checklistOf(t.users.recruiter)).toMatchObject({ unplannedJobId: job.id });
    expect(await steps(t.users.recruiter)).toEqual({ job: true, candidates: false });

    const added = await t.call(t.users.recruiter, 'POST', '/api/candidates', candidateInput());
    expect(added.status, JSON.stringify(added.body)).toBe(201);
    expect(await checklistOf(t.users.recruiter)).toBeNull();
    expect(await checklistOf(t.users.admin)).toBeNull();
  });
});
