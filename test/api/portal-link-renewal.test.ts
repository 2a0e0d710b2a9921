import { describe, expect, it } from 'vitest';
import { bookInterview } from '../support/begun-interviews';
import { expectError } from '../support/expectations';
import { atHrInterview, moveTo } from '../support/factories';
import { interviewOverview } from '../support/interview-overview';
import { portalTokenOf } from '../support/portal';
import { useTestApp } from '../support/test-app';

/** "Issue a new link": every link e-mailed before stops working, in the audit log, and optionally e-mailed. */
describe('issuing a new candidate portal link', () => {
  const t = useTestApp();

  async function invited(locale: 'id' | 'en') {
    const built = await atHrInterview(t);
    await bookInterview(t, built.applicationId, {
      stage: 'hr',
      interviewerIds: [t.users.recruiter.id],
    });
    // Booking sets the candidate's language to the invitation's; then the candidate's own choice.
    await t.db.query(`UPDATE candidates SET locale = $2 WHERE id = $1`, [
      built.candidateId,
      locale,
    ]);
    return { ...built, token: await portalTokenOf(t, built.applicationId) };
  }
  const renew = (applicationId: string, body: Record<string, unknown>) =>
    t.call(t.users.recruiter, 'POST', `/api/applications/${applicationId}/portal-link`, body);
  const linkMails = async (applicationId: string) =>
    (await interviewOverview(t, applicationId)).messages.filter(
      (m: { template: string }) => m.template === 'portal_link_renewed',
    ) as { id: string; locale: string; toEmail: string }[];
  const auditOf = async (applicationId: string) =>
    (
      await t.call(
        t.users.admin,
        'GET',
        `/api/admin/audit-log?action=portal.link_renewed&entityId=${applicationId}`,
      )
    ).body.items as { actor: { id: string } | null; detail: Record<string, unknown> }[];

  it('kills the old link, records who did it, and e-mails the new link in the candidate’s language', async () => {
    const { applicationId, token } = await invited('en');
    const renewed = await renew(applicationId, { current: token, emailCandidate: true });
    expect(renewed.status, JSON.stringify(renewed.body)).toBe(200);
    const fresh = String(renewed.body.portalUrl).split('/portal/')[1]!;
    expect(fresh).not.toBe(token);
    expectError(await t.call(null, 'GET', `/api/portal/${token}`), 404, 'not_found');
    expect((await t.call(null, 'GET', `/api/portal/${fresh}`)).status).toBe(200);

    const [entry, ...more] = await auditOf(applicationId);
    expect(more).toEqual([]);
    expect(entry).toMatchObject({
      actor: { id: t.users.recruiter.id },
      detail: { replaced: true, emailed: true },
    });

    const mails = await linkMails(applicationId);
    expect(mails).toHaveLength(1);
    expect(mails[0]!.locale).toBe('en');
    const sent = (await t.call(t.users.recruiter, 'GET', `/api/outbox/${mails[0]!.id}`)).body;
    expect(sent.subject).toContain('A new link to your Backend Developer application page');
    expect(sent.body).toContain(`/portal/${fresh}`);
    expect(sent.body).not.toContain(token);
    expect(sent.body).toContain('no longer works');
  });

  it('writes in Indonesian to an Indonesian candidate', async () => {
    const { applicationId, token } = await invited('id');
    await renew(applicationId, { current: token, emailCandidate: true });
    const [mail] = await linkMails(applicationId);
    const sent = (await t.call(t.users.recruiter, 'GET', `/api/outbox/${mail!.id}`)).body;
    expect(mail!.locale).toBe('id');
    expect(sent.body).toContain('tidak berlaku lagi');
  });

  it('sends nothing when HR leaves the e-mail off, and still records the renewal', async () => {
    const { applicationId, token } = await invited('id');
    const renewed = await renew(applicationId, { current: token, emailCandidate: false });
    expect(renewed.status).toBe(200);
    expect(await linkMails(applicationId)).toEqual([]);
    expect((await auditOf(applicationId))[0]).toMatchObject({ detail: { emailed: false } });
    expectError(await t.call(null, 'GET', `/api/portal/${token}`), 404, 'not_found');
  });

  it('a refused renewal (the page showed an older link) changes, records and sends nothing', async () => {
    const { applicationId, token } = await invited('en');
    expectError(
      await renew(applicationId, { current: null, emailCandidate: true }),
      409,
      'conflict',
    );
    expect((await t.call(null, 'GET', `/api/portal/${token}`)).status).toBe(200);
    expect(await linkMails(applicationId)).toEqual([]);
    expect(await auditOf(applicationId)).toEqual([]);
  });

  it('refuses a new link once the portal closed (ended over 30 days ago), naming why, and sends nothing', async () => {
    const { applicationId } = await invited('en');
    await moveTo(t, applicationId, 'rejected', { rejectionReason: 'position_filled' });
    await t.db.query(
      `UPDATE application_events SET created_at = created_at - interval '31 days' WHERE application_id = $1`,
      [applicationId],
    );
    const mailsBefore = (await interviewOverview(t, applicationId)).messages.length;
    const [problem] = expectError(
      await renew(applicationId, { emailCandidate: true }),
      409,
      'conflict',
    );
    expect(problem).toMatchObject({
      path: 'application',
      code: 'portal_closed',
      params: { days: 30 },
    });
    expect(problem!.message).toContain('30 days');
    expect(await linkMails(applicationId)).toEqual([]);
    expect((await interviewOverview(t, applicationId)).messages).toHaveLength(mailsBefore);
    expect(await auditOf(applicationId)).toEqual([]);
  });

  it('a day short of closing, the ended application still gets its new link by e-mail', async () => {
    const { applicationId } = await invited('en');
    await moveTo(t, applicationId, 'rejected', { rejectionReason: 'position_filled' });
    await t.db.query(
      `UPDATE application_events SET created_at = created_at - interval '29 days' WHERE application_id = $1`,
      [applicationId],
    );
    const renewed = await renew(applicationId, { emailCandidate: true });
    expect(renewed.status, JSON.stringify(renewed.body)).toBe(200);
    const fresh = String(renewed.body.portalUrl).split('/portal/')[1]!;
    expect((await t.call(null, 'GET', `/api/portal/${fresh}`)).body.status).toBe('not_continued');
    expect(await linkMails(applicationId)).toHaveLength(1);
  });

  it('refuses a new link for a candidate whose processing is restricted: no link, no e-mail, no "e-mailed" in the log', async () => {
    const { applicationId, candidateId } = await invited('id');
    await t.call(t.users.recruiter, 'POST', `/api/candidates/${candidateId}/data-requests`, {
      kind: 'withdrawal',
      channel: 'portal',
    });
    const restricted = await t.call(
      t.users.recruiter,
      'POST',
      `/api/candidates/${candidateId}/restrict`,
    );
    expect(restricted.status).toBe(200);
    const [problem] = expectError(
      await renew(applicationId, { emailCandidate: true }),
      409,
      'conflict',
    );
    expect(problem).toMatchObject({ path: 'application', code: 'processing_restricted' });
    expect(await linkMails(applicationId)).toEqual([]);
    expect(await auditOf(applicationId)).toEqual([]);
    expect((await interviewOverview(t, applicationId)).portalUrl).toBeNull();
  });

  it('records a revoked link too', async () => {
    const { applicationId } = await invited('id');
    await t.call(t.users.recruiter, 'DELETE', `/api/applications/${applicationId}/portal-link`);
    const log = await t.call(
      t.users.admin,
      'GET',
      `/api/admin/audit-log?action=portal.link_revoked&entityId=${applicationId}`,
    );
    expect(log.body.items).toHaveLength(1);
  });
});
