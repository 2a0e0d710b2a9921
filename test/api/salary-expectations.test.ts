import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { exportOf } from '../support/candidate-export';
import { createTestApp, type TestApp } from '../support/test-app';
import { applicantFields, applyFromCareers, makePdf } from '../support/cv-files';
import { buildApplication, buildJob, jobInput, moveTo } from '../support/factories';
import { expectError, expectInvalid, unknownId } from '../support/expectations';
import { bookInterview } from '../support/begun-interviews';

let t: TestApp;
let counter = 0;

beforeAll(async () => {
  t = await createTestApp();
});
afterAll(() => t.close());

const url = (applicationId: string) => `/api/applications/${applicationId}/salary-expectations`;
const stated = {
  monthlyAmount: 11_500_000,
  basis: 'gross',
  negotiable: true,
  note: 'Gaji sekarang Rp 9 juta.',
};

async function hrInterviewApplication(jobId?: string) {
  const built = await buildApplication(t, jobId ? { jobId } : {});
  await moveTo(t, built.applicationId, 'hr_interview');
  return built;
}

async function applyWithSalary(jobId: string, expectedSalary: string) {
  const email = `gaji.${counter++}@example.com`;
  const applied = await applyFromCareers(
    t,
    jobId,
    applicantFields('Rina Gaji', email, { expectedSalary }),
    { name: 'cv.pdf', contentType: 'application/pdf', bytes: await makePdf(['Node.js']) },
  );
  const [row] = await t.db.query<{ applicationId: string; candidateId: string }>(
    `SELECT a.id AS "applicationId", c.id AS "candidateId"
     FROM candidates c JOIN applications a ON a.candidate_id = c.id WHERE c.email = $1`,
    [email],
  );
  return { applied, ...row };
}

describe('recording what the candidate expects', () => {
  test('ends with the application: HR reads the history but records nothing once it is closed', async () => {
    const { applicationId } = await hrInterviewApplication();
    expect((await t.call(t.users.recruiter, 'POST', url(applicationId), stated)).status).toBe(201);
    await moveTo(t, applicationId, 'rejected', { rejectionReason: 'salary_mismatch' });
    const read = await t.call(t.users.recruiter, 'GET', url(applicationId));
    expect(read.body.can.recordSalaryExpectation).toBe(false);
    expect(read.body.latest.monthlyAmount).toBe(11_500_000);
    const refused = expectError(
      await t.call(t.users.recruiter, 'POST', url(applicationId), stated),
      409,
      'conflict',
    );
    expect(refused[0]).toMatchObject({ path: 'applicationId', code: 'application_closed' });
    expect((await t.call(t.users.recruiter, 'GET', url(applicationId))).body.history).toHaveLength(
      1,
    );
  });

  test('HR records it; the history keeps each statement with who, when and where from', async () => {
    const { applicationId } = await hrInterviewApplication();
    const first = await t.call(t.users.recruiter, 'POST', url(applicationId), stated);
    expect(first.status).toBe(201);
    const second = await t.call(t.users.recruiter, 'POST', url(applicationId), {
      monthlyAmount: 10_000_000,
      basis: 'take_home',
      negotiable: false,
    });
    expect(second.status).toBe(201);
    const { body } = await t.call(t.users.hiringManager, 'GET', url(applicationId));
    expect(body.latest).toMatchObject({
      monthlyAmount: 10_000_000,
      basis: 'take_home',
      negotiable: false,
      note: '',
      source: 'hr_interview',
      recordedByName: expect.any(String),
    });
    expect(body.history.map((e: { monthlyAmount: number }) => e.monthlyAmount)).toEqual([
      10_000_000, 11_500_000,
    ]);
    expect(body.history[1]).toMatchObject({ note: 'Gaji sekarang Rp 9 juta.', basis: 'gross' });
    expect(body.can).toEqual({ readSalaryExpectations: true, recordSalaryExpectation: false });
  });

  test('without a session: 401', async () => {
    const { applicationId } = await hrInterviewApplication();
    expectError(await t.call(null, 'GET', url(applicationId)), 401, 'unauthenticated');
    expectError(await t.call(null, 'POST', url(applicationId), stated), 401, 'unauthenticated');
  });

  test('bad amounts, basis and note get field errors and write nothing', async () => {
    const { applicationId } = await hrInterviewApplication();
    for (const [monthlyAmount, code] of [
      [-5_000_000, 'amount_not_positive'],
      [0, 'amount_not_positive'],
      [8_500_000.5, 'amount_not_whole'],
      [85_000_000_000, 'amount_too_large'],
    ] as const) {
      expectInvalid(
        await t.call(t.users.recruiter, 'POST', url(applicationId), { ...stated, monthlyAmount }),
        {
          monthlyAmount: code,
        },
      );
    }
    expectInvalid(
      await t.call(t.users.recruiter, 'POST', url(applicationId), {
        monthlyAmount: '8.500.000',
        basis: 'net',
        negotiable: 'ya',
        note: 'x'.repeat(1001),
      }),
      { monthlyAmount: true, basis: true, negotiable: true, note: true },
    );
    const { body } = await t.call(t.users.recruiter, 'GET', url(applicationId));
    expect(body).toMatchObject({ latest: null, history: [] });
  });

  test("interviewers never get it, nor may the hiring manager record it; another team's is a 404", async () => {
    const { applicationId } = await hrInterviewApplication();
    await t.call(t.users.recruiter, 'POST', url(applicationId), stated);
    const read = await t.call(t.users.interviewer, 'GET', url(applicationId));
    expectError(read, 403, 'forbidden');
    expect(JSON.stringify(read.body)).not.toContain('11500000');
    expectError(
      await t.call(t.users.interviewer, 'POST', url(applicationId), stated),
      403,
      'forbidden',
    );
    expectError(
      await t.call(t.users.hiringManager, 'POST', url(applicationId), stated),
      403,
      'forbidden',
    );
    expectError(await t.call(t.users.otherManager, 'GET', url(applicationId)), 404, 'not_found');
    expectError(await t.call(t.users.recruiter, 'GET', url(unknownId())), 404, 'not_found');
    const { body } = await t.call(t.users.admin, 'GET', url(applicationId));
    expect(body.history).toHaveLength(1);
  });

  test('the kit and the candidate page say who may read and record it', async () => {
    const { applicationId, candidateId } = await hrInterviewApplication();
    const kitOf = async (as: keyof TestApp['users']) =>
      (await t.call(t.users[as], 'GET', `/api/applications/${applicationId}/interviews/hr/kit`))
        .body;
    expect((await kitOf('recruiter')).can).toEqual({
      readSalaryExpectations: true,
      recordSalaryExpectation: true,
    });
    expect((await kitOf('hiringManager')).can).toEqual({
      readSalaryExpectations: true,
      recordSalaryExpectation: false,
    });
    // The interviewer reads the candidate once on the panel of one of their interviews.
    await bookInterview(t, applicationId, {
      stage: 'hr',
      interviewerIds: [t.users.recruiter.id, t.users.interviewer.id],
    });
    const candidate = await t.call(t.users.interviewer, 'GET', `/api/candidates/${candidateId}`);
    expect(candidate.body.applications[0].can).toMatchObject({
      readSalaryExpectations: false,
      recordSalaryExpectation: false,
    });
  });

  test('the audit log records that it was recorded, never the amount', async () => {
    const { applicationId } = await hrInterviewApplication();
    await t.call(t.users.recruiter, 'POST', url(applicationId), {
      ...stated,
      monthlyAmount: 13_700_000,
    });
    const rows = await t.db.query<{ detail: unknown; candidateId: string | null }>(
      `SELECT detail, candidate_id AS "candidateId" FROM audit_log
       WHERE action = 'salary_expectation.recorded' AND entity_id = $1`,
      [applicationId],
    );
    expect(rows).toHaveLength(1);
    expect(rows[0]!.candidateId).toEqual(expect.any(String));
    expect(JSON.stringify(rows[0]!.detail)).not.toMatch(/13700000|13\.700\.000/);
  });
});

describe('the apply form', () => {
  test('an expected salary typed as people type it is the first expectation', async () => {
    const { id: jobId } = await buildJob(t);
    const { applied, applicationId } = await applyWithSalary(jobId, 'Rp 8.500.000');
    expect(applied.status).toBe(201);
    const { body } = await t.call(t.users.recruiter, 'GET', url(applicationId!));
    expect(body.history).toEqual([
      expect.objectContaining({
        monthlyAmount: 8_500_000,
        basis: null,
        negotiable: null,
        source: 'apply_form',
        recordedByName: null,
      }),
    ]);
  });

  test('it is optional, and a wrong one is a field error with nothing written', async () => {
    const { id: jobId } = await buildJob(t);
    const without = await applyWithSalary(jobId, '');
    expect(without.applied.status).toBe(201);
    expect((await t.call(t.users.recruiter, 'GET', url(without.applicationId!))).body.latest).toBe(
      null,
    );
    for (const [typed, code] of [
      ['delapan juta', 'invalid_amount'],
      ['-8.500.000', 'amount_negative'],
      ['85 miliar', 'amount_too_large'],
    ] as const) {
      const wrong = await applyWithSalary(jobId, typed);
      expectInvalid(wrong.applied, { expectedSalary: code });
      expect(wrong.applicationId).toBeUndefined();
    }
  });
});

describe("the job's salary band", () => {
  test('min–max, province and the careers choice are saved; the careers page shows the band only when chosen', async () => {
    const created = await t.call(
      t.users.recruiter,
      'POST',
      '/api/jobs',
      jobInput(t, {
        province: 'dki_jakarta',
        salaryMin: 8_500_000,
        salaryMax: 12_000_000,
        salaryShownOnCareers: true,
      }),
    );
    expect(created.status).toBe(201);
    expect(created.body).toMatchObject({
      province: 'dki_jakarta',
      salaryMin: 8_500_000,
      salaryMax: 12_000_000,
      salaryShownOnCareers: true,
    });
    const jobId = created.body.id as string;
    await t.call(t.users.recruiter, 'POST', `/api/jobs/${jobId}/open`);
    const shown = await t.call(null, 'GET', `/api/careers/jobs/${jobId}`);
    expect(shown.body.salaryBand).toEqual({ min: 8_500_000, max: 12_000_000 });

    const hidden = await t.call(
      t.users.recruiter,
      'PUT',
      `/api/jobs/${jobId}`,
      jobInput(t, { province: 'dki_jakarta', salaryMin: 8_500_000, salaryMax: 12_000_000 }),
    );
    expect(hidden.body.salaryShownOnCareers).toBe(false);
    expect((await t.call(null, 'GET', `/api/careers/jobs/${jobId}`)).body.salaryBand).toBe(null);
    const list = await t.call(null, 'GET', '/api/careers/jobs');
    const listed = list.body.items.find((job: { id: string }) => job.id === jobId);
    expect(listed.salaryBand).toBe(null);
    // The unpublished band is salary talk: the job's interviewer does not see it.
    expect((await t.call(t.users.hiringManager, 'GET', `/api/jobs/${jobId}`)).body.salaryMin).toBe(
      8_500_000,
    );
    expect((await t.call(t.users.interviewer, 'GET', `/api/jobs/${jobId}`)).body).toMatchObject({
      salaryMin: null,
      salaryMax: null,
    });
  });

  test('a band upside down, half given, absurd, or shown without one gets field errors', async () => {
    const post = (overrides: Record<string, unknown>) =>
      t.call(t.users.recruiter, 'POST', '/api/jobs', jobInput(t, overrides));
    expectInvalid(await post({ salaryMin: 12_000_000, salaryMax: 8_500_000 }), {
      salaryMax: 'salary_band_order',
    });
    expectInvalid(await post({ salaryMin: 8_500_000 }), { salaryMax: 'salary_band_incomplete' });
    expectInvalid(await post({ salaryMin: -1, salaryMax: 90_000_000_000 }), {
      salaryMin: 'amount_not_positive',
      salaryMax: 'amount_too_large',
    });
    expectInvalid(await post({ salaryShownOnCareers: true }), {
      salaryShownOnCareers: 'salary_band_missing',
    });
    expectInvalid(await post({ province: 'jakarta' }), { province: true });
    const { id: jobId } = await buildJob(t);
    const edit = await t.call(
      t.users.recruiter,
      'PUT',
      `/api/jobs/${jobId}`,
      jobInput(t, { title: 'Diubah', salaryMin: 9_000_000, salaryMax: 1_000_000 }),
    );
    expectInvalid(edit, { salaryMax: 'salary_band_order' });
    expect((await t.call(t.users.recruiter, 'GET', `/api/jobs/${jobId}`)).body.title).not.toBe(
      'Diubah',
    );
  });

  test('a band typed as people write it is read; upside down, it is named beside every other slip', async () => {
    const before = await t.db.query<{ n: number }>('SELECT count(*)::int AS n FROM jobs');
    const base = jobInput(t);
    // No title, no hiring manager chosen (the select at "—"), and the band typed upside down.
    const refused = await t.call(t.users.recruiter, 'POST', '/api/jobs', {
      ...base,
      title: '',
      salaryMin: '12 juta',
      salaryMax: '8.500.000',
      team: { ...base.team, hiringManagerId: '' },
    });
    expectInvalid(refused, {
      title: 'required',
      salaryMax: 'salary_band_order',
      'team.hiringManagerId': 'required',
    });
    // An end that reads as no amount is named as such, beside the rest.
    expectInvalid(
      await t.call(t.users.recruiter, 'POST', '/api/jobs', {
        ...base,
        city: '',
        salaryMin: 'delapan juta',
        salaryMax: '12 juta',
      }),
      { city: 'required', salaryMin: 'invalid_amount' },
    );
    const after = await t.db.query<{ n: number }>('SELECT count(*)::int AS n FROM jobs');
    expect(after[0]!.n).toBe(before[0]!.n);
    const saved = await t.call(t.users.recruiter, 'POST', '/api/jobs', {
      ...base,
      salaryMin: 'Rp 8.500.000',
      salaryMax: '12,5 juta',
      salaryShownOnCareers: true,
    });
    expect(saved.status).toBe(201);
    expect(saved.body).toMatchObject({ salaryMin: 8_500_000, salaryMax: 12_500_000 });
  });
});

describe('personal data', () => {
  test("the export carries the candidate's expectations, without who heard them", async () => {
    const { id: jobId } = await buildJob(t);
    const { applicationId, candidateId } = await applyWithSalary(jobId, '9 juta');
    await t.call(t.users.recruiter, 'POST', url(applicationId!), stated);
    const body = await exportOf(t, candidateId!);
    expect(body.salaryExpectations).toEqual([
      expect.objectContaining({ monthlyAmount: 9_000_000, source: 'apply_form' }),
      expect.objectContaining({
        monthlyAmount: 11_500_000,
        source: 'hr_interview',
        basis: 'gross',
      }),
    ]);
    expect(body.salaryExpectations[1]).not.toHaveProperty('recordedBy');
  });

  test('erasing the candidate erases their expectations', async () => {
    const { id: jobId } = await buildJob(t);
    const { applicationId, candidateId } = await applyWithSalary(jobId, '9.250.000');
    await t.call(t.users.recruiter, 'POST', url(applicationId!), stated);
    const erased = await t.call(t.users.recruiter, 'POST', `/api/candidates/${candidateId}/erase`);
    expect(erased.status).toBe(200);
    const left = await t.db.query('SELECT 1 FROM salary_expectations WHERE application_id = $1', [
      applicationId,
    ]);
    expect(left).toEqual([]);
  });
});
