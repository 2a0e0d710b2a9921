import { describe, expect, it } from 'vitest';
import { buildApplication, moveTo } from '../support/factories';
import { useTestApp } from '../support/test-app';

const t = useTestApp();

const screening = async (jobId: string, stage?: string) =>
  (
    await t.call(
      t.users.recruiter,
      'GET',
      `/api/jobs/${jobId}/screening${stage ? `?stage=${stage}` : ''}`,
    )
  ).body;

describe('the screening page opens where work waits', () => {
  it('opens on Applied while new applications wait there, on CV screening once they moved on, with both counts', async () => {
    const first = await buildApplication(t);
    const opened = await screening(first.jobId);
    expect(opened).toMatchObject({ stage: 'applied', counts: { applied: 1, cv_screening: 0 } });
    expect(opened.items.map((item: { applicationId: string }) => item.applicationId)).toEqual([
      first.applicationId,
    ]);

    expect((await moveTo(t, first.applicationId, 'cv_screening')).status).toBe(200);
    expect(await screening(first.jobId)).toMatchObject({
      stage: 'cv_screening',
      counts: { applied: 0, cv_screening: 1 },
    });

    // A second new one: Applied again, and asking for a stage still shows that stage.
    const second = await buildApplication(t, { jobId: first.jobId });
    expect(await screening(first.jobId)).toMatchObject({
      stage: 'applied',
      counts: { applied: 1, cv_screening: 1 },
      items: [{ applicationId: second.applicationId }],
    });
    expect(await screening(first.jobId, 'cv_screening')).toMatchObject({
      stage: 'cv_screening',
      items: [{ applicationId: first.applicationId }],
    });
  });
});
