import { describe, expect, test } from 'vitest';
import { jakartaDate } from '../../src/domain/today';
import { useTestApp } from '../support/test-app';

const t = useTestApp();

describe('Today reminds admins of minimum wages not recorded', () => {
  test('an admin is told which year is missing until it is recorded; nobody else is', async () => {
    // The seed's newest figures are 2025's; which year is due depends on today's Jakarta date.
    const today = jakartaDate(new Date());
    const due = +today.slice(0, 4) + (today.slice(5, 7) === '12' ? 1 : 0);
    const admin = await t.call(t.users.admin, 'GET', '/api/today');
    expect(admin.body.minimumWagesDue).toEqual(due > 2025 ? { year: due, latest: 2025 } : null);
    const recruiter = await t.call(t.users.recruiter, 'GET', '/api/today');
    expect(recruiter.body.minimumWagesDue).toBeNull();
    // Not on the badge: nothing for the admin to do with a candidate.
    expect(admin.body.needsYou).toBe(0);

    const added = await t.call(t.users.admin, 'POST', '/api/admin/minimum-wages', {
      province: 'dki_jakarta',
      year: due,
      monthlyAmount: 6_000_000,
      decree: `Keputusan Gubernur DKI Jakarta tentang UMP ${due} (test figure)`,
    });
    expect(added.status).toBe(200);
    expect((await t.call(t.users.admin, 'GET', '/api/today')).body.minimumWagesDue).toBeNull();
  });
});
