import { describe, expect, test } from 'vitest';
import { type TestUser, useTestApp } from '../support/test-app';
import {
  atHrInterview,
  buildApplication,
  buildJob,
  moveTo,
  moveToUserInterview,
  scoreUserInterview,
  skipHrGate,
} from '../support/factories';
import { bookInterview } from '../support/begun-interviews';
import { expectError, expectInvalid, unknownId } from '../support/expectations';

const t = useTestApp();

const move = (user: TestUser | null, applicationId: string, body: unknown) =>
  t.call(user, 'POST', `/api/applications/${applicationId}/move`, body);

async function applicationOf(candidateId: string, applicationId: string) {
  const reply = await t.call(t.users.recruiter, 'GET', `/api/candidates/${candidateId}`);
  const application = reply.body.applications.find((a: { id: string }) => a.id === applicationId);
  return application as {
    stage: string;
    hrGateCleared: boolean;
    history: {
      actorName: string;
      fromStage: string | null;
      toStage: string;
      rejectionReason: string | null;
      note: string | null;
      overrodeHrGate: boolean;
      at: string;
    }[];
  };
}

/** Stage of each application, as the job's board shows it. */
async function stagesOnBoard(jobId: string): Promise<Record<string, string>> {
  const board = await t.call(t.users.recruiter, 'GET', `/api/jobs/${jobId}/board`);
  const result: Record<string, string> = {};
  for (const column of board.body.columns) {
    for (const card of column.cards) result[card.applicationId] = column.stage;
  }
  return result;
}

describe('POST /api/applications/:applicationId/move', () => {
  test('401 without a session', async () => {
    expectError(await move(null, unknownId(), { toStage: 'cv_screening' }), 401, 'unauthenticated');
  });

  test('400 per bad field, 404 for an unknown application', async () => {
    const { applicationId } = await buildApplication(t);
    expectInvalid(await move(t.users.recruiter, applicationId, {}), { toStage: 'required' });
    expectInvalid(
      await move(t.users.recruiter, applicationId, {
        toStage: 'interview',
        rejectionReason: 'bad_vibes',
        overrideHrGate: 'yes',
        note: 'x'.repeat(2001),
      }),
      {
        toStage: 'invalid_value',
        rejectionReason: 'invalid_value',
        overrideHrGate: 'invalid_type',
        note: 'too_big',
      },
    );
    expectInvalid(await move(t.users.recruiter, 'abc', { toStage: 'offer' }), {
      applicationId: 'invalid_uuid',
    });
    expectError(
      await move(t.users.recruiter, unknownId(), { toStage: 'cv_screening' }),
      404,
      'not_found',
    );
  });

  test('moves through the process and records who moved it, from where, to where', async () => {
    const { applicationId, candidateId } = await buildApplication(t);
    const screened = await move(t.users.recruiter, applicationId, {
      toStage: 'cv_screening',
      note: 'CV rapi',
    });
    expect(screened.status).toBe(200);
    expect(screened.body).toMatchObject({
      id: applicationId,
      stage: 'cv_screening',
      hrGateCleared: false,
    });
    await moveTo(t, applicationId, 'hr_interview');
    // Passing the HR interview is HR's call, not the hiring manager's.
    expectInvalid(await move(t.users.hiringManager, applicationId, { toStage: 'user_interview' }), {
      toStage: 'hr_gate_is_hr',
    });
    // Nor is failing it: the outside test's hiring manager rejected at the HR stage.
    const rejectAtHr = { toStage: 'rejected', rejectionReason: 'failed_hr_interview' };
    expectInvalid(await move(t.users.hiringManager, applicationId, rejectAtHr), {
      toStage: 'hr_gate_is_hr',
    });
    expect((await applicationOf(candidateId, applicationId)).stage).toBe('hr_interview');
    // No HR decision is in: a plain forward move is refused (retrial25 H1); a skip of the gate
    // with HR's written reason passes, and is kept as one in the history and the audit log.
    const unverdicted = await move(t.users.recruiter, applicationId, { toStage: 'user_interview' });
    expectInvalid(unverdicted, { toStage: 'hr_interview_required' });
    const passed = await move(t.users.recruiter, applicationId, {
      toStage: 'user_interview',
      overrideHrGate: true,
      note: 'Direkomendasikan direksi.',
    });
    expect(passed.body).toMatchObject({ stage: 'user_interview', hrGateCleared: true });
    const audited = await t.db.query<{ action: string }>(
      `SELECT action FROM audit_log WHERE entity_id = $1 ORDER BY at, action`,
      [applicationId],
    );
    expect(audited.map((row) => row.action)).toContain('application.hr_gate_skipped');
    expect(new Date(passed.body.stageEnteredAt).getTime()).toBeGreaterThanOrEqual(
      new Date(screened.body.stageEnteredAt).getTime(),
    );

    const application = await applicationOf(candidateId, applicationId);
    expect(application.stage).toBe('user_interview');
    expect(
      application.history.map(({ actorName, fromStage, toStage, note, overrodeHrGate }) => ({
        actorName,
        fromStage,
        toStage,
        note,
        overrodeHrGate,
      })),
    ).toEqual([
      {
        actorName: 'Rina Recruiter',
        fromStage: 'hr_interview',
        toStage: 'user_interview',
        note: 'Direkomendasikan direksi.',
        overrodeHrGate: true,
      },
      {
        actorName: 'Rina Recruiter',
        fromStage: 'cv_screening',
        toStage: 'hr_interview',
        note: null,
        overrodeHrGate: false,
      },
      {
        actorName: 'Rina Recruiter',
        fromStage: 'applied',
        toStage: 'cv_screening',
        note: 'CV rapi',
        overrodeHrGate: false,
      },
      {
        actorName: 'Rina Recruiter',
        fromStage: null,
        toStage: 'applied',
        note: null,
        overrodeHrGate: false,
      },
    ]);
    const times = application.history.map((event) => event.at);
    expect(times).toEqual([...times].sort().reverse());
  });

  test('the same stage is refused', async () => {
    const { applicationId } = await buildApplication(t);
    expectInvalid(await moveTo(t, applicationId, 'applied'), { toStage: 'same_stage' });
  });

  test('the HR gate: 400 without passing HR, override needs HR and a note', async () => {
    const { applicationId, candidateId } = await buildApplication(t);
    await moveTo(t, applicationId, 'cv_screening');

    const gated = await moveTo(t, applicationId, 'user_interview');
    expect(expectInvalid(gated, { toStage: 'hr_interview_required' })[0]!.message).toMatch(/HR/);
    expectInvalid(await moveTo(t, applicationId, 'offer'), { toStage: 'hr_interview_required' });
    expectInvalid(await moveTo(t, applicationId, 'user_interview', { overrideHrGate: true }), {
      note: 'reason_required',
    });
    expectInvalid(
      await move(t.users.hiringManager, applicationId, {
        toStage: 'user_interview',
        overrideHrGate: true,
        note: 'Saya kenal kandidatnya',
      }),
      { overrideHrGate: 'override_needs_hr' },
    );
    let application = await applicationOf(candidateId, applicationId);
    expect(application).toMatchObject({ stage: 'cv_screening', hrGateCleared: false });
    expect(application.history).toHaveLength(2);

    const overridden = await moveTo(t, applicationId, 'user_interview', {
      overrideHrGate: true,
      note: 'Sudah diwawancarai HR untuk lowongan lain bulan lalu',
    });
    expect(overridden.status).toBe(200);
    expect(overridden.body).toMatchObject({ stage: 'user_interview', hrGateCleared: true });
    application = await applicationOf(candidateId, applicationId);
    expect(application.history[0]).toMatchObject({
      actorName: 'Rina Recruiter',
      fromStage: 'cv_screening',
      toStage: 'user_interview',
      overrodeHrGate: true,
      note: 'Sudah diwawancarai HR untuk lowongan lain bulan lalu',
    });
  });

  test('hired only from the offer', async () => {
    const { applicationId } = await buildApplication(t);
    await moveToUserInterview(t, applicationId);
    expectInvalid(await moveTo(t, applicationId, 'hired'), { toStage: 'hire_needs_offer' });
    // No user interview took place here: the move to the offer says why (see workflow.test.ts).
    await scoreUserInterview(t, applicationId);
    await moveTo(t, applicationId, 'offer', { overrideReason: 'Ditunjuk langsung oleh direksi.' });
    const hired = await move(t.users.hiringManager, applicationId, { toStage: 'hired' });
    expect(hired.body.stage).toBe('hired');
    expectInvalid(
      await moveTo(t, applicationId, 'rejected', { rejectionReason: 'other', note: 'salah klik' }),
      { toStage: 'already_hired' },
    );
  });

  test('reject needs a reason, and a note for "other"', async () => {
    const { applicationId, candidateId } = await buildApplication(t);
    expectInvalid(await moveTo(t, applicationId, 'rejected'), { rejectionReason: 'required' });
    expectInvalid(await moveTo(t, applicationId, 'rejected', { rejectionReason: 'other' }), {
      note: 'reason_required',
    });
    expect((await applicationOf(candidateId, applicationId)).stage).toBe('applied');

    const rejected = await move(t.users.hiringManager, applicationId, {
      toStage: 'rejected',
      rejectionReason: 'other',
      note: 'Tidak bersedia ditempatkan di Jakarta',
    });
    expect(rejected.body.stage).toBe('rejected');
    expect((await applicationOf(candidateId, applicationId)).history[0]).toMatchObject({
      actorName: 'Budi Manager',
      fromStage: 'applied',
      toStage: 'rejected',
      rejectionReason: 'other',
      note: 'Tidak bersedia ditempatkan di Jakarta',
    });
  });

  test('a rejection can e-mail the candidate in the same step (HR only, rejections and offers only)', async () => {
    const mailsOf = async (applicationId: string) =>
      (
        await t.db.query<{ template: string }>(
          'SELECT template FROM email_messages WHERE application_id = $1',
          [applicationId],
        )
      ).map((row) => row.template);
    const { applicationId, candidateId } = await buildApplication(t);
    expectInvalid(await moveTo(t, applicationId, 'cv_screening', { emailCandidate: true }), {
      emailCandidate: 'no_email_for_stage',
    });
    expectError(
      await move(t.users.hiringManager, applicationId, {
        toStage: 'rejected',
        rejectionReason: 'cv_not_matching',
        emailCandidate: true,
      }),
      403,
      'forbidden',
    );
    expect((await applicationOf(candidateId, applicationId)).stage).toBe('applied');
    expect(await mailsOf(applicationId)).toEqual([]);

    const rejected = await moveTo(t, applicationId, 'rejected', {
      rejectionReason: 'cv_not_matching',
      note: 'Belum cukup pengalaman Golang',
      emailCandidate: true,
    });
    expect(rejected.body.stage).toBe('rejected');
    expect(await mailsOf(applicationId)).toEqual(['rejection']);
    // The kind rejection carries neither the internal reason nor the note.
    const [mail] = await t.db.query<{ body: string }>(
      `SELECT body FROM email_messages WHERE application_id = $1`,
      [applicationId],
    );
    expect(mail!.body).not.toContain('Golang');
    expect(mail!.body).not.toMatch(/cv_not_matching/);
  });

  test('reopening a rejected application is for HR, with a note', async () => {
    const { applicationId } = await buildApplication(t);
    await moveTo(t, applicationId, 'rejected', { rejectionReason: 'position_filled' });
    expectInvalid(
      await move(t.users.hiringManager, applicationId, { toStage: 'cv_screening', note: 'buka' }),
      { toStage: 'reopen_needs_hr' },
    );
    expectInvalid(await moveTo(t, applicationId, 'cv_screening'), { note: 'reason_required' });
    const reopened = await moveTo(t, applicationId, 'cv_screening', { note: 'Posisi dibuka lagi' });
    expect(reopened.body.stage).toBe('cv_screening');
  });

  test('the tests stage only where the job runs tests', async () => {
    const plain = await atHrInterview(t);
    expectInvalid(await moveTo(t, plain.applicationId, 'tests'), { toStage: 'tests_disabled' });

    const tested = await atHrInterview(t, { testsEnabled: true });
    expectInvalid(await moveTo(t, tested.applicationId, 'tests'), {
      toStage: 'hr_interview_required',
    });
    const inTests = await moveTo(t, tested.applicationId, 'tests', skipHrGate);
    expect(inTests.body).toMatchObject({ stage: 'tests', hrGateCleared: true, testsEnabled: true });
    expect((await moveTo(t, tested.applicationId, 'user_interview')).body.stage).toBe(
      'user_interview',
    );
  });
});

describe('POST /api/jobs/:jobId/bulk-move', () => {
  const bulk = (user: TestUser | null, jobId: string, body: unknown) =>
    t.call(user, 'POST', `/api/jobs/${jobId}/bulk-move`, body);

  /** A job with `n` applications, each already moved to `stage`. */
  async function jobWith(n: number, stage?: string) {
    const jobId = (await buildJob(t)).id;
    const ids: string[] = [];
    for (let i = 0; i < n; i++) {
      const { applicationId } = await buildApplication(t, { jobId });
      if (stage) {
        for (const step of ['cv_screening', 'hr_interview', 'user_interview']) {
          await moveTo(t, applicationId, step);
          if (step === stage) break;
        }
      }
      ids.push(applicationId);
    }
    return { jobId, ids };
  }

  test('401, 400 per field, 404 for an unknown job', async () => {
    const { jobId, ids } = await jobWith(1);
    expectError(
      await bulk(null, jobId, { toStage: 'cv_screening', applicationIds: ids }),
      401,
      'unauthenticated',
    );
    expectInvalid(
      await bulk(t.users.recruiter, jobId, { toStage: 'cv_screening', applicationIds: [] }),
      {
        applicationIds: 'too_small',
      },
    );
    expectInvalid(await bulk(t.users.recruiter, jobId, { applicationIds: ['x'] }), {
      toStage: 'required',
      'applicationIds.0': 'invalid_uuid',
    });
    expectError(
      await bulk(t.users.recruiter, unknownId(), { toStage: 'cv_screening', applicationIds: ids }),
      404,
      'not_found',
    );
  });

  test('moves every application with one reason and records each move', async () => {
    const { jobId, ids } = await jobWith(3);
    const reply = await bulk(t.users.recruiter, jobId, {
      toStage: 'cv_screening',
      applicationIds: [...ids, ids[0]],
      note: 'Gelombang pertama',
    });
    expect(reply.status).toBe(200);
    expect(reply.body).toEqual({ moved: 3, skipped: [] });
    expect(Object.values(await stagesOnBoard(jobId))).toEqual([
      'cv_screening',
      'cv_screening',
      'cv_screening',
    ]);
  });

  test('applications the gate refuses: 400 names each, and no application moves', async () => {
    const { jobId, ids } = await jobWith(3, 'hr_interview');
    const { applicationId: early } = await buildApplication(t, { jobId });
    const { applicationId: alsoEarly } = await buildApplication(t, { jobId });
    const before = await stagesOnBoard(jobId);

    const reply = await bulk(t.users.recruiter, jobId, {
      toStage: 'user_interview',
      applicationIds: [ids[0], ids[1], early, ids[2], alsoEarly],
    });
    // Those at the HR interview have no HR decision either: leaving it is a skip of the gate too.
    expectInvalid(reply, {
      'applicationIds.0': 'hr_interview_required',
      'applicationIds.1': 'hr_interview_required',
      'applicationIds.2': 'hr_interview_required',
      'applicationIds.3': 'hr_interview_required',
      'applicationIds.4': 'hr_interview_required',
    });
    expect(await stagesOnBoard(jobId)).toEqual(before);
    expect(before[ids[0]!]).toBe('hr_interview');
    expect(before[early]).toBe('applied');
  });

  test('an application of another job: 400 names it, and nothing moves', async () => {
    const { jobId, ids } = await jobWith(2);
    const stranger = await buildApplication(t);
    const reply = await bulk(t.users.recruiter, jobId, {
      toStage: 'cv_screening',
      applicationIds: [ids[0], stranger.applicationId, ids[1], unknownId()],
    });
    expectInvalid(reply, {
      'applicationIds.1': 'unknown_application',
      'applicationIds.3': 'unknown_application',
    });
    expect(Object.values(await stagesOnBoard(jobId))).toEqual(['applied', 'applied']);
    expect((await stagesOnBoard(stranger.jobId))[stranger.applicationId]).toBe('applied');
  });

  test('bulk reject needs a reason; with one, all are rejected with it', async () => {
    const { jobId, ids } = await jobWith(3);
    expectInvalid(
      await bulk(t.users.recruiter, jobId, { toStage: 'rejected', applicationIds: ids }),
      {
        rejectionReason: 'required',
      },
    );
    expect(Object.values(await stagesOnBoard(jobId))).toEqual(['applied', 'applied', 'applied']);

    const reply = await bulk(t.users.hiringManager, jobId, {
      toStage: 'rejected',
      rejectionReason: 'position_filled',
      applicationIds: ids,
    });
    expect(reply.body).toEqual({ moved: 3, skipped: [] });
    expect(Object.values(await stagesOnBoard(jobId))).toEqual(['rejected', 'rejected', 'rejected']);
    const board = await t.call(t.users.recruiter, 'GET', `/api/jobs/${jobId}/board`);
    const candidateId = board.body.columns.find((c: { stage: string }) => c.stage === 'rejected')
      .cards[0].candidateId;
    const application = await applicationOf(
      candidateId,
      board.body.columns.find((c: { stage: string }) => c.stage === 'rejected').cards[0]
        .applicationId,
    );
    expect(application.history[0]).toMatchObject({
      actorName: 'Budi Manager',
      fromStage: 'applied',
      toStage: 'rejected',
      rejectionReason: 'position_filled',
    });
  });

  test('a bulk rejection can e-mail every candidate, all in one step', async () => {
    const { jobId, ids } = await jobWith(2);
    const reply = await bulk(t.users.recruiter, jobId, {
      toStage: 'rejected',
      rejectionReason: 'position_filled',
      emailCandidate: true,
      applicationIds: ids,
    });
    expect(reply.body).toEqual({ moved: 2, skipped: [] });
    const mails = await t.db.query<{ applicationId: string; template: string }>(
      `SELECT application_id AS "applicationId", template FROM email_messages
       WHERE application_id = ANY($1::uuid[]) ORDER BY application_id`,
      [ids],
    );
    expect(mails.map((m) => m.template)).toEqual(['rejection', 'rejection']);
    expect(new Set(mails.map((m) => m.applicationId))).toEqual(new Set(ids));
  });

  test('a bulk HR-gate override is HR-only, needs a note, and is all or nothing', async () => {
    const { jobId, ids } = await jobWith(2);
    const body = { toStage: 'user_interview', overrideHrGate: true, applicationIds: ids };
    expectInvalid(await bulk(t.users.recruiter, jobId, body), { note: 'reason_required' });
    expectInvalid(await bulk(t.users.hiringManager, jobId, { ...body, note: 'percaya saya' }), {
      overrideHrGate: 'override_needs_hr',
    });
    expect(Object.values(await stagesOnBoard(jobId))).toEqual(['applied', 'applied']);
    const reply = await bulk(t.users.admin, jobId, { ...body, note: 'Program rekrutmen kampus' });
    expect(reply.body).toEqual({ moved: 2, skipped: [] });
    expect(Object.values(await stagesOnBoard(jobId))).toEqual(['user_interview', 'user_interview']);
  });
});

describe('POST /api/jobs/:jobId/interviews-called-off', () => {
  test('lists the booked interviews a bulk move would cancel, as the move then cancels them', async () => {
    const jobId = (await buildJob(t)).id;
    const booked: { applicationId: string; interviewId: string }[] = [];
    for (let i = 0; i < 2; i++) {
      const { applicationId } = await buildApplication(t, { jobId });
      await moveTo(t, applicationId, 'cv_screening');
      await moveTo(t, applicationId, 'hr_interview');
      const { id } = await bookInterview(t, applicationId, {
        stage: 'hr',
        interviewerIds: [t.users.recruiter.id],
      });
      booked.push({ applicationId, interviewId: id });
    }
    const { applicationId: unbooked } = await buildApplication(t, { jobId });
    const applicationIds = [...booked.map((b) => b.applicationId), unbooked];
    const preview = (toStage: string) =>
      t.call(t.users.recruiter, 'POST', `/api/jobs/${jobId}/interviews-called-off`, {
        applicationIds,
        toStage,
      });

    const rejecting = await preview('rejected');
    expect(rejecting.status).toBe(200);
    expect(rejecting.body.interviews).toEqual(
      booked.map(({ applicationId, interviewId }) =>
        expect.objectContaining({
          applicationId,
          interviewId,
          stage: 'hr',
          settlement: 'rejected',
        }),
      ),
    );
    expect((await preview('user_interview')).body.interviews).toEqual(
      booked.map(({ interviewId }) =>
        expect.objectContaining({ interviewId, settlement: 'skipped' }),
      ),
    );
    // Staying at the HR interview keeps its interviews.
    expect((await preview('hr_interview')).body.interviews).toEqual([]);
    expectInvalid(
      await t.call(t.users.recruiter, 'POST', `/api/jobs/${jobId}/interviews-called-off`, {
        applicationIds,
      }),
      { toStage: true },
    );

    const rejected = await t.call(t.users.recruiter, 'POST', `/api/jobs/${jobId}/bulk-move`, {
      applicationIds: booked.map((b) => b.applicationId),
      toStage: 'rejected',
      rejectionReason: 'failed_hr_interview',
    });
    expect(rejected.status, JSON.stringify(rejected.body)).toBe(200);
    const statuses = await t.db.query<{ status: string }>(
      'SELECT status FROM interviews WHERE id = ANY($1::uuid[])',
      [booked.map((b) => b.interviewId)],
    );
    expect(statuses.map((row) => row.status)).toEqual(['cancelled', 'cancelled']);
  });
});

describe('GET /api/jobs/:jobId/board', () => {
  test('401, 400 for a malformed id, 404 for an unknown job', async () => {
    expectError(
      await t.call(null, 'GET', `/api/jobs/${unknownId()}/board`),
      401,
      'unauthenticated',
    );
    expectInvalid(await t.call(t.users.recruiter, 'GET', '/api/jobs/papan/board'), {
      jobId: 'invalid_uuid',
    });
    expectError(
      await t.call(t.users.recruiter, 'GET', `/api/jobs/${unknownId()}/board`),
      404,
      'not_found',
    );
  });

  test('one column per stage of the job, in order, with counts and cards', async () => {
    const jobId = (await buildJob(t, { testsEnabled: true })).id;
    const apps = [];
    for (let i = 0; i < 5; i++) apps.push(await buildApplication(t, { jobId }));
    await moveTo(t, apps[0]!.applicationId, 'cv_screening');
    await moveTo(t, apps[1]!.applicationId, 'cv_screening');
    await moveTo(t, apps[2]!.applicationId, 'cv_screening');
    await moveTo(t, apps[2]!.applicationId, 'hr_interview');
    await moveTo(t, apps[2]!.applicationId, 'tests', skipHrGate);
    await moveTo(t, apps[3]!.applicationId, 'withdrawn');

    const board = await t.call(t.users.hiringManager, 'GET', `/api/jobs/${jobId}/board`);
    expect(board.status).toBe(200);
    expect(board.body.job.id).toBe(jobId);
    expect(
      Object.fromEntries(
        board.body.columns.map((c: { stage: string; count: number }) => [c.stage, c.count]),
      ),
    ).toEqual({
      applied: 1,
      cv_screening: 2,
      hr_interview: 0,
      tests: 1,
      user_interview: 0,
      offer: 0,
      hired: 0,
      rejected: 0,
      withdrawn: 1,
    });
    expect(board.body.columns.map((c: { stage: string }) => c.stage)).toEqual(
      board.body.job.stages,
    );
    for (const column of board.body.columns) expect(column.cards).toHaveLength(column.count);
    const testsCard = board.body.columns.find((c: { stage: string }) => c.stage === 'tests')
      .cards[0];
    expect(testsCard).toMatchObject({
      applicationId: apps[2]!.applicationId,
      candidateId: apps[2]!.candidateId,
      candidateName: expect.stringMatching(/^Sari Rahmawati/),
      tags: [],
    });
  });
});
