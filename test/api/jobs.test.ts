import { describe, expect, test } from 'vitest';
import { stages } from '../../src/domain/pipeline';
import { useTestApp } from '../support/test-app';
import {
  buildApplication,
  buildJob,
  candidateInput,
  jobInput,
  moveTo,
  skipHrGate,
} from '../support/factories';
import { expectError, expectInvalid, unknownId } from '../support/expectations';

const t = useTestApp();

describe('POST /api/jobs', () => {
  test('401 without a session', async () => {
    expectError(await t.call(null, 'POST', '/api/jobs', jobInput(t)), 401, 'unauthenticated');
  });

  test('400 names every missing field', async () => {
    expectInvalid(await t.call(t.users.recruiter, 'POST', '/api/jobs', {}), {
      title: 'required',
      department: 'required',
      city: 'required',
      workMode: 'required',
      employmentType: 'required',
      team: 'required',
    });
  });

  test('400 says in words that a missing field is required, not what type zod expected', async () => {
    const response = await t.call(t.users.recruiter, 'POST', '/api/jobs', {
      ...jobInput(t),
      team: undefined,
    });
    expect(response.status).toBe(400);
    expect(response.body.error.fields).toEqual([
      { path: 'team', code: 'required', message: 'This field is required.' },
    ]);
  });

  test('400 names each bad field by its path', async () => {
    const cases: [Record<string, unknown>, Record<string, string>][] = [
      [{ title: '   ' }, { title: 'required' }],
      [{ title: 'x'.repeat(201) }, { title: 'too_big' }],
      [{ title: 42 }, { title: 'invalid_type' }],
      [{ workMode: 'office' }, { workMode: 'invalid_value' }],
      [{ employmentType: 'permanent' }, { employmentType: 'invalid_value' }],
      [{ testsEnabled: 'ya' }, { testsEnabled: 'invalid_type' }],
      [{ requiredSkills: ['Node.js', ''] }, { 'requiredSkills.1': 'required' }],
      [{ tools: Array.from({ length: 51 }, (_, i) => `tool ${i}`) }, { tools: 'too_big' }],
      [{ description: 'Deskripsi\u0000' }, { description: 'invalid_characters' }],
      [
        { team: { recruiterId: 'rina', hiringManagerId: t.users.hiringManager.id } },
        { 'team.recruiterId': 'invalid_uuid' },
      ],
      [
        {
          team: {
            recruiterId: t.users.recruiter.id,
            hiringManagerId: t.users.hiringManager.id,
            interviewerIds: [t.users.interviewer.id, 'x'],
          },
        },
        { 'team.interviewerIds.1': 'invalid_uuid' },
      ],
    ];
    for (const [override, fields] of cases) {
      expectInvalid(
        await t.call(t.users.recruiter, 'POST', '/api/jobs', { ...jobInput(t), ...override }),
        fields,
      );
    }
  });

  test('400 when the hiring team names the wrong people', async () => {
    const ghost = unknownId();
    const reply = await t.call(
      t.users.recruiter,
      'POST',
      '/api/jobs',
      jobInput(t, {
        team: {
          recruiterId: t.users.hiringManager.id,
          hiringManagerId: t.users.interviewer.id,
          interviewerIds: [t.users.interviewer.id, t.users.interviewer.id, ghost],
        },
      }),
    );
    expectInvalid(reply, {
      'team.recruiterId': 'wrong_role',
      'team.hiringManagerId': 'wrong_role',
      'team.interviewerIds.2': 'unknown_user',
    });
  });

  test('403 for a hiring manager or an interviewer', async () => {
    for (const user of [t.users.hiringManager, t.users.interviewer]) {
      expectError(await t.call(user, 'POST', '/api/jobs', jobInput(t)), 403, 'forbidden');
    }
  });

  test('nothing is created by a refused request', async () => {
    const title = `Tidak jadi ${unknownId()}`;
    await t.call(t.users.hiringManager, 'POST', '/api/jobs', jobInput(t, { title }));
    await t.call(t.users.recruiter, 'POST', '/api/jobs', {
      ...jobInput(t, { title }),
      workMode: 'office',
    });
    const list = await t.call(t.users.admin, 'GET', '/api/jobs');
    expect(list.body.items.map((job: { title: string }) => job.title)).not.toContain(title);
  });

  test('creates a draft with its hiring team, tidy skill lists and its stages', async () => {
    const reply = await t.call(
      t.users.recruiter,
      'POST',
      '/api/jobs',
      jobInput(t, {
        title: '  Data Analyst ',
        requiredSkills: ['SQL', ' sql ', 'Power   BI', 'Python'],
        tools: ['Excel', 'excel'],
        testsEnabled: true,
      }),
    );
    expect(reply.status).toBe(201);
    expect(reply.body).toMatchObject({
      title: 'Data Analyst',
      department: 'Engineering',
      city: 'Jakarta Selatan',
      workMode: 'hybrid',
      employmentType: 'full_time',
      status: 'draft',
      testsEnabled: true,
      requiredSkills: ['SQL', 'Power BI', 'Python'],
      tools: ['Excel'],
      // With tests enabled: every stage of the process, in its order.
      stages: [...stages],
      team: [
        { userId: t.users.recruiter.id, teamRole: 'recruiter', name: 'Rina Recruiter' },
        { userId: t.users.hiringManager.id, teamRole: 'hiring_manager', name: 'Budi Manager' },
        { userId: t.users.interviewer.id, teamRole: 'interviewer', name: 'Indra Interviewer' },
      ],
    });
    const read = await t.call(t.users.recruiter, 'GET', `/api/jobs/${reply.body.id}`);
    expect(read.body).toEqual(reply.body);
  });
});

describe('GET /api/jobs', () => {
  test('401 without a session', async () => {
    expectError(await t.call(null, 'GET', '/api/jobs'), 401, 'unauthenticated');
  });

  test('400 for an unknown status filter', async () => {
    expectInvalid(await t.call(t.users.recruiter, 'GET', '/api/jobs?status=archived'), {
      status: 'invalid_value',
    });
  });

  test('lists open jobs first, filters by status and counts active applications', async () => {
    const draft = await t.call(t.users.recruiter, 'POST', '/api/jobs', jobInput(t));
    const { jobId } = await buildApplication(t);
    const second = await buildApplication(t, { jobId });
    await moveTo(t, second.applicationId, 'rejected', { rejectionReason: 'cv_not_matching' });

    const all = await t.call(t.users.recruiter, 'GET', '/api/jobs');
    expect(all.status).toBe(200);
    const statuses = all.body.items.map((job: { status: string }) => job.status);
    expect(statuses.indexOf('draft')).toBeGreaterThan(statuses.lastIndexOf('open'));
    const open = all.body.items.find((job: { id: string }) => job.id === jobId);
    expect(open.activeApplications).toBe(1);
    // The list names who hires for the job and leaves the rest to the job's page (issue 19).
    expect(open.hiringManagers).toEqual([
      { userId: t.users.hiringManager.id, name: 'Budi Manager' },
    ]);
    expect(Object.keys(open).sort()).toEqual(
      [
        'activeApplications',
        'city',
        'department',
        'employmentType',
        'hiringManagers',
        'id',
        'status',
        'title',
        'workMode',
        'yourRoles',
      ].sort(),
    );

    const drafts = await t.call(t.users.recruiter, 'GET', '/api/jobs?status=draft');
    const draftIds = drafts.body.items.map((job: { id: string }) => job.id);
    expect(draftIds).toContain(draft.body.id);
    expect(draftIds).not.toContain(jobId);
    expect(drafts.body.items.every((job: { status: string }) => job.status === 'draft')).toBe(true);
  });

  // The list reads a kept count (migration 044): whatever writes applications keeps it right.
  test('the active count follows applying, moving, reopening, changing job and deleting', async () => {
    const { jobId } = await buildApplication(t);
    const other = await buildJob(t);
    const second = await buildApplication(t, { jobId });
    const third = await buildApplication(t, { jobId });
    const shown = async () => {
      const { body } = await t.call(t.users.recruiter, 'GET', '/api/jobs');
      const count = (id: string) =>
        body.items.find((job: { id: string }) => job.id === id).activeApplications;
      return [count(jobId), count(other.id)];
    };
    expect(await shown()).toEqual([3, 0]);

    await moveTo(t, second.applicationId, 'rejected', { rejectionReason: 'cv_not_matching' });
    expect(await shown()).toEqual([2, 0]);
    // A reopen, a job corrected and an erasure, as any writer would do them.
    await t.db.query(`UPDATE applications SET stage = 'cv_screening' WHERE id = $1`, [
      second.applicationId,
    ]);
    expect(await shown()).toEqual([3, 0]);
    await t.db.query(`UPDATE applications SET job_id = $2 WHERE id = $1`, [
      third.applicationId,
      other.id,
    ]);
    expect(await shown()).toEqual([2, 1]);
    await t.db.query(`DELETE FROM applications WHERE id = ANY($1::uuid[])`, [
      [second.applicationId, third.applicationId],
    ]);
    expect(await shown()).toEqual([1, 0]);
  });
});

describe('GET /api/jobs/:jobId', () => {
  test('401, then 400 for a malformed id, then 404 for an unknown one', async () => {
    expectError(await t.call(null, 'GET', `/api/jobs/${unknownId()}`), 401, 'unauthenticated');
    expectInvalid(await t.call(t.users.recruiter, 'GET', '/api/jobs/123'), {
      jobId: 'invalid_uuid',
    });
    expectError(
      await t.call(t.users.recruiter, 'GET', `/api/jobs/${unknownId()}`),
      404,
      'not_found',
    );
  });
});

describe('PUT /api/jobs/:jobId', () => {
  test('401, 400 per field, 403 for non-HR, 404 for an unknown job, and nothing changes', async () => {
    const job = await buildJob(t, { title: 'QA Engineer' });
    const url = `/api/jobs/${job.id}`;
    expectError(await t.call(null, 'PUT', url, jobInput(t)), 401, 'unauthenticated');
    expectInvalid(
      await t.call(t.users.recruiter, 'PUT', url, { ...jobInput(t), city: '', workMode: 'wfh' }),
      { city: 'required', workMode: 'invalid_value' },
    );
    expectError(await t.call(t.users.hiringManager, 'PUT', url, jobInput(t)), 403, 'forbidden');
    expectError(
      await t.call(t.users.recruiter, 'PUT', `/api/jobs/${unknownId()}`, jobInput(t)),
      404,
      'not_found',
    );
    const read = await t.call(t.users.recruiter, 'GET', url);
    expect(read.body).toMatchObject({ title: 'QA Engineer', city: 'Jakarta Selatan' });
  });

  test('edits the job and replaces its hiring team, keeping its status', async () => {
    const job = await buildJob(t);
    const reply = await t.call(
      t.users.admin,
      'PUT',
      `/api/jobs/${job.id}`,
      jobInput(t, {
        title: 'Senior Backend Developer',
        city: 'Bandung',
        workMode: 'remote',
        team: {
          recruiterId: t.users.admin.id,
          hiringManagerId: t.users.otherManager.id,
          interviewerIds: [],
        },
      }),
    );
    expect(reply.status).toBe(200);
    expect(reply.body).toMatchObject({
      title: 'Senior Backend Developer',
      city: 'Bandung',
      workMode: 'remote',
      status: 'open',
    });
    expect(
      reply.body.team.map((m: { userId: string; teamRole: string }) => [m.teamRole, m.userId]),
    ).toEqual([
      ['recruiter', t.users.admin.id],
      ['hiring_manager', t.users.otherManager.id],
    ]);
    expect(new Date(reply.body.updatedAt).getTime()).toBeGreaterThanOrEqual(
      new Date(reply.body.createdAt).getTime(),
    );
  });

  test('409 when tests are switched off while applications sit in the tests stage', async () => {
    const { jobId, applicationId } = await buildApplication(t, { testsEnabled: true });
    for (const stage of ['cv_screening', 'hr_interview', 'tests']) {
      expect(
        (await moveTo(t, applicationId, stage, stage === 'tests' ? skipHrGate : {})).status,
      ).toBe(200);
    }
    const reply = await t.call(
      t.users.recruiter,
      'PUT',
      `/api/jobs/${jobId}`,
      jobInput(t, { title: 'Tanpa tes', testsEnabled: false }),
    );
    const fields = expectError(reply, 409, 'conflict');
    expect(fields).toEqual([
      { path: 'testsEnabled', code: 'tests_in_use', message: expect.any(String) },
    ]);
    const read = await t.call(t.users.recruiter, 'GET', `/api/jobs/${jobId}`);
    expect(read.body).toMatchObject({ testsEnabled: true, title: 'Backend Developer' });

    // Once the stage is empty, the tests can go.
    await moveTo(t, applicationId, 'user_interview');
    const again = await t.call(
      t.users.recruiter,
      'PUT',
      `/api/jobs/${jobId}`,
      jobInput(t, { testsEnabled: false }),
    );
    expect(again.status).toBe(200);
    expect(again.body.stages).not.toContain('tests');
  });
});

describe('POST /api/jobs/:jobId/open and /close', () => {
  test('401, 403 for non-HR, 404 for an unknown job', async () => {
    const draft = await t.call(t.users.recruiter, 'POST', '/api/jobs', jobInput(t));
    const url = `/api/jobs/${draft.body.id}/open`;
    expectError(await t.call(null, 'POST', url), 401, 'unauthenticated');
    expectError(await t.call(t.users.hiringManager, 'POST', url), 403, 'forbidden');
    expectError(await t.call(t.users.interviewer, 'POST', url), 403, 'forbidden');
    expectError(
      await t.call(t.users.recruiter, 'POST', `/api/jobs/${unknownId()}/close`),
      404,
      'not_found',
    );
    expect((await t.call(t.users.recruiter, 'GET', `/api/jobs/${draft.body.id}`)).body.status).toBe(
      'draft',
    );
  });

  test('opens a draft, closes it, and a closed job takes no new applications', async () => {
    const draft = await t.call(t.users.recruiter, 'POST', '/api/jobs', jobInput(t));
    const jobId = draft.body.id as string;
    const opened = await t.call(t.users.recruiter, 'POST', `/api/jobs/${jobId}/open`);
    expect(opened.body.status).toBe('open');
    expect((await t.call(t.users.recruiter, 'POST', `/api/jobs/${jobId}/open`)).body.status).toBe(
      'open',
    );
    const closed = await t.call(t.users.admin, 'POST', `/api/jobs/${jobId}/close`);
    expect(closed.status).toBe(200);
    expect(closed.body.status).toBe('closed');

    const candidate = candidateInput({ jobIds: [jobId] });
    const refused = await t.call(t.users.recruiter, 'POST', '/api/candidates', candidate);
    expect(expectError(refused, 409, 'conflict')).toEqual([
      { path: 'jobIds.0', code: 'job_closed', message: expect.any(String) },
    ]);
    const board = await t.call(t.users.recruiter, 'GET', `/api/jobs/${jobId}/board`);
    expect(board.body.columns.every((c: { count: number }) => c.count === 0)).toBe(true);
  });
});

describe('GET /api/users', () => {
  test('401 without a session, 403 for non-HR', async () => {
    expectError(await t.call(null, 'GET', '/api/users'), 401, 'unauthenticated');
    expectError(await t.call(t.users.hiringManager, 'GET', '/api/users'), 403, 'forbidden');
  });

  test('lists the people HR can put on a hiring team, without secrets', async () => {
    const reply = await t.call(t.users.recruiter, 'GET', '/api/users');
    expect(reply.status).toBe(200);
    expect(reply.body.items.map((u: { name: string; role: string }) => [u.name, u.role])).toEqual([
      ['Ani Admin', 'admin'],
      ['Budi Manager', 'hiring_manager'],
      ['Indra Interviewer', 'interviewer'],
      ['Oki Other', 'hiring_manager'],
      ['Rina Recruiter', 'recruiter'],
    ]);
    expect(JSON.stringify(reply.body)).not.toMatch(/password|argon/i);
  });
});
