import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { anonymiseCandidateRecords } from '../../src/db/queries/retention';
import { expectError, expectInvalid } from '../support/expectations';
import { buildJobsOfTwoTeams } from '../support/factories';
import { setJobPay } from '../support/offers';
import { recordApplication, recordOffer, type OfferFate } from '../support/report-history';
import { createTestApp, type TestApp } from '../support/test-app';

/** Offers with expected figures counted here from the list itself. */
interface Sent {
  job: 'A' | 'B';
  salary: number;
  fate: OfferFate;
}
// Job A pays Rp 8-10 juta; job B has no band.
const offers: Sent[] = [
  { job: 'A', salary: 9_000_000, fate: { kind: 'accept', days: 2 } },
  { job: 'A', salary: 11_000_000, fate: { kind: 'accept', days: 4 } },
  { job: 'A', salary: 7_500_000, fate: { kind: 'accept', days: 1 } },
  { job: 'A', salary: 9_500_000, fate: { kind: 'decline', days: 3, reason: 'salary' } },
  { job: 'A', salary: 9_000_000, fate: { kind: 'decline', days: 6, reason: null } },
  { job: 'A', salary: 9_000_000, fate: { kind: 'withdrawn' } },
  { job: 'A', salary: 9_000_000, fate: { kind: 'waiting' } },
  { job: 'A', salary: 9_000_000, fate: { kind: 'draft' } },
  { job: 'B', salary: 6_000_000, fate: { kind: 'accept', days: 5 } },
];

/** percentile_cont's rule, written out: linear between the closest ranks. */
function percentile(values: number[], fraction: number) {
  const sorted = [...values].sort((a, b) => a - b);
  const position = fraction * (sorted.length - 1);
  const low = Math.floor(position);
  return sorted[low]! + (sorted[Math.ceil(position)]! - sorted[low]!) * (position - low);
}

describe('GET /api/reports/offers', () => {
  let t: TestApp;
  const jobs = { A: '', B: '' };

  beforeAll(async () => {
    t = await createTestApp();
    Object.assign(jobs, await buildJobsOfTwoTeams(t));
    await setJobPay(t, jobs.A, {
      province: 'dki_jakarta',
      salaryMin: 8_000_000,
      salaryMax: 10_000_000,
    });
    for (const [index, offer] of offers.entries()) {
      const { applicationId, candidateId } = await recordApplication(t, jobs[offer.job]);
      await recordOffer(t, applicationId, offer.salary, offer.fate);
      // Anonymised candidates still count.
      if (index === 0) {
        await t.db.transaction((tx) => anonymiseCandidateRecords(tx, candidateId, 'Anonim'));
      }
    }
  });
  afterAll(() => t.close());

  it('401 without a session, 403 for an interviewer, 400 names a bad filter', async () => {
    expectError(await t.call(null, 'GET', '/api/reports/offers'), 401, 'unauthenticated');
    expectError(await t.call(t.users.interviewer, 'GET', '/api/reports/offers'), 403, 'forbidden');
    expectInvalid(await t.call(t.users.recruiter, 'GET', '/api/reports/offers?to=2026-02-31'), {
      to: 'invalid_date',
    });
  });

  it('counts what became of every sent offer, why candidates declined and how long they took', async () => {
    const reply = await t.call(t.users.recruiter, 'GET', '/api/reports/offers');
    expect(reply.status).toBe(200);
    const sent = offers.filter((o) => o.fate.kind !== 'draft');
    const count = (kind: OfferFate['kind']) => sent.filter((o) => o.fate.kind === kind).length;
    expect(reply.body).toMatchObject({
      made: sent.length,
      accepted: count('accept'),
      declined: count('decline'),
      withdrawn: count('withdrawn'),
      waiting: count('waiting'),
    });
    expect(reply.body.acceptanceRate.value).toBeCloseTo(
      count('accept') / (count('accept') + count('decline')),
      10,
    );
    const reasons = Object.fromEntries(
      reply.body.declineReasons.map((r: { reason: string; count: number }) => [r.reason, r.count]),
    );
    expect(reasons).toMatchObject({ salary: 1, not_given: 1, benefits: 0 });
    const days = sent.flatMap((o) => ('days' in o.fate ? [o.fate.days] : []));
    expect(reply.body.answerDays.answered).toBe(days.length);
    expect(reply.body.answerDays.median.value).toBeCloseTo(percentile(days, 0.5), 6);
    expect(reply.body.answerDays.p90.value).toBeCloseTo(percentile(days, 0.9), 6);
  });

  it("places each accepted salary against its job's band", async () => {
    const reply = await t.call(t.users.admin, 'GET', '/api/reports/offers');
    expect(reply.body.acceptedSalaries).toEqual([
      { position: 'below_band', count: 1 },
      { position: 'within_band', count: 1 },
      { position: 'above_band', count: 1 },
      { position: 'no_band', count: 1 },
    ]);
  });

  it("a hiring manager sees their own jobs' offers; small samples are hidden", async () => {
    const budi = await t.call(t.users.hiringManager, 'GET', '/api/reports/offers');
    const sentA = offers.filter((o) => o.job === 'A' && o.fate.kind !== 'draft');
    expect(budi.body).toMatchObject({ made: sentA.length, accepted: 3, declined: 2 });
    expect(budi.body.acceptanceRate).toEqual({ value: 0.6, hiddenBecause: null });
    const oki = await t.call(t.users.otherManager, 'GET', '/api/reports/offers');
    expect(oki.body).toMatchObject({
      made: 1,
      accepted: 1,
      acceptanceRate: { value: null, hiddenBecause: 'too_few_cases' },
      answerDays: { answered: 1, median: { value: null, hiddenBecause: 'too_few_cases' } },
    });
  });
});
