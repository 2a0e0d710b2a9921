import { describe, expect, it } from 'vitest';
import { sentOffer } from '../support/offers';
import { useTestApp } from '../support/test-app';

describe("the offer page's salary wish", () => {
  const t = useTestApp();

  it("shows the candidate's latest word: the counter-proposal's amount over the earlier expectation, with where and when", async () => {
    const offer = await sentOffer(t, { salary: 8_500_000 });
    const recorded = await t.call(
      t.users.recruiter,
      'POST',
      `/api/applications/${offer.applicationId}/salary-expectations`,
      { monthlyAmount: 8_000_000, basis: 'gross', negotiable: true, note: '' },
    );
    expect(recorded.status, JSON.stringify(recorded.body)).toBe(201);
    const page = async () =>
      (await t.call(t.users.recruiter, 'GET', `/api/offers/${offer.offerId}`)).body;
    expect((await page()).expectedSalary).toMatchObject({
      monthlyAmount: 8_000_000,
      source: 'hr_interview',
    });

    const counter = await t.call(null, 'POST', `/api/portal/${offer.token}/offer/counter`, {
      grossMonthlySalary: 9_500_000,
      startDate: null,
      note: 'Mohon dipertimbangkan.',
    });
    expect(counter.status, JSON.stringify(counter.body)).toBe(200);
    const after = (await page()).expectedSalary;
    expect(after).toMatchObject({
      monthlyAmount: 9_500_000,
      basis: 'gross',
      source: 'counter_proposal',
    });
    expect(Date.parse(after.statedAt)).toBeGreaterThan(Date.now() - 60_000);
  });
});
