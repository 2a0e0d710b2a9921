import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { expectInvalid } from '../support/expectations';
import { buildJob } from '../support/factories';
import { applicationAtOffer, offerTerms, recordMinimumWage, setJobPay } from '../support/offers';
import { createTestApp, type TestApp } from '../support/test-app';

/**
 * A UMK row is found for the job's city whatever its case, spacing or Kota/Kabupaten prefix; a
 * bare "Bekasi" fitting both Kota and Kabupaten Bekasi (two UMKs) is checked against the higher
 * and says so; the admin's list of job cities without a UMK matches the same way.
 */
describe("a job city's UMK as the admin wrote it: Kota, Kabupaten, any case", () => {
  let t: TestApp;
  const jobIn = async (city: string) => {
    const jobId = (await buildJob(t)).id;
    await setJobPay(t, jobId, { province: 'jawa_barat' });
    await t.db.query(`UPDATE jobs SET city = $2 WHERE id = $1`, [jobId, city]);
    return jobId;
  };
  beforeAll(async () => {
    t = await createTestApp();
    await recordMinimumWage(t, { province: 'jawa_barat', monthlyAmount: 2_300_000 });
  });
  afterAll(() => t.close());

  const wageOf = async (jobId: string) => {
    const { applicationId } = await applicationAtOffer(t, jobId);
    const list = await t.call(
      t.users.recruiter,
      'GET',
      `/api/applications/${applicationId}/offers`,
    );
    return { applicationId, wage: list.body.minimumWage };
  };
  const draft = (applicationId: string, salary: number) =>
    t.call(
      t.users.recruiter,
      'POST',
      `/api/applications/${applicationId}/offers`,
      offerTerms({ grossMonthlySalary: salary }),
    );
  const citiesWithoutUmk = async () =>
    (await t.call(t.users.admin, 'GET', '/api/admin/minimum-wages')).body.citiesWithoutUmk;

  it('a job in "Bekasi" is held to the row of "kota  bekasi", and is no longer listed as without a UMK', async () => {
    const bekasi = await jobIn('Bekasi');
    expect(await citiesWithoutUmk()).toContainEqual({ province: 'jawa_barat', city: 'Bekasi' });
    await recordMinimumWage(t, {
      province: 'jawa_barat',
      city: 'kota  bekasi',
      monthlyAmount: 5_690_752,
    });
    const { applicationId, wage } = await wageOf(bekasi);
    expect(wage).toMatchObject({
      kind: 'umk',
      city: 'kota  bekasi',
      monthlyAmount: 5_690_752,
      cityWithoutUmk: null,
      ambiguousCity: null,
      // Taken silently before: the offer now says which row the bare name was read as.
      bareCity: { written: 'Bekasi', city: 'kota bekasi' },
    });
    const [refusal] = expectInvalid(await draft(applicationId, 5_000_000), {
      grossMonthlySalary: 'below_minimum_wage',
    });
    expect(refusal?.params).toMatchObject({ bareCity: 'Bekasi', takenCity: 'kota bekasi' });
    expect(refusal?.message).toContain('"Bekasi" was taken as kota bekasi');
    expect(await citiesWithoutUmk()).not.toContainEqual(
      expect.objectContaining({ city: 'Bekasi' }),
    );
    // A Kabupaten job of the same name is another region: not this UMK, still listed.
    const regency = await jobIn('Kab. Bekasi');
    expect((await wageOf(regency)).wage).toMatchObject({
      kind: 'ump',
      cityWithoutUmk: 'Kab. Bekasi',
    });
    expect(await citiesWithoutUmk()).toContainEqual({
      province: 'jawa_barat',
      city: 'Kab. Bekasi',
    });
  });

  it('with Kota and Kabupaten Bekasi both recorded, "Bekasi" is checked against the higher, the other named', async () => {
    await recordMinimumWage(t, {
      province: 'jawa_barat',
      city: 'Kabupaten Bekasi',
      monthlyAmount: 5_558_515,
    });
    const { applicationId, wage } = await wageOf(await jobIn('Bekasi'));
    expect(wage).toMatchObject({
      kind: 'umk',
      city: 'kota  bekasi',
      monthlyAmount: 5_690_752,
      bareCity: null,
      ambiguousCity: {
        written: 'Bekasi',
        other: { city: 'Kabupaten Bekasi', monthlyAmount: 5_558_515 },
      },
    });
    // Above the Kabupaten's UMK, below the Kota's: refused, and the refusal says both.
    const [problem] = expectInvalid(await draft(applicationId, 5_600_000), {
      grossMonthlySalary: 'below_minimum_wage',
    });
    expect(problem?.params).toMatchObject({
      minimum: 5_690_752,
      ambiguousCity: 'Bekasi',
      otherCity: 'Kabupaten Bekasi',
      otherMinimum: 5_558_515,
    });
    expect(problem?.message).toContain('Kabupaten Bekasi');
    // Named in full, the job takes its own region's UMK, with no doubt to report.
    const regency = await wageOf(await jobIn('kabupaten bekasi'));
    expect(regency.wage).toMatchObject({
      monthlyAmount: 5_558_515,
      ambiguousCity: null,
      bareCity: null,
    });
    expect(await citiesWithoutUmk()).not.toContainEqual(
      expect.objectContaining({ city: 'Kab. Bekasi' }),
    );
  });
});
