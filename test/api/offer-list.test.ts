import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { anonymiseCandidateRecords } from '../../src/db/queries/retention';
import { addDays, jakartaDate } from '../../src/domain/today';
import { expectError, expectInvalid } from '../support/expectations';
import { buildJobsOfTwoTeams } from '../support/factories';
import { recordApplication, recordOffer, type OfferFate } from '../support/report-history';
import { createTestApp, type TestApp } from '../support/test-app';

interface ListItem {
  id: string;
  candidate: { id: string; name: string | null };
  job: { id: string; title: string };
  status: string;
  expired: boolean;
  grossMonthlySalary: number;
  sentAt: string | null;
  answeredAt: string | null;
  expiresOn: string;
  daysLeft: number | null;
  awaitingApprovers: string[];
}

/** Job A is Budi's (the test app's hiring manager), job B Oki's (the other manager). */
const made: { job: 'A' | 'B'; salary: number; fate: OfferFate }[] = [
  { job: 'A', salary: 9_000_000, fate: { kind: 'accept', days: 2 } },
  { job: 'A', salary: 9_500_000, fate: { kind: 'decline', days: 3, reason: 'salary' } },
  { job: 'A', salary: 8_000_000, fate: { kind: 'waiting' } },
  { job: 'A', salary: 8_500_000, fate: { kind: 'draft' } },
  { job: 'B', salary: 6_000_000, fate: { kind: 'waiting' } },
  { job: 'B', salary: 6_500_000, fate: { kind: 'withdrawn' } },
];

describe('GET /api/offers', () => {
  let t: TestApp;
  const jobs = { A: '', B: '' };
  const offerIds: string[] = [];
  let expiredId = '';
  const list = async (user: keyof TestApp['users'], query = '') => {
    const reply = await t.call(t.users[user], 'GET', `/api/offers${query}`);
    expect(reply.status, JSON.stringify(reply.body)).toBe(200);
    return reply.body as { items: ListItem[]; total: number; page: number; pageSize: number };
  };

  beforeAll(async () => {
    t = await createTestApp();
    Object.assign(jobs, await buildJobsOfTwoTeams(t));
    for (const [index, offer] of made.entries()) {
      const { applicationId, candidateId } = await recordApplication(t, jobs[offer.job]);
      await recordOffer(t, applicationId, offer.salary, offer.fate);
      const [row] = await t.db.query<{ id: string }>(
        'SELECT id FROM offers WHERE application_id = $1',
        [applicationId],
      );
      offerIds.push(row!.id);
      if (index === 0) {
        await t.db.transaction((tx) => anonymiseCandidateRecords(tx, candidateId, 'Anonim'));
      }
    }
    // Job B's sent offer passed its last day to answer two days ago.
    expiredId = offerIds[4]!;
    await expiresOn(expiredId, -2);
  });
  afterAll(() => t.close());

  /**
   * Moves an offer's last day to answer `days` from today in Jakarta, the day the server counts
   * from: the database's `current_date` is UTC's, a day behind from 17:00 UTC (CI failed there).
   */
  const expiresOn = (offerId: string, days: number) =>
    t.db.query('UPDATE offer_versions SET expires_on = $2 WHERE offer_id = $1', [
      offerId,
      addDays(jakartaDate(new Date()), days),
    ]);

  it('lists every offer for HR, newest first, with candidate, job, status, salary and dates', async () => {
    const page = await list('recruiter');
    expect(page.total).toBe(made.length);
    expect(page.items.map((item) => item.id)).toEqual([...offerIds].reverse());
    const accepted = page.items.find((item) => item.id === offerIds[0])!;
    expect(accepted).toMatchObject({
      candidate: { name: null },
      job: { id: jobs.A },
      status: 'accepted',
      expired: false,
      grossMonthlySalary: 9_000_000,
    });
    expect(accepted.sentAt).not.toBeNull();
    expect(accepted.answeredAt).not.toBeNull();
    const draft = page.items.find((item) => item.id === offerIds[3])!;
    expect(draft).toMatchObject({ status: 'draft', sentAt: null, answeredAt: null });
    expect(draft.candidate.name).toMatch(/^Pelamar /);
    expect(page.items.find((item) => item.id === expiredId)).toMatchObject({
      status: 'sent',
      expired: true,
    });
  });

  it('filters by status (expired: sent and past its last day) and by job, and pages', async () => {
    expect((await list('admin', '?status=sent')).items.map((i) => i.id).sort()).toEqual(
      [offerIds[2], offerIds[4]].sort(),
    );
    expect((await list('admin', '?status=expired')).items.map((i) => i.id)).toEqual([expiredId]);
    expect((await list('admin', '?status=declined')).items.map((i) => i.id)).toEqual([offerIds[1]]);
    const jobB = await list('recruiter', `?jobId=${jobs.B}`);
    expect(jobB.items.map((i) => i.id)).toEqual([offerIds[5], offerIds[4]]);
    const second = await list('recruiter', '?pageSize=4&page=2');
    expect(second.total).toBe(made.length);
    expect(second.items.map((i) => i.id)).toEqual([offerIds[1], offerIds[0]]);
  });

  it("shows a hiring manager their jobs' offers only; another team's job is a 404", async () => {
    const budi = await list('hiringManager');
    expect(budi.total).toBe(4);
    expect(budi.items.every((item) => item.job.id === jobs.A)).toBe(true);
    expect((await list('otherManager')).items.map((i) => i.id)).toEqual([offerIds[5], offerIds[4]]);
    expectError(
      await t.call(t.users.hiringManager, 'GET', `/api/offers?jobId=${jobs.B}`),
      404,
      'not_found',
    );
  });

  it("shows the named offer approver every job's offers, those awaiting approval among them", async () => {
    const named = await t.call(t.users.admin, 'PUT', '/api/admin/offer-settings', {
      everyOfferNeedsApproval: true,
      approverId: t.users.hiringManager.id,
    });
    expect(named.status).toBe(200);
    const { applicationId } = await recordApplication(t, jobs.B);
    await recordOffer(t, applicationId, 7_000_000, { kind: 'awaiting_approval' });
    const [awaiting] = await t.db.query<{ id: string }>(
      'SELECT id FROM offers WHERE application_id = $1',
      [applicationId],
    );

    // Budi manages job A only, yet as the approver finds job B's offer waiting for him.
    const waiting = await list('hiringManager', '?status=awaiting_approval');
    expect(waiting.items.map((i) => [i.id, i.job.id])).toEqual([[awaiting!.id, jobs.B]]);
    // The list says whom it waits for: job B's hiring manager and the named approver.
    expect([...waiting.items[0]!.awaitingApprovers].sort()).toEqual(['Budi Manager', 'Oki Other']);
    expect((await list('hiringManager')).total).toBe(made.length + 1);
    expect((await list('hiringManager', `?jobId=${jobs.B}`)).total).toBe(3);
    const opened = await t.call(t.users.hiringManager, 'GET', `/api/offers/${awaiting!.id}`);
    expect(opened.status).toBe(200);
    expect(opened.body).toMatchObject({
      status: 'awaiting_approval',
      can: { approve: true },
      jobTitle: 'Sales Executive',
      // Named on the offer's page, yet the candidate's page is not his to open: no e-mail either.
      candidateName: expect.any(String),
      readsCandidate: false,
      candidateEmail: null,
    });
    expectError(
      await t.call(t.users.hiringManager, 'GET', `/api/candidates/${opened.body.candidateId}`),
      404,
      'not_found',
    );
    const asHr = await t.call(t.users.recruiter, 'GET', `/api/offers/${awaiting!.id}`);
    expect(asHr.body).toMatchObject({
      candidateName: opened.body.candidateName,
      readsCandidate: true,
      candidateEmail: expect.stringContaining('@'),
    });

    // Oki, a hiring manager who is not the approver, still sees his own job's offers only.
    const oki = await list('otherManager');
    expect(oki.total).toBe(3);
    expect(oki.items.every((item) => item.job.id === jobs.B)).toBe(true);
    expectError(
      await t.call(t.users.otherManager, 'GET', `/api/offers/${offerIds[0]}`),
      404,
      'not_found',
    );
  });

  it('says how many days each open offer has left, and lists those expiring soonest first', async () => {
    await expiresOn(offerIds[3]!, 2);
    const all = await list('recruiter');
    const byId = new Map(all.items.map((item) => [item.id, item]));
    expect(byId.get(offerIds[2]!)).toMatchObject({ status: 'sent', daysLeft: 7 });
    expect(byId.get(offerIds[3]!)).toMatchObject({ status: 'draft', daysLeft: 2 });
    // Answered, withdrawn or past its last day: nothing left to count.
    for (const closed of [offerIds[0], offerIds[1], offerIds[5], expiredId])
      expect(byId.get(closed!)!.daysLeft).toBeNull();
    expect(
      all.items.every(
        (item) => item.status === 'awaiting_approval' || item.awaitingApprovers.length === 0,
      ),
    ).toBe(true);

    const soon = await list('recruiter', '?expiresWithinDays=7');
    expect(soon.items[0]!.id).toBe(offerIds[3]);
    expect(soon.items.map((item) => item.id)).toContain(offerIds[2]);
    expect(soon.items.every((item) => item.daysLeft !== null && item.daysLeft <= 7)).toBe(true);
    expect(soon.total).toBe(soon.items.length);
    expect((await list('recruiter', '?expiresWithinDays=3')).items.map((i) => i.id)).toEqual([
      offerIds[3],
    ]);
    for (const bad of ['-1', '']) {
      expectInvalid(
        await t.call(t.users.recruiter, 'GET', `/api/offers?expiresWithinDays=${bad}`),
        {
          expiresWithinDays: true,
        },
      );
    }
  });

  it('401 without a session, 403 for an interviewer, 400 names a bad filter', async () => {
    expectError(await t.call(null, 'GET', '/api/offers'), 401, 'unauthenticated');
    expectError(await t.call(t.users.interviewer, 'GET', '/api/offers'), 403, 'forbidden');
    expectInvalid(
      await t.call(t.users.recruiter, 'GET', '/api/offers?status=lost&jobId=x&page=0'),
      { status: true, jobId: true, page: true },
    );
  });
});
