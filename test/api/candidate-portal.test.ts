import { describe, expect, it } from 'vitest';
import type { Database } from '../../src/db/database';
import { openPortal } from '../../src/services/portal/open-portal';
import { expectError, expectInvalid } from '../support/expectations';
import { bookInterview } from '../support/begun-interviews';
import {
  atHrInterview,
  buildApplication,
  buildJob,
  moveTo,
  moveToUserInterview,
} from '../support/factories';
import { useTestApp } from '../support/test-app';
import { jakartaTime } from '../support/jakarta-time';
import { interviewOverview } from '../support/interview-overview';
import { portalTokenOf } from '../support/portal';

describe('the candidate portal', () => {
  const t = useTestApp();

  let day = 2;
  async function scheduled(options: { testsEnabled?: boolean } = {}) {
    const built = await atHrInterview(t, options);
    const interview = await t.call(
      t.users.recruiter,
      'POST',
      `/api/applications/${built.applicationId}/interviews`,
      {
        stage: 'hr',
        localStart: jakartaTime(day++),
        timeZone: 'Asia/Jakarta',
        durationMinutes: 40,
        mode: 'onsite',
        address: 'Jl. Jend. Sudirman Kav. 1, Jakarta',
        room: 'Ruang Melati, lantai 5',
        receptionContact: 'Rina di resepsionis',
        interviewerIds: [t.users.recruiter.id],
        locale: 'id',
      },
    );
    if (interview.status !== 201) throw new Error(JSON.stringify(interview.body));
    const token = await portalTokenOf(t, built.applicationId);
    return { ...built, interviewId: interview.body.id as string, token };
  }
  const overviewOf = (applicationId: string) => interviewOverview(t, applicationId);
  const recruiterUpdates = async (applicationId: string) =>
    (await overviewOf(applicationId)).messages.filter(
      (m: { template: string }) => m.template === 'candidate_update',
    );

  it('shows the candidate where they stand and the next interview, without signing in', async () => {
    const { token, interviewId } = await scheduled();
    const view = await t.call(null, 'GET', `/api/portal/${token}`);
    expect(view.status).toBe(200);
    expect(view.body).toMatchObject({
      status: 'hr_interview',
      acceptsActions: true,
      preparationStage: 'hr',
      job: { title: 'Backend Developer' },
      nextInterview: {
        id: interviewId,
        stage: 'hr',
        mode: 'onsite',
        room: 'Ruang Melati, lantai 5',
        durationMinutes: 40,
        interviewers: [{ name: 'Rina Recruiter', part: 'hr' }],
        candidateResponse: 'pending',
      },
    });
    expect(view.body.steps.map((s: { step: string; state: string }) => s.state)).toEqual([
      'done',
      'current',
      'ahead',
      'ahead',
    ]);
    expect(view.body.sampleQuestions.length).toBeGreaterThan(0);
    // Practice prepares the candidate; it does not show the questions their kits will ask.
    const plan = (
      await t.call(t.users.recruiter, 'GET', `/api/jobs/${view.body.job.id}/interview-plan`)
    ).body.plan;
    const kitQuestions = [...plan.hr.questions, ...plan.user.questions].map(
      (question: { questionId?: string }) => question.questionId,
    );
    expect(kitQuestions.length).toBeGreaterThan(0);
    for (const sample of view.body.sampleQuestions) expect(kitQuestions).not.toContain(sample.id);
    // Scores, notes and internal stage names are not part of the candidate's view.
    expect(JSON.stringify(view.body)).not.toMatch(/score|rating|note/i);
  });

  it("offers the coach's questions and link at the user interview too, as the coach page does", async () => {
    // A job no bank question is tagged for: its untagged user-stage questions are in its own kit.
    const job = await buildJob(t, {
      title: 'Staf Gudang (Warehouse Staff)',
      department: 'Operasional',
      requiredSkills: ['Stock opname', 'Forklift'],
      tools: ['Microsoft Excel'],
    });
    const { applicationId } = await buildApplication(t, { jobId: job.id });
    await moveToUserInterview(t, applicationId);
    await bookInterview(t, applicationId, {
      stage: 'user',
      interviewerIds: [t.users.hiringManager.id],
    });
    const token = await portalTokenOf(t, applicationId);
    const view = await t.call(null, 'GET', `/api/portal/${token}`);
    expect(view.body.preparationStage).toBe('user');
    const coach = await t.call(null, 'GET', `/api/coach/questions?stage=user&jobId=${job.id}`);
    expect(coach.body.items.length).toBeGreaterThan(0);
    const texts = (items: { text: { en: string } }[]) => items.map((q) => q.text.en);
    expect(texts(view.body.sampleQuestions)).toEqual(texts(coach.body.items).slice(0, 4));
  });

  it('still opens, with its practice questions, once the job has closed to new applicants', async () => {
    const job = await buildJob(t, { title: 'Analis Kredit', requiredSkills: ['Analisis kredit'] });
    const { applicationId } = await buildApplication(t, { jobId: job.id });
    await moveToUserInterview(t, applicationId);
    await bookInterview(t, applicationId, {
      stage: 'user',
      interviewerIds: [t.users.hiringManager.id],
    });
    expect((await t.call(t.users.recruiter, 'POST', `/api/jobs/${job.id}/close`)).status).toBe(200);
    const token = await portalTokenOf(t, applicationId);
    const view = await t.call(null, 'GET', `/api/portal/${token}`);
    expect(view.status).toBe(200);
    expect(view.body.preparationStage).toBe('user');
    expect(view.body.sampleQuestions.length).toBeGreaterThan(0);
    // The public coach still offers open jobs only.
    const coach = await t.call(null, 'GET', `/api/coach/questions?stage=user&jobId=${job.id}`);
    expect(coach.status).toBe(404);
  });

  it("reads the candidate's job once per open: the people and the practice questions share it", async () => {
    const { token } = await scheduled();
    const jobReads: string[] = [];
    const counted: Database = {
      ...t.db,
      query: (...args: Parameters<Database['query']>) => {
        if (/\bFROM jobs j WHERE j\.id = \$1/.test(args[0])) jobReads.push(args[0]);
        return t.db.query(...args);
      },
    } as Database;
    const view = await openPortal(counted, t.mail, token);
    expect(view.sampleQuestions.length).toBeGreaterThan(0);
    expect(jobReads).toHaveLength(1);
  });

  it('shows a tests step for a job that holds tests', async () => {
    const { token } = await scheduled({ testsEnabled: true });
    const view = await t.call(null, 'GET', `/api/portal/${token}`);
    expect(view.body.steps.map((s: { step: string }) => s.step)).toEqual([
      'received',
      'hr',
      'tests',
      'user',
      'offer',
    ]);
  });

  it('confirms attendance and tells the recruiter', async () => {
    const { token, interviewId, applicationId } = await scheduled();
    const reply = await t.call(
      null,
      'POST',
      `/api/portal/${token}/interviews/${interviewId}/confirm`,
    );
    expect(reply.status).toBe(200);
    expect(
      (await t.call(null, 'GET', `/api/portal/${token}`)).body.nextInterview.candidateResponse,
    ).toBe('confirmed');
    const updates = await recruiterUpdates(applicationId);
    expect(updates).toHaveLength(1);
    expect(updates[0].toEmail).toBe(t.users.recruiter.email);
    expect(updates[0].subject).toContain('mengonfirmasi kehadiran');
    // The body names which interview: stage, job, day and Jakarta time.
    const [confirmation] = await t.db.query<{ body: string }>(
      `SELECT body FROM email_messages WHERE id = $1`,
      [updates[0].id],
    );
    expect(confirmation?.body).toMatch(
      /Kandidat mengonfirmasi kehadiran di interview HR posisi Backend Developer pada \S+, \d+ \S+ 2\d{3} pukul 10\.00 WIB\./,
    );
    const overview = await overviewOf(applicationId);
    expect(overview.interviews[0].events.at(-1)).toMatchObject({
      kind: 'confirmed',
      actorName: null,
    });
    // The audit log has the scheduling and the candidate's confirmation, by ids only.
    for (const action of ['interview.scheduled', 'portal.confirmed']) {
      const log = await t.call(
        t.users.admin,
        'GET',
        `/api/admin/audit-log?action=${action}&entityId=${applicationId}`,
      );
      expect(log.body.items, action).toHaveLength(1);
    }
  });

  it('takes a reschedule request with proposed times and a reason, and checks them', async () => {
    const { token, interviewId, applicationId } = await scheduled();
    const url = `/api/portal/${token}/interviews/${interviewId}/reschedule-request`;
    expectInvalid(await t.call(null, 'POST', url, { proposedTimes: [], reason: '' }), {
      proposedTimes: 'one_to_three_times',
      reason: 'required',
    });
    // An unreadable time and a missing reason are named in one answer.
    expectInvalid(
      await t.call(null, 'POST', url, { proposedTimes: ['8 Des 2026 9 pagi'], reason: '' }),
      { 'proposedTimes.0': 'invalid_time', reason: 'required' },
    );
    expectInvalid(
      await t.call(null, 'POST', url, { proposedTimes: ['2020-01-01T10:00'], reason: 'Ujian' }),
      {
        'proposedTimes.0': 'in_the_past',
      },
    );
    expect(await recruiterUpdates(applicationId)).toHaveLength(0);
    const ok = await t.call(null, 'POST', url, {
      proposedTimes: [jakartaTime(5, 9), jakartaTime(6, 14)],
      reason: 'Ada ujian akhir.',
    });
    expect(ok.status).toBe(200);
    const overview = await overviewOf(applicationId);
    const request = overview.interviews[0].events.at(-1);
    expect(request).toMatchObject({ kind: 'reschedule_requested', reason: 'Ada ujian akhir.' });
    expect(request.proposedTimes).toHaveLength(2);
    expect(overview.interviews[0].candidateResponse).toBe('reschedule_requested');
    const [update] = await recruiterUpdates(applicationId);
    // A short subject; the candidate's own words are in the body, not cut off in an inbox list.
    expect(update.subject).toContain('meminta jadwal lain');
    expect(update.subject).not.toContain('Ada ujian akhir');
    const [sent] = await t.db.query<{ body: string }>(
      `SELECT body FROM email_messages WHERE id = $1`,
      [update.id],
    );
    expect(sent?.body).toContain('Alasan: Ada ujian akhir.');
  });

  it('lets the candidate withdraw: the application ends, the interview is cancelled, the recruiter told', async () => {
    const { token, applicationId, candidateId } = await scheduled();
    const reply = await t.call(null, 'POST', `/api/portal/${token}/withdraw`, {
      reason: 'Sudah menerima tawaran lain.',
    });
    expect(reply.status).toBe(200);
    const candidate = await t.call(t.users.recruiter, 'GET', `/api/candidates/${candidateId}`);
    expect(candidate.body.applications[0].stage).toBe('withdrawn');
    const overview = await overviewOf(applicationId);
    expect(overview.interviews[0].status).toBe('cancelled');
    expect(overview.messages.map((m: { template: string }) => m.template)).toEqual(
      expect.arrayContaining(['interview_closed', 'candidate_update']),
    );
    const view = await t.call(null, 'GET', `/api/portal/${token}`);
    expect(view.body).toMatchObject({
      status: 'withdrawn',
      acceptsActions: false,
      nextInterview: null,
    });
    expectError(await t.call(null, 'POST', `/api/portal/${token}/withdraw`, {}), 409, 'conflict');
  });

  it('refuses a browser signed in as staff: only the candidate acts behind the link', async () => {
    const { token, applicationId, candidateId, interviewId } = await scheduled();
    // Staff may read the page (HR passes the link on), and it tells them they only read.
    const asStaff = await t.call(t.users.recruiter, 'GET', `/api/portal/${token}`);
    expect(asStaff.body.viewedByStaff).toBe(true);
    expect((await t.call(null, 'GET', `/api/portal/${token}`)).body.viewedByStaff).toBe(false);
    for (const [url, body] of [
      [`/api/portal/${token}/withdraw`, { reason: 'Dicoba oleh HR.' }],
      [`/api/portal/${token}/interviews/${interviewId}/confirm`, undefined],
      [`/api/portal/${token}/data-requests`, { kind: 'erasure' }],
    ] as const) {
      expectError(await t.call(t.users.recruiter, 'POST', url, body), 403, 'forbidden');
    }
    const candidate = await t.call(t.users.recruiter, 'GET', `/api/candidates/${candidateId}`);
    expect(candidate.body.applications[0].stage).toBe('hr_interview');
    const overview = await overviewOf(applicationId);
    expect(overview.interviews[0].candidateResponse).toBe('pending');
    const ledger = await t.call(
      t.users.recruiter,
      'GET',
      `/api/data-requests?candidateId=${candidateId}`,
    );
    expect(ledger.body.requests).toEqual([]);
  });

  it('a new link asked for from a page that shows an older one replaces nothing: the e-mailed link keeps working', async () => {
    const { token, applicationId } = await scheduled();
    const renew = (current: string | null) =>
      t.call(t.users.recruiter, 'POST', `/api/applications/${applicationId}/portal-link`, {
        current,
      });
    // The page showed no link (opened before a reply e-mailed this one): refused, nothing changed.
    const stale = await renew(null);
    expectError(stale, 409, 'conflict');
    expect(stale.body.error.fields).toMatchObject([
      { path: 'current', code: 'portal_link_changed' },
    ]);
    expect((await t.call(null, 'GET', `/api/portal/${token}`)).status).toBe(200);
    // From the page that shows the working link, it is replaced as asked: the page sends back the
    // token the overview gave it beside the link, without reading it out of the address.
    const overview = async () =>
      (await t.call(t.users.recruiter, 'GET', `/api/applications/${applicationId}/interviews`))
        .body as { portalUrl: string; portalToken: string };
    const shown = await overview();
    expect(shown.portalToken).toBe(token);
    expect(shown.portalUrl).toContain(shown.portalToken);
    const renewed = await renew(shown.portalToken);
    expect(renewed.status, JSON.stringify(renewed.body)).toBe(200);
    expect(renewed.body.portalUrl).not.toContain(token);
    const after = await overview();
    expect(after.portalUrl).toBe(renewed.body.portalUrl);
    expect(after.portalToken).not.toBe(token);
  });

  it("the candidate's language picked in the portal is the language of the e-mails that follow", async () => {
    const { token, applicationId } = await scheduled();
    const thankYouSubject = async () => {
      await t.call(t.users.recruiter, 'POST', `/api/applications/${applicationId}/emails`, {
        template: 'thank_you',
      });
      const overview = await t.call(
        t.users.recruiter,
        'GET',
        `/api/applications/${applicationId}/interviews`,
      );
      return overview.body.messages
        .filter((m: { template: string }) => m.template === 'thank_you')
        .map((m: { subject: string }) => m.subject)
        .at(-1) as string;
    };
    // Staff reading the link switch only their own screen.
    expectError(
      await t.call(t.users.recruiter, 'PUT', `/api/portal/${token}/language`, { locale: 'en' }),
      403,
      'forbidden',
    );
    // The candidate applied in Indonesian; the e-mail sent below is the first after the switch.
    const picked = await t.call(null, 'PUT', `/api/portal/${token}/language`, { locale: 'en' });
    expect(picked.status, JSON.stringify(picked.body)).toBe(200);
    expect(await thankYouSubject()).toMatch(/^Thank you/);
    // The interview still ahead sends its reminder in the language picked.
    const [interview] = await t.db.query<{ locale: string }>(
      `SELECT locale FROM interviews WHERE application_id = $1`,
      [applicationId],
    );
    expect(interview!.locale).toBe('en');
    expectInvalid(await t.call(null, 'PUT', `/api/portal/${token}/language`, { locale: 'fr' }), {
      locale: true,
    });
  });

  it('answers a wrong or revoked link with the same not-found, revealing nothing', async () => {
    const { token, applicationId } = await scheduled();
    const wrong = await t.call(null, 'GET', `/api/portal/${'x'.repeat(43)}`);
    expectError(wrong, 404, 'not_found');
    expectError(
      await t.call(t.users.interviewer, 'POST', `/api/applications/${applicationId}/portal-link`),
      403,
      'forbidden',
    );
    const renewed = await t.call(
      t.users.recruiter,
      'POST',
      `/api/applications/${applicationId}/portal-link`,
    );
    expect(renewed.body.portalUrl).not.toContain(token);
    const old = await t.call(null, 'GET', `/api/portal/${token}`);
    expect(old.body).toEqual(wrong.body);
    const fresh = String(renewed.body.portalUrl).split('/portal/')[1];
    expect((await t.call(null, 'GET', `/api/portal/${fresh}`)).status).toBe(200);
    await t.call(t.users.recruiter, 'DELETE', `/api/applications/${applicationId}/portal-link`);
    expectError(await t.call(null, 'GET', `/api/portal/${fresh}`), 404, 'not_found');
    // A revoked link stays revoked: the next e-mail goes out without a new one.
    await t.call(t.users.recruiter, 'POST', `/api/applications/${applicationId}/emails`, {
      template: 'thank_you',
    });
    const overview = await overviewOf(applicationId);
    expect(overview.portalUrl).toBeNull();
    const thanks = overview.messages.find((m: { template: string }) => m.template === 'thank_you');
    const text = (await t.call(t.users.recruiter, 'GET', `/api/outbox/${thanks.id}`)).body.body;
    expect(text).not.toContain('/portal/');
  });

  it('stops working 30 days after the process ended', async () => {
    const { token, applicationId } = await scheduled();
    await moveTo(t, applicationId, 'rejected', { rejectionReason: 'position_filled' });
    const ended = await t.call(null, 'GET', `/api/portal/${token}`);
    expect(ended.body).toMatchObject({
      status: 'not_continued',
      acceptsActions: false,
      nextInterview: null,
    });
    await t.db.query(
      `UPDATE application_events SET created_at = created_at - interval '31 days' WHERE application_id = $1`,
      [applicationId],
    );
    expectError(await t.call(null, 'GET', `/api/portal/${token}`), 404, 'not_found');
  });

  it('takes a personal-data request from the candidate into the ledger and tells HR', async () => {
    const { token, applicationId, candidateId } = await scheduled();
    expectInvalid(
      await t.call(null, 'POST', `/api/portal/${token}/data-requests`, { kind: 'everything' }),
      {
        kind: true,
      },
    );
    const reply = await t.call(null, 'POST', `/api/portal/${token}/data-requests`, {
      kind: 'erasure',
    });
    expect(reply.status).toBe(201);
    const ledger = await t.call(
      t.users.recruiter,
      'GET',
      `/api/data-requests?candidateId=${candidateId}`,
    );
    expect(ledger.body.requests).toEqual([
      expect.objectContaining({
        kind: 'erasure',
        channel: 'portal',
        deadline: 'open',
        recordedByName: null,
      }),
    ]);
    expect(new Date(reply.body.dueAt).toISOString()).toBe(ledger.body.requests[0].dueAt);
    const [update] = await recruiterUpdates(applicationId);
    expect(update.subject).toContain('permintaan data pribadi');
    expectError(
      await t.call(null, 'POST', `/api/portal/${'y'.repeat(43)}/data-requests`, { kind: 'access' }),
      404,
      'not_found',
    );
  });
});
