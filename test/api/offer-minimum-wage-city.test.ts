import { beforeAll, describe, expect, it } from 'vitest';
import { expectInvalid } from '../support/expectations';
import {
  applicationAtOffer,
  draftOffer,
  jobInProvince,
  offersOf,
  recordMinimumWage,
} from '../support/offers';
import { useTestApp } from '../support/test-app';

const t = useTestApp();

/**
 * A job in a city without a UMK on record: the province's UMP stands in, and every place that
 * shows or checks it says so (the city's UMK may be higher); once the UMK is recorded it is used.
 */
describe("a job city's UMK, and the province's UMP standing in for it", () => {
  let jobId: string;
  beforeAll(async () => {
    jobId = await jobInProvince(t, 'jawa_barat');
    await t.db.query(`UPDATE jobs SET city = 'Bekasi' WHERE id = $1`, [jobId]);
    await recordMinimumWage(t, { province: 'jawa_barat', monthlyAmount: 2_300_000 });
  });

  const draft = (applicationId: string, salary: number) =>
    draftOffer(t, applicationId, { grossMonthlySalary: salary });
  const citiesWithoutUmk = async () =>
    (await t.call(t.users.admin, 'GET', '/api/admin/minimum-wages')).body.citiesWithoutUmk;

  it("without Bekasi's UMK: the UMP is named as the province's, Bekasi as maybe higher", async () => {
    const { applicationId } = await applicationAtOffer(t, jobId);
    const list = await offersOf(t, applicationId);
    expect(list.body.minimumWage).toMatchObject({
      kind: 'ump',
      monthlyAmount: 2_300_000,
      cityWithoutUmk: 'Bekasi',
    });
    expect(list.body.minimumWages[0].wage).toMatchObject({ cityWithoutUmk: 'Bekasi' });
    const [problem] = expectInvalid(await draft(applicationId, 2_000_000), {
      grossMonthlySalary: 'below_minimum_wage',
    });
    expect(problem?.params).toMatchObject({ kind: 'ump', cityWithoutUmk: 'Bekasi' });
    expect(problem?.message).toContain('Bekasi');
    // The admin's minimum-wages page lists the city to add.
    expect(await citiesWithoutUmk()).toContainEqual({ province: 'jawa_barat', city: 'Bekasi' });
    // A Jakarta job is not listed: DKI Jakarta's cities set no UMK.
    await jobInProvince(t, 'dki_jakarta');
    expect(await citiesWithoutUmk()).not.toContainEqual(
      expect.objectContaining({ province: 'dki_jakarta' }),
    );
  });

  it("with Bekasi's UMK recorded: the offer is held to it, with no fallback note", async () => {
    await recordMinimumWage(t, {
      province: 'jawa_barat',
      city: 'Bekasi',
      monthlyAmount: 5_600_000,
    });
    const { applicationId } = await applicationAtOffer(t, jobId);
    const list = await offersOf(t, applicationId);
    expect(list.body.minimumWage).toMatchObject({
      kind: 'umk',
      city: 'Bekasi',
      monthlyAmount: 5_600_000,
      cityWithoutUmk: null,
    });
    const [problem] = expectInvalid(await draft(applicationId, 5_000_000), {
      grossMonthlySalary: 'below_minimum_wage',
    });
    expect(problem?.params).toMatchObject({ kind: 'umk', minimum: 5_600_000 });
    expect(problem?.params).not.toHaveProperty('cityWithoutUmk');
    expect(await citiesWithoutUmk()).not.toContainEqual({ province: 'jawa_barat', city: 'Bekasi' });
  });
});
