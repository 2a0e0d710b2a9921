import { beforeAll, describe, expect, it } from 'vitest';
import { expectInvalid } from '../support/expectations';
import {
  applicationAtOffer,
  draftOffer,
  jobInProvince,
  offersOf,
  recordMinimumWage,
} from '../support/offers';
import { jakartaDay } from '../support/jakarta-time';
import { useTestApp } from '../support/test-app';

/** Today's Jakarta year; a start early next January falls in the next one. */
const thisYear = Number(jakartaDay(0).slice(0, 4));
const nextYear = thisYear + 1;
const januaryStart = `${nextYear}-01-04`;

const t = useTestApp();

describe("an offer's minimum wage is the start year's", () => {
  let jobId: string;
  beforeAll(async () => {
    jobId = await jobInProvince(t, 'jawa_barat');
    await recordMinimumWage(t, {
      province: 'jawa_barat',
      year: thisYear,
      monthlyAmount: 5_000_000,
    });
  });

  const draft = (applicationId: string, salary: number) =>
    draftOffer(t, applicationId, { grossMonthlySalary: salary, startDate: januaryStart });

  it("gives the form each year's figure before any draft, so it can warn while HR types", async () => {
    const { applicationId } = await applicationAtOffer(t, jobId);
    const list = await offersOf(t, applicationId);
    expect(list.status).toBe(200);
    expect(list.body.offerDate).toBe(jakartaDay(0));
    // Next year has no figure of its own: this year's stands in, and the form can say so.
    expect(
      list.body.minimumWages.map((entry: { year: number; wage: { year: number } | null }) => [
        entry.year,
        entry.wage?.year,
      ]),
    ).toEqual([
      [thisYear, thisYear],
      [nextYear, thisYear],
      [nextYear + 1, thisYear],
    ]);
  });

  it("without next year's figure: checked against this year's, and says next year's is missing", async () => {
    const { applicationId } = await applicationAtOffer(t, jobId);
    const [problem] = expectInvalid(await draft(applicationId, 4_900_000), {
      grossMonthlySalary: 'below_minimum_wage',
    });
    expect(problem?.params).toMatchObject({ year: thisYear, missingYear: nextYear });

    expect((await draft(applicationId, 5_200_000)).status).toBe(201);
    const list = await offersOf(t, applicationId);
    expect(list.body).toMatchObject({ minimumWageYear: nextYear, minimumWage: { year: thisYear } });
  });

  it("with next year's figure recorded: a January start is held to it", async () => {
    await recordMinimumWage(t, {
      province: 'jawa_barat',
      year: nextYear,
      monthlyAmount: 5_500_000,
    });
    const { applicationId } = await applicationAtOffer(t, jobId);
    const [problem] = expectInvalid(await draft(applicationId, 5_200_000), {
      grossMonthlySalary: 'below_minimum_wage',
    });
    expect(problem?.params).toMatchObject({ year: nextYear, minimum: 5_500_000 });
    expect(problem?.params).not.toHaveProperty('missingYear');
    expect((await draft(applicationId, 5_600_000)).status).toBe(201);
  });
});
