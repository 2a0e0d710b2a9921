import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { offerTerms, sentOffer } from '../support/offers';
import { jakartaDay } from '../support/jakarta-time';
import { createTestApp, type TestApp } from '../support/test-app';

describe('offers: a change that repeats the current terms', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await createTestApp();
  }, 180_000);
  afterAll(() => t.close());

  const versions = async (offerId: string) =>
    (
      await t.db.query<{ n: number }>(
        'SELECT count(*)::int AS n FROM offer_versions WHERE offer_id = $1',
        [offerId],
      )
    )[0]!.n;
  const change = (offerId: string, terms: ReturnType<typeof offerTerms>) =>
    t.call(t.users.recruiter, 'PUT', `/api/offers/${offerId}`, terms);

  it('makes no new version and leaves a sent offer sent; a real change still makes one', async () => {
    const { offerId } = await sentOffer(t);
    const current = (await t.call(t.users.recruiter, 'GET', `/api/offers/${offerId}`)).body;
    expect(current).toMatchObject({ status: 'sent', currentVersion: 1 });
    const same = offerTerms({
      grossMonthlySalary: 8_500_000,
      startDate: jakartaDay(30),
      expiresOn: jakartaDay(7),
    });
    // The form saved twice, without the version it was opened at.
    for (const attempt of [1, 2]) {
      const reply = await change(offerId, same);
      expect(reply.status, `attempt ${attempt}: ${JSON.stringify(reply.body)}`).toBe(200);
      expect(reply.body).toMatchObject({ status: 'sent', currentVersion: 1 });
    }
    expect(await versions(offerId)).toBe(1);

    const raised = await change(offerId, { ...same, grossMonthlySalary: 9_000_000 });
    expect(raised.status, JSON.stringify(raised.body)).toBe(200);
    expect(raised.body).toMatchObject({ status: 'draft', currentVersion: 2 });
    const again = await change(offerId, { ...same, grossMonthlySalary: 9_000_000 });
    expect(again.body).toMatchObject({ status: 'draft', currentVersion: 2 });
    // An allowance's amount alone is a change too.
    const allowance = await change(offerId, {
      ...same,
      grossMonthlySalary: 9_000_000,
      allowances: same.allowances.map((a, k) =>
        k === 0 ? { ...a, monthlyAmount: a.monthlyAmount + 100_000 } : a,
      ),
    });
    expect(allowance.body).toMatchObject({ currentVersion: 3 });
    expect(await versions(offerId)).toBe(3);
  });
});
