import { describe, expect, it } from 'vitest';
import { expectError } from '../support/expectations';
import {
  addCandidate,
  jobInput,
  atHrInterview,
  buildApplication,
  buildJob,
  moveTo,
} from '../support/factories';
import { draftedOffer, offerTerms, setJobPay } from '../support/offers';
import { onlineInterview } from '../support/begun-interviews';
import { jakartaTime } from '../support/jakarta-time';
import { useTestApp } from '../support/test-app';

/**
 * Two HR users at once (retrial23): an edit or a move made from a page opened before someone
 * else's change is refused (409, nothing changed) with who changed it, instead of silently
 * undoing that change; two bookings saved at the same moment still see each other.
 */
describe('two HR users at once', () => {
  const t = useTestApp();
  const rina = () => t.users.recruiter;
  const sekar = () => t.users.admin;

  it("refuses a candidate edit made from a form opened before someone else's save", async () => {
    const { id } = await addCandidate(t, { city: 'Bandung' });
    const opened = (await t.call(rina(), 'GET', `/api/candidates/${id}`)).body;
    const edit = (changes: Record<string, unknown>) => ({
      fullName: opened.fullName,
      email: opened.email,
      phone: opened.phone,
      source: opened.source,
      tags: opened.tags,
      notes: opened.notes,
      city: opened.city,
      expectedUpdatedAt: opened.updatedAt,
      ...changes,
    });
    const first = await t.call(
      rina(),
      'PUT',
      `/api/candidates/${id}`,
      edit({ phone: '0813-1111-2222', notes: 'Bisa mulai bulan depan.' }),
    );
    expect(first.status, JSON.stringify(first.body)).toBe(200);

    const stale = await t.call(sekar(), 'PUT', `/api/candidates/${id}`, edit({ city: 'Bekasi' }));
    expect(expectError(stale, 409, 'edited_elsewhere')).toEqual([
      expect.objectContaining({
        path: 'expectedUpdatedAt',
        code: 'edited_elsewhere',
        params: { byName: 'Rina Recruiter', at: first.body.updatedAt },
      }),
    ]);
    const now = (await t.call(rina(), 'GET', `/api/candidates/${id}`)).body;
    expect({ phone: now.phone, notes: now.notes, city: now.city }).toEqual({
      phone: '+6281311112222',
      notes: 'Bisa mulai bulan depan.',
      city: 'Bandung',
    });

    // Reloaded, the same change goes through; an edit without the field (an older client) too.
    const reloaded = await t.call(
      sekar(),
      'PUT',
      `/api/candidates/${id}`,
      edit({ ...now, expectedUpdatedAt: now.updatedAt, city: 'Bekasi' }),
    );
    expect(reloaded.status, JSON.stringify(reloaded.body)).toBe(200);
    expect(reloaded.body).toMatchObject({ city: 'Bekasi', phone: '+6281311112222' });
    const { expectedUpdatedAt: _, ...old } = edit({ ...now, city: 'Bogor' });
    expect((await t.call(sekar(), 'PUT', `/api/candidates/${id}`, old)).status).toBe(200);
  });

  it("refuses a job edit made from a form opened before someone else's save", async () => {
    const { id } = await buildJob(t);
    const opened = (await t.call(rina(), 'GET', `/api/jobs/${id}`)).body;
    const edit = (changes: Record<string, unknown>) => ({
      ...jobInput(t),
      expectedUpdatedAt: opened.updatedAt,
      ...changes,
    });
    const first = await t.call(rina(), 'PUT', `/api/jobs/${id}`, edit({ city: 'Bandung' }));
    expect(first.status, JSON.stringify(first.body)).toBe(200);
    const stale = await t.call(sekar(), 'PUT', `/api/jobs/${id}`, edit({ tools: ['Git', 'Jira'] }));
    expect(expectError(stale, 409, 'edited_elsewhere')[0]?.params).toEqual({
      byName: 'Rina Recruiter',
      at: first.body.updatedAt,
    });
    const now = (await t.call(rina(), 'GET', `/api/jobs/${id}`)).body;
    expect({ city: now.city, tools: now.tools }).toEqual({ city: 'Bandung', tools: ['Git'] });
  });

  it('refuses an offer change made from a form opened at an older version', async () => {
    const jobId = (await buildJob(t)).id;
    await setJobPay(t, jobId, { province: 'dki_jakarta' });
    const { offerId } = await draftedOffer(t, jobId, { grossMonthlySalary: 12_000_000 });
    const opened = (await t.call(sekar(), 'GET', `/api/offers/${offerId}`)).body;
    const openedVersion = opened.currentVersion as number;

    const lowered = await t.call(rina(), 'PUT', `/api/offers/${offerId}`, {
      ...offerTerms({ grossMonthlySalary: 11_000_000 }),
      expectedVersion: openedVersion,
    });
    expect(lowered.status, JSON.stringify(lowered.body)).toBe(200);

    const stale = await t.call(sekar(), 'PUT', `/api/offers/${offerId}`, {
      ...offerTerms({ grossMonthlySalary: 12_000_000, note: 'Termasuk laptop.' }),
      expectedVersion: openedVersion,
    });
    expect(expectError(stale, 409, 'edited_elsewhere')).toEqual([
      expect.objectContaining({
        path: 'expectedVersion',
        params: expect.objectContaining({ byName: 'Rina Recruiter', version: openedVersion + 1 }),
      }),
    ]);
    const now = (await t.call(rina(), 'GET', `/api/offers/${offerId}`)).body;
    expect(now.currentVersion).toBe(openedVersion + 1);
    expect(now.versions.at(-1).grossMonthlySalary).toBe(11_000_000);
  });

  it('refuses a move from a stale board and never reopens a rejection nobody asked to reopen', async () => {
    const { applicationId, candidateId } = await buildApplication(t);
    const stageNow = async () =>
      (await t.call(rina(), 'GET', `/api/candidates/${candidateId}`)).body.applications[0].stage;
    const moved = await moveTo(t, applicationId, 'cv_screening', { expectedStage: 'applied' });
    expect(moved.status, JSON.stringify(moved.body)).toBe(200);

    const stale = await t.call(sekar(), 'POST', `/api/applications/${applicationId}/move`, {
      toStage: 'hr_interview',
      expectedStage: 'applied',
    });
    expect(expectError(stale, 409, 'moved_elsewhere')).toEqual([
      expect.objectContaining({
        path: 'expectedStage',
        params: { stage: 'cv_screening', byName: 'Rina Recruiter', at: expect.any(String) },
      }),
    ]);
    expect(await stageNow()).toBe('cv_screening');

    const rejected = await moveTo(t, applicationId, 'rejected', {
      rejectionReason: 'cv_not_matching',
      expectedStage: 'cv_screening',
    });
    expect(rejected.status, JSON.stringify(rejected.body)).toBe(200);
    const reopening = await t.call(sekar(), 'POST', `/api/applications/${applicationId}/move`, {
      toStage: 'hr_interview',
      note: 'Lanjut ke interview HR.',
      expectedStage: 'cv_screening',
    });
    expect(expectError(reopening, 409, 'moved_elsewhere')[0]?.params).toMatchObject({
      stage: 'rejected',
      byName: 'Rina Recruiter',
    });
    expect(await stageNow()).toBe('rejected');
  });

  it('warns about an interviewer booked twice at the same moment (15:00 and 15:15)', async () => {
    const first = await atHrInterview(t);
    const second = await atHrInterview(t);
    const at = (minute: string) => ({
      stage: 'hr',
      ...onlineInterview(
        jakartaTime(6, 15).replace(':00', `:${minute}`),
        [t.users.interviewer.id],
        40,
      ),
    });
    const replies = await Promise.all([
      t.call(rina(), 'POST', `/api/applications/${first.applicationId}/interviews`, at('00')),
      t.call(sekar(), 'POST', `/api/applications/${second.applicationId}/interviews`, at('15')),
    ]);
    expect(replies.map((reply) => reply.status).sort()).toEqual([201, 409]);
    const refused = replies.find((reply) => reply.status === 409)!;
    expect(expectError(refused, 409, 'conflict')).toEqual([
      expect.objectContaining({ path: 'interviewerIds.0', code: 'interviewer_busy' }),
    ]);
  });
});
