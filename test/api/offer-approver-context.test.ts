import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { expectError } from '../support/expectations';
import { buildJob, buildOtherTeamsJob } from '../support/factories';
import { draftedOffer, setJobPay } from '../support/offers';
import { createTestApp, type TestApp, type TestUser } from '../support/test-app';

/**
 * What the one who approves an offer decides with: the job's band and the candidate's expected
 * salary on the offer's page, whom the offer asks or waits for, and the jobs to filter the offers
 * list by. Job A is Budi's (the test app's hiring manager), job B Oki's (the other manager).
 */
describe('the offer approver’s context', () => {
  let t: TestApp;
  const jobs = { A: '', B: '', withoutOffers: '' };
  beforeAll(async () => {
    t = await createTestApp();
    jobs.A = (await buildJob(t)).id;
    jobs.B = (await buildOtherTeamsJob(t, { title: 'Sales Executive' })).id;
    jobs.withoutOffers = (await buildJob(t, { title: 'Akuntan' })).id;
    for (const jobId of [jobs.A, jobs.B]) {
      await setJobPay(t, jobId, {
        province: 'dki_jakarta',
        salaryMin: 8_000_000,
        salaryMax: 12_000_000,
      });
    }
  }, 180_000);
  afterAll(() => t.close());

  const nameApprover = async (approver: TestUser) => {
    const named = await t.call(t.users.admin, 'PUT', '/api/admin/offer-settings', {
      everyOfferNeedsApproval: true,
      approverId: approver.id,
    });
    expect(named.status, JSON.stringify(named.body)).toBe(200);
  };
  const offerPage = async (offerId: string, as: TestUser) => {
    const reply = await t.call(as, 'GET', `/api/offers/${offerId}`);
    expect(reply.status, JSON.stringify(reply.body)).toBe(200);
    return reply.body as Record<string, unknown> & { approverNames: string[] };
  };

  it("the approver reads the band and the candidate's expectation, as HR and the hiring manager do; interviewers nothing", async () => {
    await nameApprover(t.users.otherManager);
    // Inside the band: approval is asked only because the company asks it for every offer.
    const { offerId, applicationId } = await draftedOffer(t, jobs.A, {
      grossMonthlySalary: 10_000_000,
    });
    const expectation = await t.call(
      t.users.recruiter,
      'POST',
      `/api/applications/${applicationId}/salary-expectations`,
      { monthlyAmount: 11_000_000, basis: 'gross', negotiable: true, note: '' },
    );
    expect(expectation.status, JSON.stringify(expectation.body)).toBe(201);

    for (const reader of [t.users.otherManager, t.users.hiringManager, t.users.recruiter]) {
      expect(await offerPage(offerId, reader)).toMatchObject({
        approvalReasons: ['company_rule'],
        band: { min: 8_000_000, max: 12_000_000 },
        expectedSalary: { monthlyAmount: 11_000_000, basis: 'gross', negotiable: true },
      });
    }
    // Oki decides on this offer, yet the candidate's page (and its salary panel) stay closed.
    expect(await offerPage(offerId, t.users.otherManager)).toMatchObject({ readsCandidate: false });
    expectError(
      await t.call(
        t.users.otherManager,
        'GET',
        `/api/applications/${applicationId}/salary-expectations`,
      ),
      404,
      'not_found',
    );
    const asInterviewer = await t.call(t.users.interviewer, 'GET', `/api/offers/${offerId}`);
    expectError(asInterviewer, 403, 'forbidden');
    expect(JSON.stringify(asInterviewer.body)).not.toContain('11000000');

    // No expectation recorded: said so, not left out.
    const { offerId: unknownExpectation } = await draftedOffer(t, jobs.A);
    expect(await offerPage(unknownExpectation, t.users.otherManager)).toMatchObject({
      expectedSalary: null,
    });
  });

  it('names whom a draft will ask and whom a submitted offer waits for, and nobody once decided', async () => {
    await nameApprover(t.users.otherManager);
    const { offerId, applicationId } = await draftedOffer(t, jobs.A);
    const names = (body: { approverNames: string[] }) => [...body.approverNames].sort();
    expect(names(await offerPage(offerId, t.users.recruiter))).toEqual([
      'Budi Manager',
      'Oki Other',
    ]);
    const submitted = await t.call(t.users.recruiter, 'POST', `/api/offers/${offerId}/submission`);
    expect(submitted.body.status).toBe('awaiting_approval');
    expect(names(submitted.body)).toEqual(['Budi Manager', 'Oki Other']);
    // The offer block on the candidate's page says the same.
    const block = await t.call(
      t.users.recruiter,
      'GET',
      `/api/applications/${applicationId}/offers`,
    );
    expect(names(block.body.offers[0])).toEqual(['Budi Manager', 'Oki Other']);

    const approved = await t.call(
      t.users.hiringManager,
      'POST',
      `/api/offers/${offerId}/approvals`,
      {
        decision: 'approved',
        reason: '',
      },
    );
    expect(approved.body).toMatchObject({ status: 'approved', approverNames: [] });
  });

  it("gives the job filter the jobs the reader's offers cover, whatever the filters", async () => {
    // Placed at the Offer stage directly: the way there scores as Budi, who is not on job B.
    await draftedOffer(t, jobs.B, {}, { placed: true });
    const jobsOf = async (user: TestUser, query = '') => {
      const reply = await t.call(user, 'GET', `/api/offers${query}`);
      expect(reply.status, JSON.stringify(reply.body)).toBe(200);
      return (reply.body.jobs as { id: string; title: string }[]).map((job) => job.id).sort();
    };
    const withOffers = [jobs.A, jobs.B].sort();

    // Budi manages job A only; as the named approver he sees job B's offers, so may filter by it.
    await nameApprover(t.users.hiringManager);
    expect(await jobsOf(t.users.hiringManager)).toEqual(withOffers);
    expect(await jobsOf(t.users.hiringManager, `?jobId=${jobs.B}`)).toEqual(withOffers);
    // Oki, not the approver now, has his own job's offers only; HR every job with offers.
    expect(await jobsOf(t.users.otherManager)).toEqual([jobs.B]);
    expect(await jobsOf(t.users.recruiter)).toEqual(withOffers);
  });
});
