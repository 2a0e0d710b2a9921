import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { expectError, expectInvalid, unknownId } from '../support/expectations';
import { buildJob } from '../support/factories';
import { createTestApp, type TestApp } from '../support/test-app';

let t: TestApp;
beforeAll(async () => {
  t = await createTestApp();
});
afterAll(() => t.close());

const starAnswer =
  'Tahun lalu di toko online tempat saya bekerja, pesanan sering terlambat dikirim karena stok tidak sinkron. ' +
  'Saya bertanggung jawab memperbaiki proses itu. Saya membuat laporan stok harian di Google Sheets dan ' +
  'mengatur jadwal cek gudang dua kali sehari bersama tim. Hasilnya, keterlambatan turun dari 15% menjadi 3% dalam dua bulan.';

describe('POST /api/coach/analyze', () => {
  test('analyses an answer without signing in: labels with evidence, metrics and advice', async () => {
    const reply = await t.call(null, 'POST', '/api/coach/analyze', {
      language: 'id',
      stage: 'user',
      question: 'Ceritakan proyek yang berhasil Anda selesaikan.',
      answer: starAnswer,
      jobTerms: ['Google Sheets', 'SQL'],
    });
    expect(reply.status).toBe(200);
    const { analysis, feedback } = reply.body;
    expect(analysis.labels.quantified.value).toBe(true);
    for (const evidence of analysis.labels.quantified.evidence as {
      text: string;
      start: number;
      end: number;
    }[]) {
      expect(starAnswer.slice(evidence.start, evidence.end)).toBe(evidence.text);
    }
    expect(analysis.labels.action.value).toBe(true);
    expect(analysis.metrics.jobTerms.missed).toEqual(['SQL']);
    expect(analysis.metrics.words).toBeGreaterThan(40);
    expect(feedback.improvements.length).toBeLessThanOrEqual(3);
    expect(feedback.strengths.map((s: { code: string }) => s.code)).toContain('has_numbers');
  });

  test('names each bad field and never answers 500', async () => {
    expectInvalid(
      await t.call(null, 'POST', '/api/coach/analyze', {
        language: 'fr',
        stage: 'final',
        answer: '   ',
      }),
      { language: 'invalid_value', stage: 'invalid_value', answer: 'required' },
    );
    const huge = await t.call(null, 'POST', '/api/coach/analyze', {
      language: 'en',
      stage: 'hr',
      answer: 'word '.repeat(20_000),
    });
    expect(huge.status).toBe(413);
  });

  test('is rate-limited per client', async () => {
    const body = { language: 'en', stage: 'hr', answer: 'I am a hard worker and a fast learner.' };
    let limited = 0;
    for (let i = 0; i < 65; i++) {
      const reply = await t.app.inject({
        method: 'POST',
        url: '/api/coach/analyze',
        payload: body,
        remoteAddress: '10.9.9.9',
      });
      if (reply.statusCode === 429) limited++;
    }
    expect(limited).toBeGreaterThan(0);
    const other = await t.app.inject({
      method: 'POST',
      url: '/api/coach/analyze',
      payload: body,
      remoteAddress: '10.9.9.8',
    });
    expect(other.statusCode).toBe(200);
  });
});

describe('practice jobs and questions', () => {
  test('lists open jobs with their terms, and questions for a stage with the job’s role first', async () => {
    const job = await buildJob(t, {
      title: 'Data Analyst',
      department: 'Data',
      requiredSkills: ['SQL'],
      tools: ['Looker Studio'],
    });
    const jobs = await t.call(null, 'GET', '/api/coach/jobs');
    expect(jobs.body.items).toContainEqual({
      id: job.id,
      title: 'Data Analyst',
      department: 'Data',
      terms: ['SQL', 'Looker Studio'],
    });
    expect(JSON.stringify(jobs.body)).not.toContain('recruiter');

    const questions = await t.call(null, 'GET', `/api/coach/questions?stage=user&jobId=${job.id}`);
    expect(questions.status).toBe(200);
    expect(questions.body.items.length).toBeGreaterThan(5);
    const generic = await t.call(null, 'GET', '/api/coach/questions?stage=user');
    expect(generic.body.items.length).toBeGreaterThan(5);
    // The job's own kits draw their role questions from the bank: practice leaves those out, so
    // a candidate prepares without being handed the interview.
    const plan = (await t.call(t.users.recruiter, 'GET', `/api/jobs/${job.id}/interview-plan`)).body
      .plan;
    const inKits = [...plan.hr.questions, ...plan.user.questions].map(
      (question: { questionId?: string }) => question.questionId,
    );
    expect(inKits.length).toBeGreaterThan(0);
    for (const item of questions.body.items) expect(inKits).not.toContain(item.id);
    // First come questions written from the job's own terms, each saying which terms it uses.
    expect(questions.body.items.slice(0, 3)).toMatchObject([
      {
        id: null,
        jobTerms: ['SQL'],
        text: { en: expect.stringContaining('your work involved “SQL”') },
      },
      { id: null, jobTerms: ['Looker Studio'] },
      {
        id: null,
        type: 'case_study',
        jobTerms: ['SQL', 'Looker Studio'],
        text: { id: expect.stringContaining('sebagai Data Analyst') },
      },
    ]);
    expect(questions.body.items[3].id).toEqual(expect.any(String));
    expect(questions.body.items[3].jobTerms).toEqual([]);
    // Neither without a job nor at the HR interview: HR looks at character, not the job's tools.
    expect(generic.body.items.every((q: { id: string | null }) => q.id !== null)).toBe(true);
    const hr = await t.call(null, 'GET', `/api/coach/questions?stage=hr&jobId=${job.id}`);
    expect(hr.body.items.every((q: { jobTerms: string[] }) => q.jobTerms.length === 0)).toBe(true);
    expect(hr.body.items.map((q: { text: { en: string } }) => q.text.en)).toEqual(
      expect.arrayContaining([
        'Tell us about a mistake you made at work. What did you do once you noticed it?',
        'What salary range do you expect for this position?',
      ]),
    );
    expectError(
      await t.call(null, 'GET', `/api/coach/questions?stage=user&jobId=${unknownId()}`),
      404,
      'not_found',
    );
    expectInvalid(await t.call(null, 'GET', '/api/coach/questions?stage=final'), {
      stage: 'invalid_value',
    });
  });
});
