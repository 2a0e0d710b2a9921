import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { anonymiseCandidateRecords } from '../../src/db/queries/retention';
import { insertUser } from '../../src/db/queries/users';
import type { Rating } from '../../src/domain/scorecard';
import { expectError, expectInvalid } from '../support/expectations';
import { buildJob } from '../support/factories';
import {
  recordApplication,
  recordMove,
  recordPath,
  recordScorecard,
} from '../support/report-history';
import { createTestApp, type TestApp } from '../support/test-app';
import { download } from '../support/downloads';

/**
 * HR against the user, with expected figures worked out here from the cases themselves: the
 * confusion table by counting, the AUC by comparing every accepted candidate with every rejected
 * one (not the histogram walk the report uses).
 */
const point: Record<Rating, number> = { strong_no: 1, no: 2, yes: 3, strong_yes: 4 };
const toPass = ['applied', 'hr_interview', 'user_interview'];

interface Panelist {
  recommendation: Rating;
  communication: Rating;
  motivation: Rating;
}
interface Case {
  job: 'A' | 'B';
  hr: Panelist[];
  accepted: boolean;
}

const p = (recommendation: Rating, communication: Rating, motivation: Rating): Panelist => ({
  recommendation,
  communication,
  motivation,
});
const cases: Case[] = [
  { job: 'A', hr: [p('strong_yes', 'strong_yes', 'strong_yes')], accepted: true },
  { job: 'A', hr: [p('strong_yes', 'strong_yes', 'yes')], accepted: true },
  { job: 'A', hr: [p('strong_yes', 'yes', 'strong_yes')], accepted: true },
  { job: 'A', hr: [p('strong_yes', 'strong_yes', 'strong_yes')], accepted: false },
  { job: 'A', hr: [p('yes', 'yes', 'yes')], accepted: true },
  { job: 'A', hr: [p('yes', 'yes', 'no')], accepted: false },
  // Two on the HR panel: recommendations 3 and 4 average 3.5, read as strong yes.
  { job: 'A', hr: [p('yes', 'yes', 'yes'), p('strong_yes', 'strong_yes', 'yes')], accepted: true },
  { job: 'A', hr: [p('no', 'no', 'no')], accepted: false },
  { job: 'A', hr: [], accepted: true },
  { job: 'B', hr: [p('yes', 'yes', 'yes')], accepted: true },
  { job: 'B', hr: [p('no', 'no', 'strong_no')], accepted: false },
  { job: 'B', hr: [p('strong_no', 'strong_no', 'strong_no')], accepted: true },
];

const mean = (values: number[]) => values.reduce((a, b) => a + b, 0) / values.length;
const round2 = (value: number) => Math.round(value * 100) / 100;
function hrScore(c: Case): number {
  return round2(
    mean(
      (['communication', 'motivation'] as const).map((attribute) =>
        round2(mean(c.hr.map((panelist) => point[panelist[attribute]]))),
      ),
    ),
  );
}
function hrRecommendation(c: Case): Rating {
  const value = mean(c.hr.map((panelist) => point[panelist.recommendation]));
  return value >= 3.5 ? 'strong_yes' : value >= 2.5 ? 'yes' : value >= 1.5 ? 'no' : 'strong_no';
}
function expected(selected: Case[]) {
  const scored = selected.filter((c) => c.hr.length > 0);
  const accepted = scored.filter((c) => c.accepted);
  const rejected = scored.filter((c) => !c.accepted);
  let wins = 0;
  for (const a of accepted) {
    for (const r of rejected)
      wins += hrScore(a) > hrScore(r) ? 1 : hrScore(a) === hrScore(r) ? 0.5 : 0;
  }
  const agreed = scored.filter(
    (c) => ['yes', 'strong_yes'].includes(hrRecommendation(c)) === c.accepted,
  ).length;
  const shown = (value: number | null) => (scored.length >= 5 ? value : null);
  return {
    verdicts: selected.length,
    verdictsAccepted: selected.filter((c) => c.accepted).length,
    cases: scored.length,
    table: (['strong_no', 'no', 'yes', 'strong_yes'] as const).map((recommendation) => ({
      recommendation,
      accepted: accepted.filter((c) => hrRecommendation(c) === recommendation).length,
      rejected: rejected.filter((c) => hrRecommendation(c) === recommendation).length,
    })),
    agreementRate: shown(agreed / scored.length),
    auc: shown(wins / (accepted.length * rejected.length)),
  };
}

describe('GET /api/reports/agreement', () => {
  let t: TestApp;
  const jobs: Record<'A' | 'B', string> = { A: '', B: '' };
  let otherRecruiterId = '';

  beforeAll(async () => {
    t = await createTestApp();
    const rudi = await insertUser(t.db, {
      email: 'rudi@test.seleksi.id',
      name: 'Rudi Recruiter',
      role: 'recruiter',
      title: null,
      locale: 'id',
      passwordHash: null,
    });
    otherRecruiterId = rudi.id;
    jobs.A = (await buildJob(t, { title: 'Backend Developer' })).id;
    jobs.B = (
      await buildJob(t, {
        title: 'Sales Executive',
        department: 'Sales',
        team: {
          recruiterId: rudi.id,
          hiringManagerId: t.users.otherManager.id,
          interviewerIds: [t.users.interviewer.id],
        },
      })
    ).id;
    const panel = [t.users.interviewer.id, t.users.recruiter.id];
    for (const [index, c] of cases.entries()) {
      const { applicationId, candidateId } = await recordApplication(t, jobs[c.job]);
      for (const [i, panelist] of c.hr.entries()) {
        await recordScorecard(t, {
          applicationId,
          stage: 'hr',
          interviewerId: panel[i]!,
          ratings: { communication: panelist.communication, motivation: panelist.motivation },
          recommendation: panelist.recommendation,
        });
      }
      if (c.accepted) {
        await recordPath(t, applicationId, [...toPass, 'offer', ...(index === 1 ? ['hired'] : [])]);
      } else {
        await recordPath(t, applicationId, [...toPass, 'rejected'], 'failed_user_interview');
      }
      // Anonymised candidates still count.
      if (index === 0) {
        await t.db.transaction((tx) => anonymiseCandidateRecords(tx, candidateId, 'Anonim'));
      }
    }
    // What the figures cannot show: HR rejected one; two reached the user without a verdict.
    const rejectedByHr = await recordApplication(t, jobs.A);
    await recordPath(
      t,
      rejectedByHr.applicationId,
      ['applied', 'hr_interview', 'rejected'],
      'failed_hr_interview',
    );
    const waiting = await recordApplication(t, jobs.A);
    await recordPath(t, waiting.applicationId, toPass);
    const withdrew = await recordApplication(t, jobs.A);
    await recordPath(t, withdrew.applicationId, [...toPass, 'withdrawn']);
    // Moved on without an HR decision (HR's gate skipped with a reason): no HR verdict to pair,
    // even with HR's scorecard in (a strong yes the user rejected; one with none the user took).
    for (const [index, accepted] of [false, true].entries()) {
      const skipped = await recordApplication(t, jobs.A);
      if (index === 0) {
        await recordScorecard(t, {
          applicationId: skipped.applicationId,
          stage: 'hr',
          interviewerId: t.users.interviewer.id,
          ratings: { communication: 'strong_yes', motivation: 'strong_yes' },
          recommendation: 'strong_yes',
        });
      }
      const at = (step: number) => new Date(Date.now() - 60_000 + step * 20_000);
      await recordPath(t, skipped.applicationId, ['applied', 'hr_interview']);
      await recordMove(t, skipped.applicationId, {
        from: 'hr_interview',
        to: 'user_interview',
        overrodeHrGate: true,
        at: at(1),
      });
      await recordMove(
        t,
        skipped.applicationId,
        accepted
          ? { from: 'user_interview', to: 'offer', at: at(2) }
          : {
              from: 'user_interview',
              to: 'rejected',
              reason: 'failed_user_interview',
              at: at(2),
            },
      );
    }
    // Applied two years ago: outside the default period of twelve months.
    const old = await recordApplication(t, jobs.A);
    await recordPath(t, old.applicationId, [...toPass, 'offer']);
    await t.db.query(
      `UPDATE applications SET created_at = now() - interval '2 years' WHERE id = $1`,
      [old.applicationId],
    );
  });
  afterAll(() => t.close());

  it('401 without a session, 403 for an interviewer (they see their own calibration only)', async () => {
    expectError(await t.call(null, 'GET', '/api/reports/agreement'), 401, 'unauthenticated');
    expectError(
      await t.call(t.users.interviewer, 'GET', '/api/reports/agreement'),
      403,
      'forbidden',
    );
  });

  it('400 names each bad filter', async () => {
    const bad: [string, Record<string, string | true>][] = [
      ['from=2026-02-30', { from: 'invalid_date' }],
      ['to=yesterday', { to: 'invalid_date' }],
      ['from=2026-03-01&to=2026-02-01', { to: 'before_from' }],
      ['source=billboard', { source: true }],
      ['jobId=backend', { jobId: 'invalid_uuid' }],
    ];
    for (const [query, fields] of bad) {
      expectInvalid(
        await t.call(t.users.recruiter, 'GET', `/api/reports/agreement?${query}`),
        fields,
      );
    }
  });

  it('HR sees the whole confusion table, agreement rate and AUC computed from the cases', async () => {
    const reply = await t.call(t.users.recruiter, 'GET', '/api/reports/agreement');
    expect(reply.status).toBe(200);
    const want = expected(cases);
    const overall = reply.body.overall;
    expect(overall).toMatchObject({
      verdicts: want.verdicts,
      verdictsAccepted: want.verdictsAccepted,
      cases: want.cases,
      table: want.table,
      rejectedByHr: 1,
      withoutVerdict: 2,
      movedOnWithoutHrDecision: 2,
    });
    expect(overall.agreementRate.value).toBeCloseTo(want.agreementRate!, 10);
    expect(overall.auc.value).toBeCloseTo(want.auc!, 10);
    // HR's strong yes: 5 cases, 4 accepted; yes: 3 cases, 2 accepted (shown from 5 cases only).
    const byRecommendation = Object.fromEntries(
      overall.byRecommendation.map((row: { recommendation: string }) => [row.recommendation, row]),
    );
    expect(byRecommendation.strong_yes).toMatchObject({
      cases: 5,
      accepted: 4,
      acceptanceRate: { value: 0.8, hiddenBecause: null },
    });
    expect(byRecommendation.yes).toMatchObject({
      cases: 3,
      accepted: 2,
      acceptanceRate: { value: null, hiddenBecause: 'too_few_cases' },
    });
  });

  it('per job and per recruiter, hiding the figures of a job with too few cases', async () => {
    const reply = await t.call(t.users.admin, 'GET', '/api/reports/agreement');
    const job = (id: string) => reply.body.jobs.find((row: { jobId: string }) => row.jobId === id);
    const wantA = expected(cases.filter((c) => c.job === 'A'));
    expect(job(jobs.A)).toMatchObject({
      jobTitle: 'Backend Developer',
      verdicts: wantA.verdicts,
      cases: wantA.cases,
    });
    expect(job(jobs.A).auc.value).toBeCloseTo(wantA.auc!, 10);
    expect(job(jobs.B)).toMatchObject({
      verdicts: 3,
      cases: 3,
      agreementRate: { value: null, hiddenBecause: 'too_few_cases' },
      auc: { value: null, hiddenBecause: 'too_few_cases' },
    });
    const recruiter = (id: string) =>
      reply.body.recruiters.find((row: { recruiterId: string }) => row.recruiterId === id);
    expect(recruiter(t.users.recruiter.id)).toMatchObject({
      recruiterName: 'Rina Recruiter',
      cases: wantA.cases,
    });
    expect(recruiter(otherRecruiterId)).toMatchObject({
      recruiterName: 'Rudi Recruiter',
      cases: 3,
    });
  });

  it("a hiring manager sees only their own jobs' candidates", async () => {
    const budi = await t.call(t.users.hiringManager, 'GET', '/api/reports/agreement');
    expect(budi.status).toBe(200);
    expect(budi.body.overall.cases).toBe(expected(cases.filter((c) => c.job === 'A')).cases);
    expect(budi.body.jobs.map((row: { jobId: string }) => row.jobId)).toEqual([jobs.A]);
    const oki = await t.call(t.users.otherManager, 'GET', '/api/reports/agreement');
    expect(oki.body.overall).toMatchObject({
      cases: 3,
      table: expected(cases.filter((c) => c.job === 'B')).table,
    });
    // A job they do not manage is not there for them.
    expectError(
      await t.call(t.users.otherManager, 'GET', `/api/reports/agreement?jobId=${jobs.A}`),
      404,
      'not_found',
    );
  });

  it('filters by job, recruiter, department, source and period', async () => {
    const get = async (query: string) =>
      (await t.call(t.users.recruiter, 'GET', `/api/reports/agreement?${query}`)).body.overall;
    expect((await get(`jobId=${jobs.B}`)).verdicts).toBe(3);
    expect((await get(`recruiterId=${otherRecruiterId}`)).verdicts).toBe(3);
    expect((await get('department=Sales')).verdicts).toBe(3);
    expect((await get('source=manual')).verdicts).toBe(cases.length);
    expect((await get('source=referral')).verdicts).toBe(0);
    // The old application counts once the period reaches back to it.
    const longer = await get(`from=2023-01-01`);
    expect(longer.verdicts).toBe(cases.length + 1);
  });

  it("exports as CSV in the reader's language, with the same figures", async () => {
    const file = await download(
      t,
      t.users.recruiter,
      '/api/reports/agreement/export?format=csv&locale=en',
    );
    expect(file.status).toBe(200);
    const want = expected(cases);
    const strongYes = want.table.find((row) => row.recommendation === 'strong_yes')!;
    expect(file.text).toContain("HR's recommendation");
    expect(file.text).toContain(
      `Strong yes,${strongYes.accepted},${strongYes.rejected},${strongYes.accepted + strongYes.rejected},80`,
    );
    expect(file.text).toContain('Sales Executive,3,3,too few,too few');
    expect(file.text).toContain('Moved on without an HR decision (left out),2');
    const refused = await download(
      t,
      t.users.interviewer,
      '/api/reports/agreement/export?format=csv',
    );
    expect(refused.status).toBe(403);
  });
});
