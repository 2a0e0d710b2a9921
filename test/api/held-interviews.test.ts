import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { builtInStageTemplates } from '../../src/domain/stage-template';
import { utcToZonedTime } from '../../src/domain/scheduling/zoned-time';
import { expectError, expectInvalid, unknownId } from '../support/expectations';
import {
  atHrInterview,
  buildApplication,
  buildOtherTeamsJob,
  buildJob,
  moveTo,
  moveToHrInterview,
  scoreUserInterview,
  unique,
  skipHrGate,
} from '../support/factories';
import { applicantFields, applyFromCareers, makePdf } from '../support/cv-files';
import { jakartaTime } from '../support/jakarta-time';
import { createTestApp, type TestApp, type TestUser } from '../support/test-app';

/** Recording an interview that already took place (a walk-in): who may, what is checked, what follows. */
describe('recording a held interview', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await createTestApp();
  });
  afterAll(() => t.close());

  /** This minute in Jakarta: begun, and on the day the test's application was made. */
  const thisMinute = () => utcToZonedTime(new Date(), 'Asia/Jakarta');
  const heldHr = (overrides: Record<string, unknown> = {}) => ({
    stage: 'hr',
    localStart: thisMinute(),
    timeZone: 'Asia/Jakarta',
    durationMinutes: 30,
    mode: 'onsite',
    address: 'Jl. Jend. Sudirman 1, Jakarta',
    interviewerIds: [t.users.recruiter.id, t.users.interviewer.id],
    notes: 'Hari walk-in interview.',
    ...overrides,
  });
  const record = (as: TestUser | null, applicationId: string, body: Record<string, unknown>) =>
    t.call(as, 'POST', `/api/applications/${applicationId}/held-interviews`, body);
  const overview = async (applicationId: string) =>
    (await t.call(t.users.recruiter, 'GET', `/api/applications/${applicationId}/interviews`))
      .body as {
      interviews: { id: string; status: string; held: boolean; scorecardWait: string | null }[];
      messages: unknown[];
    };
  const auditRows = (applicationId: string) =>
    t.db.query<{ action: string; actorId: string; detail: { interviewId: string } }>(
      `SELECT action, actor_id AS "actorId", detail FROM audit_log
       WHERE entity_id = $1 AND action LIKE 'interview.%' ORDER BY at`,
      [applicationId],
    );
  /** The calibration report's line for the test app's interviewer on one job (zeros while absent). */
  const calibrationOfInterviewer = async (jobId: string) => {
    const report = await t.call(
      t.users.recruiter,
      'GET',
      `/api/reports/calibration?jobId=${jobId}`,
    );
    expect(report.status, JSON.stringify(report.body)).toBe(200);
    const line = report.body.interviewers.find(
      (row: { interviewerId: string }) => row.interviewerId === t.users.interviewer.id,
    );
    return { submitted: line?.submitted ?? 0, booked: line?.scorecards.booked ?? 0 };
  };
  const queuedTasks = (interviewId: string) =>
    t.db.query(`SELECT name FROM pgboss.job WHERE data->>'interviewId' = $1`, [interviewId]);

  it('records the HR interview HR held: no e-mail, invitation or reminder, one audit entry', async () => {
    const { applicationId } = await atHrInterview(t);
    const mailBefore = (await overview(applicationId)).messages.length;
    const recorded = await record(t.users.recruiter, applicationId, heldHr());
    expect(recorded.status, JSON.stringify(recorded.body)).toBe(201);
    expect(recorded.body).toMatchObject({
      stage: 'hr',
      status: 'scheduled',
      localStart: heldHr().localStart,
      mode: 'onsite',
      address: 'Jl. Jend. Sudirman 1, Jakarta',
      interviewerIds: [t.users.recruiter.id, t.users.interviewer.id],
      candidateResponse: 'confirmed',
    });
    expect(recorded.body.events).toMatchObject([
      { kind: 'scheduled', reason: 'Hari walk-in interview.' },
    ]);

    const after = await overview(applicationId);
    expect(after.interviews.map((i) => i.id)).toEqual([recorded.body.id]);
    expect(after.messages).toHaveLength(mailBefore);
    expect(await queuedTasks(recorded.body.id)).toEqual([]);
    const emails = await t.db.query<{ n: number }>(
      `SELECT count(*)::int AS n FROM email_messages WHERE interview_id = $1`,
      [recorded.body.id],
    );
    expect(emails).toEqual([{ n: 0 }]);
    expect(await auditRows(applicationId)).toEqual([
      {
        action: 'interview.recorded',
        actorId: t.users.recruiter.id,
        detail: expect.objectContaining({ interviewId: recorded.body.id, stage: 'hr' }),
      },
    ]);
  });

  it('lets the panel, a plain interviewer included, score it in the kit; until then it is awaited', async () => {
    const { applicationId, jobId } = await atHrInterview(t);
    expect(await calibrationOfInterviewer(jobId)).toEqual({ submitted: 0, booked: 0 });
    // Held two hours ago, over by now: the application was made days before.
    await t.db.query(
      `UPDATE applications SET created_at = now() - interval '3 days' WHERE id = $1`,
      [applicationId],
    );
    const twoHoursAgo = utcToZonedTime(new Date(Date.now() - 2 * 3_600_000), 'Asia/Jakarta');
    const recorded = await record(
      t.users.recruiter,
      applicationId,
      heldHr({ localStart: twoHoursAgo, interviewerIds: [t.users.interviewer.id] }),
    );
    expect(recorded.status, JSON.stringify(recorded.body)).toBe(201);
    expect(recorded.body.scorecardWait).toMatch(/^(awaited|overdue)$/);

    // The candidate's portal lists what lies ahead only: nothing is waiting for them.
    const link = await t.call(
      t.users.recruiter,
      'POST',
      `/api/applications/${applicationId}/portal-link`,
    );
    const token = String(link.body.portalUrl).split('/portal/')[1];
    const portal = await t.call(null, 'GET', `/api/portal/${token}`);
    expect(portal.status, JSON.stringify(portal.body)).toBe(200);
    expect(portal.body.nextInterview).toBeNull();

    const kit = await t.call(
      t.users.interviewer,
      'GET',
      `/api/applications/${applicationId}/interviews/hr/kit`,
    );
    expect(kit.status, JSON.stringify(kit.body)).toBe(200);
    // My interviews chases the interviewer's missing scorecard like any held interview's.
    const mine = await t.call(t.users.interviewer, 'GET', '/api/my-interviews');
    expect(
      mine.body.items.find(
        (item: { applicationId: string }) => item.applicationId === applicationId,
      ),
    ).toMatchObject({
      interview: 'hr',
      scorecard: 'none',
      scorecardWait: recorded.body.scorecardWait,
    });

    const attributes = builtInStageTemplates.hr.attributes;
    const scored = await t.call(
      t.users.interviewer,
      'PUT',
      `/api/applications/${applicationId}/interviews/hr/scorecard`,
      {
        action: 'submit',
        ratings: attributes.map((attribute) => ({ attribute, rating: 'yes', evidence: 'Jelas.' })),
        recommendation: 'yes',
        summary: 'Datang langsung, komunikatif.',
      },
    );
    expect(scored.status, JSON.stringify(scored.body)).toBe(200);
    const [interview] = (await overview(applicationId)).interviews;
    expect(interview).toMatchObject({ held: true, scorecardWait: null });
    // The reports count it: one more panel booked and scored for this interviewer.
    expect(await calibrationOfInterviewer(jobId)).toEqual({ submitted: 1, booked: 1 });
  });

  it("lets the job's hiring manager record the user interview, not the HR one", async () => {
    const { applicationId } = await atHrInterview(t);
    const hrStage = await record(t.users.hiringManager, applicationId, heldHr());
    expectError(hrStage, 403, 'forbidden');
    expect((await overview(applicationId)).interviews).toEqual([]);

    expect((await moveTo(t, applicationId, 'user_interview', skipHrGate)).status).toBe(200);
    const user = await record(
      t.users.hiringManager,
      applicationId,
      heldHr({ stage: 'user', interviewerIds: [t.users.hiringManager.id] }),
    );
    expect(user.status, JSON.stringify(user.body)).toBe(201);
    expect(user.body.stage).toBe('user');

    // The verdict reads it as held: once its panel scored, the offer needs no override reason,
    // which an application whose user interview was never recorded still does.
    const unrecorded = await atHrInterview(t);
    expect((await moveTo(t, unrecorded.applicationId, 'user_interview', skipHrGate)).status).toBe(
      200,
    );
    for (const id of [applicationId, unrecorded.applicationId]) await scoreUserInterview(t, id);
    expect((await moveTo(t, unrecorded.applicationId, 'offer')).status).not.toBe(200);
    const offered = await moveTo(t, applicationId, 'offer');
    expect(offered.status, JSON.stringify(offered.body)).toBe(200);
  });

  it('refuses interviewers, strangers to the job and anonymous callers', async () => {
    const { applicationId } = await atHrInterview(t);
    expectError(await record(null, applicationId, heldHr()), 401, 'unauthenticated');
    expectError(await record(t.users.interviewer, applicationId, heldHr()), 403, 'forbidden');
    const other = await atHrInterview(t, { jobId: (await buildOtherTeamsJob(t)).id });
    expectError(
      await record(t.users.hiringManager, other.applicationId, heldHr()),
      404,
      'not_found',
    );
    expectError(await record(t.users.recruiter, unknownId(), heldHr()), 404, 'not_found');
    expect((await overview(applicationId)).interviews).toEqual([]);
  });

  it('refuses a time before the minute the candidate applied on the careers page', async () => {
    const job = await buildJob(t);
    const email = `pelamar.${unique()}@example.com`;
    const cv = { name: 'cv.pdf', bytes: await makePdf(['Putri Pelamar', 'Staf gudang 3 tahun']) };
    const applied = await applyFromCareers(t, job.id, applicantFields('Putri Pelamar', email), cv);
    expect(applied.status, JSON.stringify(applied.body)).toBe(201);
    const [row] = await t.db.query<{ applicationId: string; createdAt: string | Date }>(
      `SELECT a.id AS "applicationId", a.created_at AS "createdAt" FROM applications a
       JOIN candidates c ON c.id = a.candidate_id WHERE c.email = $1`,
      [email],
    );
    const { applicationId } = row!;
    await moveToHrInterview(t, applicationId);
    const appliedAt = new Date(row!.createdAt);
    const at = (ms: number) => utcToZonedTime(new Date(ms), 'Asia/Jakarta');
    expectInvalid(
      await record(
        t.users.recruiter,
        applicationId,
        heldHr({ localStart: at(appliedAt.getTime() - 60_000) }),
      ),
      { localStart: 'held_before_applied' },
    );
    expect((await overview(applicationId)).interviews).toEqual([]);
    // The minute they applied is not before it.
    const inThatMinute = await record(
      t.users.recruiter,
      applicationId,
      heldHr({ localStart: at(appliedAt.getTime()) }),
    );
    expect(inThatMinute.status, JSON.stringify(inThatMinute.body)).toBe(201);
  });

  it('names the field of a bad record and changes nothing', async () => {
    const { applicationId } = await atHrInterview(t);
    const refused = async (body: Record<string, unknown>, expected: Record<string, string>) =>
      expectInvalid(await record(t.users.recruiter, applicationId, heldHr(body)), expected);
    await refused({ localStart: jakartaTime(1) }, { localStart: 'held_in_future' });
    await refused({ localStart: jakartaTime(-2) }, { localStart: 'held_before_application' });
    await refused({ localStart: 'yesterday' }, { localStart: 'invalid_time' });
    await refused({ durationMinutes: 5 }, { durationMinutes: 'too_small' });
    await refused({ interviewerIds: [] }, { interviewerIds: 'interviewer_required' });
    await refused(
      { interviewerIds: [t.users.otherManager.id] },
      { 'interviewerIds.0': 'not_on_team' },
    );
    await refused(
      { mode: 'online', meetingUrl: 'meet kantor' },
      { meetingUrl: 'meeting_link_invalid' },
    );
    await refused({ timeZone: 'Mars/Olympus' }, { timeZone: 'unknown_time_zone' });
    await refused({ stage: 'final' }, { stage: 'invalid_value' });
    expect((await overview(applicationId)).interviews).toEqual([]);
    expect(await auditRows(applicationId)).toEqual([]);
  });

  it('takes an online or placeless record: the place is optional', async () => {
    const { applicationId } = await atHrInterview(t);
    const recorded = await record(
      t.users.recruiter,
      applicationId,
      heldHr({ mode: 'online', address: '', notes: undefined }),
    );
    expect(recorded.status, JSON.stringify(recorded.body)).toBe(201);
    expect(recorded.body).toMatchObject({ mode: 'online', meetingUrl: '', address: '' });
  });

  it('refuses a stage the application is not at, as booking does, and a second interview', async () => {
    const { applicationId } = await buildApplication(t);
    const early = await record(t.users.recruiter, applicationId, heldHr({ stage: 'user' }));
    expect(expectError(early, 409, 'conflict')[0]).toMatchObject({
      path: 'stage',
      code: 'wrong_stage',
    });
    await moveTo(t, applicationId, 'cv_screening');
    await moveTo(t, applicationId, 'hr_interview');
    expect((await record(t.users.recruiter, applicationId, heldHr())).status).toBe(201);
    const again = await record(t.users.recruiter, applicationId, heldHr());
    expect(expectError(again, 409, 'conflict')[0]).toMatchObject({ code: 'already_scheduled' });
    expect((await overview(applicationId)).interviews).toHaveLength(1);
  });
});
