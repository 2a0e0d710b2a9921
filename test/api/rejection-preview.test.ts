import { describe, expect, it } from 'vitest';
import { expectInvalid } from '../support/expectations';
import { buildApplication } from '../support/factories';
import { useTestApp } from '../support/test-app';

describe('Bulk reject: the e-mail each candidate would get, before anything is sent', () => {
  const t = useTestApp();

  it("names each candidate and renders the rejection in the candidate's own language", async () => {
    const first = await buildApplication(t);
    const second = await buildApplication(t, { jobId: first.jobId });
    await t.db.query(
      `UPDATE candidates SET locale = 'en', full_name = 'Budi Santoso' WHERE id = $1`,
      [second.candidateId],
    );
    await t.db.query(
      `UPDATE candidates SET locale = 'id', full_name = 'Sari Wulandari' WHERE id = $1`,
      [first.candidateId],
    );
    const outboxBefore = await t.db.query(`SELECT id FROM email_messages`);

    const url = `/api/jobs/${first.jobId}/rejection-preview`;
    const reply = await t.call(t.users.recruiter, 'POST', url, {
      applicationIds: [first.applicationId, second.applicationId],
    });
    expect(reply.status, JSON.stringify(reply.body)).toBe(200);
    const [sari, budi] = reply.body.items;
    expect(sari).toMatchObject({ candidateName: 'Sari Wulandari', locale: 'id' });
    expect(sari.body).toContain('Sari Wulandari');
    expect(sari.body).toContain('Backend Developer');
    expect(budi).toMatchObject({ candidateName: 'Budi Santoso', locale: 'en' });
    expect(budi.body).toContain('Budi Santoso');
    // Each in its language: the two texts differ although the job is the same.
    expect(budi.subject).not.toBe(sari.subject);
    expect(sari.body).not.toMatch(/\{\{/);

    // A preview sends nothing and moves nobody.
    expect(await t.db.query(`SELECT id FROM email_messages`)).toHaveLength(outboxBefore.length);
    const [stage] = await t.db.query<{ stage: string }>(
      `SELECT stage FROM applications WHERE id = $1`,
      [first.applicationId],
    );
    expect(stage!.stage).toBe('applied');

    const elsewhere = await buildApplication(t);
    expectInvalid(
      await t.call(t.users.recruiter, 'POST', url, {
        applicationIds: [first.applicationId, elsewhere.applicationId],
      }),
      { 'applicationIds.1': 'unknown_application' },
    );
    expect(
      (await t.call(t.users.hiringManager, 'POST', url, { applicationIds: [first.applicationId] }))
        .status,
    ).toBe(403);
  });
});
