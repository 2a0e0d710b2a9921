import { describe, expect, it } from 'vitest';
import { privacyNoticeVersion } from '../../src/domain/careers';
import { applyFromCareers, makePdf } from '../support/cv-files';
import { expectError, expectInvalid } from '../support/expectations';
import { buildApplication, buildJob } from '../support/factories';
import { tablesHolding } from '../support/personal-data-search';
import { useTestApp } from '../support/test-app';

describe('the talent pool (its own consent, UU PDP)', () => {
  const t = useTestApp();

  /** A candidate who applied on the careers page; `talentPool` ticks the second box. */
  async function careersCandidate(talentPool: boolean, fullName = 'Wulan Kusuma') {
    const job = await buildJob(t);
    const email = `pool.${Math.random().toString(36).slice(2)}@example.com`;
    const applied = await applyFromCareers(
      t,
      job.id,
      {
        fullName,
        email,
        phone: '0813-2222-1111',
        city: 'Surabaya',
        consent: 'true',
        ...(talentPool ? { talentPool: 'true' } : {}),
        privacyNoticeVersion,
        locale: 'en',
      },
      { name: 'cv.pdf', contentType: 'application/pdf', bytes: await makePdf(['Akuntansi']) },
    );
    expect(applied.status, JSON.stringify(applied.body)).toBe(201);
    const found = await t.call(
      t.users.recruiter,
      'GET',
      `/api/candidates?q=${encodeURIComponent(email)}`,
    );
    const candidateId = found.body.items[0].id as string;
    const detail = await t.call(t.users.recruiter, 'GET', `/api/candidates/${candidateId}`);
    return { candidateId, email, applicationId: detail.body.applications[0].id as string };
  }

  const addToJob = (candidateId: string, jobId: string) =>
    t.call(t.users.recruiter, 'POST', '/api/applications', { candidateId, jobId });
  const candidate = async (candidateId: string) =>
    (await t.call(t.users.recruiter, 'GET', `/api/candidates/${candidateId}`)).body;
  const applicationCount = async (candidateId: string) =>
    Number(
      (
        await t.db.query<{ n: number }>(
          'SELECT count(*)::int AS n FROM applications WHERE candidate_id = $1',
          [candidateId],
        )
      )[0]!.n,
    );

  /** The link in the invitation e-mail, as the candidate receives it. */
  async function invitationToken(candidateId: string) {
    const [message] = await t.db.query<{ body: string; to_email: string }>(
      `SELECT coalesce(delivery_body, body) AS body, to_email FROM email_messages
       WHERE template = 'talent_pool_invitation' AND candidate_id = $1
       ORDER BY created_at DESC LIMIT 1`,
      [candidateId],
    );
    const token = /\/talent-pool\/([\w-]+)/.exec(message?.body ?? '')?.[1];
    if (!token) throw new Error('no invitation e-mail');
    return token;
  }

  /** HR invites the candidate, naming a fresh open job; returns the job and the e-mailed token. */
  async function invite(candidateId: string) {
    const job = await buildJob(t);
    const url = `/api/candidates/${candidateId}/talent-pool/invitations`;
    const sent = await t.call(t.users.recruiter, 'POST', url, { jobId: job.id });
    if (sent.status !== 201) throw new Error(JSON.stringify(sent.body));
    return { job, token: await invitationToken(candidateId) };
  }

  it('records the talent-pool consent from the apply form, so HR may consider them for other jobs', async () => {
    const { candidateId } = await careersCandidate(true);
    const detail = await candidate(candidateId);
    expect(detail.talentPool).toMatchObject({
      status: 'member',
      since: expect.any(String),
      consentNeededForOtherJobs: false,
      invitationRefusal: 'already_in_talent_pool',
    });
    expect(detail.consents.map((c: { purpose: string }) => c.purpose).sort()).toEqual([
      'recruitment',
      'talent_pool',
    ]);
    const other = await buildJob(t);
    expect((await addToJob(candidateId, other.id)).status).toBe(201);
  });

  it('refuses to put a candidate who agreed to one recruitment forward for another job, changing nothing', async () => {
    const { candidateId } = await careersCandidate(false);
    const detail = await candidate(candidateId);
    expect(detail.talentPool).toEqual({
      status: 'never_joined',
      since: null,
      consentNeededForOtherJobs: true,
      invitationRefusal: null,
      lastInvitation: null,
      askAgainFrom: null,
    });
    const other = await buildJob(t);
    const fields = expectError(await addToJob(candidateId, other.id), 409, 'conflict');
    expect(fields).toEqual([
      expect.objectContaining({ path: 'jobId', code: 'talent_pool_consent_required' }),
    ]);
    expect(await applicationCount(candidateId)).toBe(1);
  });

  it('lets HR-entered candidates (no recorded consent) be considered for any job', async () => {
    const { candidateId } = await buildApplication(t);
    expect((await candidate(candidateId)).talentPool.consentNeededForOtherJobs).toBe(false);
    expect((await addToJob(candidateId, (await buildJob(t)).id)).status).toBe(201);
  });

  it('asks by e-mail; the candidate agrees through the link and HR is told', async () => {
    const { candidateId, email } = await careersCandidate(false);
    const job = await buildJob(t, { title: 'Analis Pajak' });
    const url = `/api/candidates/${candidateId}/talent-pool/invitations`;
    const invited = await t.call(t.users.recruiter, 'POST', url, { jobId: job.id });
    expect(invited.status, JSON.stringify(invited.body)).toBe(201);

    const [message] = await t.db.query<{ to_email: string; subject: string; locale: string }>(
      `SELECT to_email, subject, locale FROM email_messages
       WHERE template = 'talent_pool_invitation' AND candidate_id = $1`,
      [candidateId],
    );
    expect(message).toEqual({
      to_email: email,
      subject: 'May we consider you for the Analis Pajak role?',
      locale: 'en',
    });
    // A second invitation while the first waits would be pressing the candidate.
    expect(
      expectError(await t.call(t.users.recruiter, 'POST', url, { jobId: job.id }), 409, 'conflict'),
    ).toEqual([expect.objectContaining({ path: 'candidate', code: 'invitation_pending' })]);

    const token = await invitationToken(candidateId);
    const page = await t.call(null, 'GET', `/api/talent-pool/${token}`);
    expect(page.status).toBe(200);
    expect(page.body).toMatchObject({
      candidateName: 'Wulan Kusuma',
      jobTitle: 'Analis Pajak',
      state: 'open',
      privacyNoticeVersion,
      retentionMonths: 12,
    });
    // Agreeing takes the notice the page showed.
    expectInvalid(
      await t.call(null, 'POST', `/api/talent-pool/${token}/answer`, {
        agree: true,
        privacyNoticeVersion: '2000-01-01',
      }),
      { privacyNoticeVersion: 'outdated_privacy_notice' },
    );
    const answered = await t.call(null, 'POST', `/api/talent-pool/${token}/answer`, {
      agree: true,
      privacyNoticeVersion,
    });
    expect(answered.body).toEqual({ state: 'agreed' });
    expect((await t.call(null, 'GET', `/api/talent-pool/${token}`)).body.state).toBe('member');

    const detail = await candidate(candidateId);
    expect(detail.talentPool.status).toBe('member');
    expect(detail.consents).toContainEqual(
      expect.objectContaining({ purpose: 'talent_pool', channel: 'invitation', withdrawnAt: null }),
    );
    const [news] = await t.db.query<{ to_email: string; body: string }>(
      `SELECT to_email, body FROM email_messages
       WHERE template = 'candidate_update' AND candidate_id = $1`,
      [candidateId],
    );
    expect(news?.to_email).toBe(t.users.recruiter.email);
    expect(news?.body).toContain('bergabung dengan talent pool');
    const added = await addToJob(candidateId, job.id);
    expect(added.status).toBe(201);
    // The candidate hears they were put forward, with the new application's portal link.
    const [putForward] = await t.db.query<{ to_email: string; subject: string; body: string }>(
      `SELECT to_email, subject, body FROM email_messages
       WHERE template = 'put_forward' AND application_id = $1`,
      [added.body.id],
    );
    expect(putForward).toMatchObject({
      to_email: email,
      subject: 'We are considering you for the Analis Pajak role',
    });
    expect(putForward!.body).toMatch(/\/portal\/[\w-]{40,}/);
    const detail2 = await candidate(candidateId);
    expect(detail2.talentPool).toMatchObject({
      invitationRefusal: 'already_in_talent_pool',
      lastInvitation: { answer: 'agreed' },
    });

    // The first answer stands, and staff cannot answer in the candidate's place.
    const again = await t.call(null, 'POST', `/api/talent-pool/${token}/answer`, {
      agree: false,
    });
    expect(again.body).toEqual({ state: 'agreed' });
    expectError(
      await t.call(t.users.admin, 'POST', `/api/talent-pool/${token}/answer`, { agree: false }),
      403,
      'forbidden',
    );
    expect((await t.call(null, 'GET', `/api/talent-pool/${token}`)).body.state).toBe('member');

    // The candidate's copy of their data shows the invitation, its e-mail and both consents.
    const exported = (
      await t.call(t.users.recruiter, 'GET', `/api/candidates/${candidateId}/export`)
    ).body;
    expect(exported.talentPoolInvitations).toEqual([
      expect.objectContaining({ jobTitle: 'Analis Pajak', answer: 'agreed' }),
    ]);
    expect(exported.emails.map((m: { subject: string }) => m.subject)).toContain(
      'May we consider you for the Analis Pajak role?',
    );
    expect(exported.consents.map((c: { purpose: string }) => c.purpose)).toEqual([
      'recruitment',
      'talent_pool',
    ]);

    // Once they leave, the old link says so rather than "you are in the pool".
    await t.call(
      t.users.recruiter,
      'POST',
      `/api/candidates/${candidateId}/talent-pool/withdrawal`,
    );
    expect((await t.call(null, 'GET', `/api/talent-pool/${token}`)).body.state).toBe('left');
  });

  it('respects a no: nothing is recorded and HR cannot ask again soon', async () => {
    const { candidateId } = await careersCandidate(false);
    const { job, token } = await invite(candidateId);
    const url = `/api/candidates/${candidateId}/talent-pool/invitations`;
    const declined = await t.call(null, 'POST', `/api/talent-pool/${token}/answer`, {
      agree: false,
    });
    expect(declined.body).toEqual({ state: 'declined' });
    const pool = (await candidate(candidateId)).talentPool;
    expect(pool).toMatchObject({
      status: 'never_joined',
      invitationRefusal: 'invitation_declined',
      lastInvitation: { answer: 'declined' },
    });
    const daysUntilAskAgain =
      (Date.parse(pool.askAgainFrom) - Date.parse(pool.lastInvitation.answeredAt)) / 86_400_000;
    expect(daysUntilAskAgain).toBe(180);
    expect(
      expectError(await t.call(t.users.recruiter, 'POST', url, { jobId: job.id }), 409, 'conflict'),
    ).toEqual([expect.objectContaining({ code: 'invitation_declined' })]);
    expectError(await addToJob(candidateId, job.id), 409, 'conflict');
  });

  it('lets the candidate join and leave from their portal; leaving stops other jobs again', async () => {
    const { candidateId, applicationId } = await careersCandidate(false);
    const [link] = await t.db.query<{ token: string }>(
      'SELECT token FROM portal_links WHERE application_id = $1',
      [applicationId],
    );
    const portal = `/api/portal/${link!.token}`;
    expect((await t.call(null, 'GET', portal)).body.talentPoolMember).toBe(false);
    expectInvalid(await t.call(null, 'POST', `${portal}/talent-pool`, { member: true }), {
      privacyNoticeVersion: 'outdated_privacy_notice',
    });
    const joined = await t.call(null, 'POST', `${portal}/talent-pool`, {
      member: true,
      privacyNoticeVersion,
    });
    expect(joined.body).toEqual({ member: true });
    expect((await t.call(null, 'GET', portal)).body.talentPoolMember).toBe(true);
    const other = await buildJob(t);
    expect((await addToJob(candidateId, other.id)).status).toBe(201);

    // A browser signed in as staff cannot answer for the candidate.
    const asHr = await t.call(t.users.recruiter, 'POST', `${portal}/talent-pool`, {
      member: false,
    });
    expectError(asHr, 403, 'forbidden');
    expect((await candidate(candidateId)).talentPool.status).toBe('member');
    await t.call(null, 'POST', `${portal}/talent-pool`, { member: false });
    const detail = await candidate(candidateId);
    expect(detail.talentPool.status).toBe('left');
    const news = await t.db.query<{ to_email: string; body: string }>(
      `SELECT to_email, body FROM email_messages
       WHERE template = 'candidate_update' AND application_id = $1 ORDER BY created_at`,
      [applicationId],
    );
    expect(news.map((m) => m.to_email)).toEqual([t.users.recruiter.email, t.users.recruiter.email]);
    expect(news[0]!.body).toContain('bergabung dengan talent pool');
    expect(news[1]!.body).toContain('keluar dari talent pool');
    const third = await buildJob(t);
    expectError(await addToJob(candidateId, third.id), 409, 'conflict');
    // Someone who left is not asked again.
    const ask = await t.call(
      t.users.recruiter,
      'POST',
      `/api/candidates/${candidateId}/talent-pool/invitations`,
      { jobId: third.id },
    );
    expect(expectError(ask, 409, 'conflict')).toEqual([
      expect.objectContaining({ code: 'left_talent_pool' }),
    ]);
    const audit = await t.call(
      t.users.admin,
      'GET',
      `/api/admin/audit-log?entityId=${candidateId}`,
    );
    const actions = audit.body.items.map((e: { action: string }) => e.action);
    expect(actions).toEqual(expect.arrayContaining(['talent_pool.joined', 'talent_pool.left']));
  });

  it('finds talent-pool members with the candidates filter, and no one who left', async () => {
    const member = await careersCandidate(true, 'Lintang Anggota Kolam');
    const leaver = await careersCandidate(true, 'Lintang Keluar Kolam');
    await careersCandidate(false, 'Lintang Satu Rekrutmen');
    await t.call(
      t.users.recruiter,
      'POST',
      `/api/candidates/${leaver.candidateId}/talent-pool/withdrawal`,
    );
    const found = await t.call(
      t.users.recruiter,
      'GET',
      '/api/candidates?q=Lintang&talentPool=member',
    );
    expect(found.body.items.map((c: { id: string }) => c.id)).toEqual([member.candidateId]);
    const all = await t.call(t.users.recruiter, 'GET', '/api/candidates?q=Lintang');
    expect(all.body.items).toHaveLength(3);
    expectInvalid(await t.call(t.users.recruiter, 'GET', '/api/candidates?talentPool=yes'), {
      talentPool: true,
    });
  });

  it('lets HR record that a candidate left the pool', async () => {
    const { candidateId } = await careersCandidate(true);
    const url = `/api/candidates/${candidateId}/talent-pool/withdrawal`;
    expect((await t.call(t.users.recruiter, 'POST', url)).status).toBe(200);
    expect((await candidate(candidateId)).talentPool.status).toBe('left');
    expect(expectError(await t.call(t.users.recruiter, 'POST', url), 409, 'conflict')).toEqual([
      expect.objectContaining({ code: 'not_in_talent_pool' }),
    ]);
  });

  it('treats a wrong or expired invitation link as unknown', async () => {
    expectError(await t.call(null, 'GET', `/api/talent-pool/${'x'.repeat(43)}`), 404, 'not_found');
    const { candidateId } = await careersCandidate(false);
    const { token } = await invite(candidateId);
    await t.db.query(
      `UPDATE talent_pool_invitations SET expires_at = now() - interval '1 minute'
       WHERE candidate_id = $1`,
      [candidateId],
    );
    expectError(await t.call(null, 'GET', `/api/talent-pool/${token}`), 404, 'not_found');
    expectError(
      await t.call(null, 'POST', `/api/talent-pool/${token}/answer`, {
        agree: true,
        privacyNoticeVersion,
      }),
      404,
      'not_found',
    );
    expect((await candidate(candidateId)).talentPool.status).toBe('never_joined');
  });

  it('names the field when an invitation names no open job', async () => {
    const { candidateId } = await careersCandidate(false);
    const url = `/api/candidates/${candidateId}/talent-pool/invitations`;
    expectInvalid(await t.call(t.users.recruiter, 'POST', url, {}), { jobId: true });
    expectInvalid(
      await t.call(t.users.recruiter, 'POST', url, {
        jobId: '00000000-0000-4000-8000-000000000000',
      }),
      { jobId: 'unknown_job' },
    );
    const count = await t.db.query(
      'SELECT 1 FROM talent_pool_invitations WHERE candidate_id = $1',
      [candidateId],
    );
    expect(count).toHaveLength(0);
  });

  it('erases invitations and their e-mails with the candidate', async () => {
    const name = `Yosef Terhapus ${Date.now()}`;
    const { candidateId, email } = await careersCandidate(false, name);
    const { token } = await invite(candidateId);
    await t.call(null, 'POST', `/api/talent-pool/${token}/answer`, { agree: false });
    expect(await tablesHolding(t.db, [name])).toContain('public.email_messages');
    const erased = await t.call(t.users.recruiter, 'POST', `/api/candidates/${candidateId}/erase`);
    expect(erased.status).toBe(200);
    expect(await tablesHolding(t.db, [name, email, candidateId])).toEqual([]);
  });
});
