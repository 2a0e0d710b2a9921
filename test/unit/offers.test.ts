import { readCityName, umkRowsOfCity } from '../../src/domain/offers/umk-city';
import { describe, expect, it } from 'vitest';
import {
  applicableMinimumWage,
  minimumWageIn,
  minimumWagesByYear,
  wageDateFor,
  type MinimumWageRecord,
} from '../../src/domain/offers/minimum-wage';
import { approvalReasonsFor, mayApproveOffer } from '../../src/domain/offers/offer-approval';
import { isOfferExpired, planOfferAction } from '../../src/domain/offers/offer-status';
import {
  checkExtendedExpiry,
  checkOfferTerms,
  type OfferCheckContext,
  type OfferTerms,
} from '../../src/domain/offers/offer-terms';

const terms = (overrides: Partial<OfferTerms> = {}): OfferTerms => ({
  jobTitle: 'Analis Data',
  contractType: 'pkwtt',
  contractMonths: null,
  probationMonths: 3,
  grossMonthlySalary: 9_000_000,
  allowances: [{ name: 'Transport', monthlyAmount: 500_000 }],
  benefits: ['Asuransi kesehatan'],
  thr: true,
  bpjsKesehatan: true,
  bpjsKetenagakerjaan: true,
  workingDays: 'Senin-Jumat',
  workingHours: '09.00-17.00',
  workLocation: 'Bandung',
  workMode: 'onsite',
  startDate: '2027-01-04',
  expiresOn: '2026-12-18',
  note: '',
  ...overrides,
});

const context: OfferCheckContext = {
  offerDate: '2026-12-04',
  province: 'jawa_barat',
  minimumWage: {
    kind: 'umk',
    province: 'jawa_barat',
    city: 'Kota Bandung',
    year: 2026,
    monthlyAmount: 4_482_914,
    decree: 'Kepgub Jabar 561.7/Kep.798-Kesra/2025',
  },
};

const problemsOf = (t: OfferTerms, c: OfferCheckContext = context) => {
  const result = checkOfferTerms(t, c);
  return result.ok ? {} : Object.fromEntries(result.problems.map((p) => [p.path, p.code]));
};

describe('offer terms', () => {
  it('accepts a permanent contract with three months of probation, trimmed', () => {
    const result = checkOfferTerms(terms({ jobTitle: '  Analis Data ' }), context);
    expect(result.ok && result.value.jobTitle).toBe('Analis Data');
  });

  it('follows the contract rules: no probation on PKWT, at most 3 months on PKWTT, PKWT 1-60 months', () => {
    expect(
      problemsOf(terms({ contractType: 'pkwt', contractMonths: 12, probationMonths: 1 })),
    ).toEqual({
      probationMonths: 'probation_not_allowed',
    });
    expect(problemsOf(terms({ probationMonths: 4 }))).toEqual({
      probationMonths: 'probation_too_long',
    });
    expect(problemsOf(terms({ contractType: 'pkwt', probationMonths: 0 }))).toEqual({
      contractMonths: 'required',
    });
    expect(
      problemsOf(terms({ contractType: 'pkwt', contractMonths: 61, probationMonths: 0 })),
    ).toEqual({
      contractMonths: 'out_of_range',
    });
    expect(
      problemsOf(terms({ contractType: 'pkwt', contractMonths: 60, probationMonths: 0 })),
    ).toEqual({});
    expect(problemsOf(terms({ contractMonths: 12 }))).toEqual({ contractMonths: 'not_allowed' });
  });

  it('refuses pay below the minimum wage, absurd or negative amounts', () => {
    expect(problemsOf(terms({ grossMonthlySalary: 4_482_913 }))).toEqual({
      grossMonthlySalary: 'below_minimum_wage',
    });
    expect(problemsOf(terms({ grossMonthlySalary: 4_482_914 }))).toEqual({});
    expect(problemsOf(terms({ grossMonthlySalary: 1_000_000_001 }))).toEqual({
      grossMonthlySalary: 'too_large',
    });
    expect(problemsOf(terms({ grossMonthlySalary: 0 }))).toEqual({
      grossMonthlySalary: 'too_small',
    });
    expect(
      problemsOf(terms({ allowances: [{ name: ' ', monthlyAmount: -1 }], benefits: [''] })),
    ).toEqual({
      'allowances.0.name': 'required',
      'allowances.0.monthlyAmount': 'negative',
      'benefits.0': 'required',
    });
  });

  it('names the province when the job has none, and checks nothing against an unrecorded wage', () => {
    expect(problemsOf(terms(), { ...context, province: null, minimumWage: null })).toEqual({
      province: 'required',
    });
    expect(
      problemsOf(terms({ grossMonthlySalary: 1_000 }), { ...context, minimumWage: null }),
    ).toEqual({});
  });

  it('checks the dates against the offer date', () => {
    expect(problemsOf(terms({ startDate: '2026-12-03' }))).toEqual({
      startDate: 'before_offer_date',
    });
    expect(problemsOf(terms({ startDate: '2026-12-04', expiresOn: '2026-12-04' }))).toEqual({});
    expect(problemsOf(terms({ expiresOn: '2026-12-03' }))).toEqual({ expiresOn: 'in_the_past' });
  });

  it('extends an expiry only to a later day that has not passed, up to the start date', () => {
    const current = { expiresOn: '2026-12-10', offerDate: '2026-12-01', startDate: '2027-01-04' };
    expect(checkExtendedExpiry('2026-12-20', current, '2026-12-12')).toEqual({
      ok: true,
      value: '2026-12-20',
    });
    expect(checkExtendedExpiry('2026-12-11', current, '2026-12-12').ok).toBe(false);
    expect(checkExtendedExpiry('2026-12-10', current, '2026-12-05').ok).toBe(false);
    expect(checkExtendedExpiry('2027-01-04', current, '2026-12-05').ok).toBe(true);
    expect(checkExtendedExpiry('2027-01-05', current, '2026-12-05')).toMatchObject({
      ok: false,
      problems: [
        { path: 'expiresOn', code: 'after_start_date', params: { startDate: '2027-01-04' } },
      ],
    });
    expect(isOfferExpired('2026-12-10', '2026-12-11')).toBe(true);
    expect(isOfferExpired('2026-12-10', '2026-12-10')).toBe(false);
  });
});

describe('the minimum wage that applies', () => {
  const records: MinimumWageRecord[] = [
    {
      province: 'jawa_barat',
      city: null,
      year: 2025,
      monthlyAmount: 2_191_232,
      decree: 'UMP 2025',
    },
    {
      province: 'jawa_barat',
      city: null,
      year: 2026,
      monthlyAmount: 2_317_601,
      decree: 'UMP 2026',
    },
    {
      province: 'jawa_barat',
      city: 'Kota Bandung',
      year: 2025,
      monthlyAmount: 4_482_914,
      decree: 'UMK 2025',
    },
    { province: 'banten', city: null, year: 2026, monthlyAmount: 3_100_881, decree: 'UMP Banten' },
  ];
  it("takes the city's UMK (of the year or the latest before) over the province's UMP", () => {
    const wage = applicableMinimumWage(
      records,
      { province: 'jawa_barat', city: ' kota bandung' },
      2026,
    );
    expect(wage).toMatchObject({ kind: 'umk', year: 2025, monthlyAmount: 4_482_914 });
    expect(wage?.cityWithoutUmk).toBeUndefined();
  });
  it("says when the province's UMP stands in for a city with no UMK on record", () => {
    expect(
      applicableMinimumWage(records, { province: 'jawa_barat', city: ' Bekasi ' }, 2026),
    ).toMatchObject({ kind: 'ump', monthlyAmount: 2_317_601, cityWithoutUmk: 'Bekasi' });
    // DKI Jakarta's cities set no UMK: its UMP is the whole story.
    expect(
      applicableMinimumWage(
        [{ ...records[0]!, province: 'dki_jakarta', year: 2026 }],
        { province: 'dki_jakarta', city: 'Jakarta Selatan' },
        2026,
      )?.cityWithoutUmk,
    ).toBeUndefined();
    // A job with no city: the UMP is all there is to say.
    expect(
      applicableMinimumWage(records, { province: 'jawa_barat', city: '' }, 2026)?.cityWithoutUmk,
    ).toBeUndefined();
  });
  it("falls back to the province's UMP of the latest year up to the offer's", () => {
    expect(
      applicableMinimumWage(records, { province: 'jawa_barat', city: 'Kota Bogor' }, 2026),
    ).toMatchObject({
      kind: 'ump',
      year: 2026,
    });
    expect(
      applicableMinimumWage(records, { province: 'jawa_barat', city: 'Kota Bogor' }, 2025),
    ).toMatchObject({
      year: 2025,
    });
    expect(applicableMinimumWage(records, { province: 'bali', city: 'Denpasar' }, 2026)).toBeNull();
    expect(
      applicableMinimumWage(records, { province: 'jawa_barat', city: 'Kota Bogor' }, 2024),
    ).toBeNull();
  });
  it('gives the form the figure of each year ahead, and a start date picks its own year', () => {
    const byYear = minimumWagesByYear(
      records,
      { province: 'jawa_barat', city: 'Kota Bogor' },
      2026,
    );
    expect(byYear.map((entry) => [entry.year, entry.wage?.year])).toEqual([
      [2026, 2026],
      [2027, 2026],
      [2028, 2026],
    ]);
    // A 2027 start has no 2027 figure: the form says so while HR types.
    expect(
      minimumWageIn(byYear, +wageDateFor('2026-12-07', '2027-01-04').slice(0, 4)),
    ).toMatchObject({ year: 2026 });
    // Beyond the years given, the latest figure still stands.
    expect(minimumWageIn(byYear, 2031)).toMatchObject({ year: 2026 });
    // A start in the past or unreadable reads the offer's own year.
    expect(wageDateFor('2026-12-07', '2026-01-01')).toBe('2026-12-07');
    expect(wageDateFor('2026-12-07', '2027-1-4')).toBe('2026-12-07');
  });
});

describe("a UMK row is the job's city whatever its case, spacing or Kota/Kabupaten prefix", () => {
  const ump = {
    province: 'jawa_barat',
    city: null,
    year: 2026,
    monthlyAmount: 2_317_601,
    decree: 'UMP',
  };
  const row = (city: string, monthlyAmount: number, year = 2026): MinimumWageRecord => ({
    province: 'jawa_barat',
    city,
    year,
    monthlyAmount,
    decree: `UMK ${city}`,
  });
  const wageOf = (records: MinimumWageRecord[], city: string) =>
    applicableMinimumWage(records, { province: 'jawa_barat', city }, 2026);

  it('reads the prefixes people write, and never a name that merely begins like one', () => {
    expect(readCityName('Kota  Bekasi')).toEqual({ key: 'bekasi', kind: 'kota' });
    expect(readCityName('kab. Bekasi')).toEqual({ key: 'bekasi', kind: 'kabupaten' });
    expect(readCityName('Kab.Bekasi')).toEqual({ key: 'bekasi', kind: 'kabupaten' });
    expect(readCityName('KABUPATEN BEKASI')).toEqual({ key: 'bekasi', kind: 'kabupaten' });
    expect(readCityName('Kota Adm. Jakarta Selatan')).toEqual({
      key: 'jakartaselatan',
      kind: 'kota',
    });
    expect(readCityName('Pangkal Pinang').key).toBe(readCityName('Pangkalpinang').key);
    // A kabupaten called Kotabaru, a town called Kabanjahe: their names, not prefixes.
    expect(readCityName('Kotabaru')).toEqual({ key: 'kotabaru', kind: null });
    expect(readCityName('Kabanjahe')).toEqual({ key: 'kabanjahe', kind: null });
    expect(readCityName('Kota')).toEqual({ key: 'kota', kind: null });
  });

  it('a job in "Bekasi" finds the one row of "Kota Bekasi", "kota bekasi" or "Kab. Bekasi"', () => {
    for (const written of ['Kota Bekasi', 'kota  bekasi', 'Kab. Bekasi', 'KABUPATEN Bekasi']) {
      expect(wageOf([ump, row(written, 5_600_000)], ' Bekasi '), written).toMatchObject({
        kind: 'umk',
        city: written,
        monthlyAmount: 5_600_000,
      });
    }
    // Written with its prefix, the job finds a bare row too.
    expect(wageOf([ump, row('Bekasi', 5_600_000)], 'Kota Bekasi')).toMatchObject({ kind: 'umk' });
  });

  it('a bare name taken as the one Kota or Kabupaten row of its name says which row it was', () => {
    expect(wageOf([ump, row('Kab.  Karawang', 5_599_593)], ' Karawang ')?.bareCity).toEqual({
      written: 'Karawang',
      city: 'Kab. Karawang',
    });
    // Named in full, or matched by a bare row, or no UMK at all: nothing to say.
    expect(wageOf([ump, row('Kota Bekasi', 1)], 'Kota Bekasi')?.bareCity).toBeUndefined();
    expect(wageOf([ump, row('Bekasi', 1)], 'Bekasi')?.bareCity).toBeUndefined();
    expect(wageOf([ump, row('Kota Bekasi', 1)], 'Karawang')?.bareCity).toBeUndefined();
  });

  it('a Kota job never takes the Kabupaten of the same name, and the reverse', () => {
    const kabupaten = [ump, row('Kabupaten Bekasi', 5_500_000)];
    expect(wageOf(kabupaten, 'Kota Bekasi')).toMatchObject({
      kind: 'ump',
      cityWithoutUmk: 'Kota Bekasi',
    });
    const both = [ump, row('Kota Bekasi', 5_690_752), row('Kab. Bekasi', 5_558_515)];
    expect(wageOf(both, 'kab bekasi')).toMatchObject({
      city: 'Kab. Bekasi',
      monthlyAmount: 5_558_515,
    });
    expect(wageOf(both, 'Kab bekasi')?.ambiguousCity).toBeUndefined();
  });

  it('a bare name that fits a Kota and a Kabupaten is checked against the higher, the other named', () => {
    const both = [ump, row('Kab. Bekasi', 5_558_515), row('Kota Bekasi', 5_690_752, 2025)];
    expect(wageOf(both, 'Bekasi')).toMatchObject({
      kind: 'umk',
      city: 'Kota Bekasi',
      monthlyAmount: 5_690_752,
      ambiguousCity: {
        written: 'Bekasi',
        other: { city: 'Kab. Bekasi', monthlyAmount: 5_558_515 },
      },
    });
    // A bare row written as the job's city is is the admin's own answer: no doubt left.
    expect(wageOf([...both, row('bekasi', 5_600_000)], 'Bekasi')).toMatchObject({
      monthlyAmount: 5_600_000,
    });
    expect(wageOf([...both, row('bekasi', 5_600_000)], 'Bekasi')?.ambiguousCity).toBeUndefined();
  });

  it('the same matching finds whether a job city has any UMK row at all', () => {
    const rows = [row('Kota Bekasi', 1), row('Kabupaten Karawang', 1)];
    expect(umkRowsOfCity('bekasi', rows)).toHaveLength(1);
    expect(umkRowsOfCity('Kab. Karawang', rows)).toHaveLength(1);
    expect(umkRowsOfCity('Kota Karawang', rows)).toHaveLength(0);
    expect(umkRowsOfCity('Bogor', rows)).toHaveLength(0);
    expect(umkRowsOfCity('  ', rows)).toHaveLength(0);
  });
});

describe('approval and status', () => {
  const rule = {
    band: { min: 8_000_000, max: 12_000_000 },
    everyOfferNeedsApproval: false,
    approvedBefore: false,
  };
  it('needs approval outside the band, by company rule, or after an approved version changed', () => {
    expect(approvalReasonsFor(10_000_000, rule)).toEqual([]);
    expect(approvalReasonsFor(12_000_001, rule)).toEqual(['above_band']);
    expect(approvalReasonsFor(7_999_999, rule)).toEqual(['below_band']);
    expect(approvalReasonsFor(10_000_000, { ...rule, band: { min: null, max: null } })).toEqual([]);
    expect(approvalReasonsFor(10_000_000, { ...rule, everyOfferNeedsApproval: true })).toEqual([
      'company_rule',
    ]);
    expect(approvalReasonsFor(10_000_000, { ...rule, approvedBefore: true })).toEqual([
      'changed_after_approval',
    ]);
  });

  it('lets the hiring manager or the named approver approve, never the version author', () => {
    expect(
      mayApproveOffer({ isJobHiringManager: true, isNamedApprover: false, wroteVersion: false }),
    ).toBe(true);
    expect(
      mayApproveOffer({ isJobHiringManager: false, isNamedApprover: true, wroteVersion: true }),
    ).toBe(false);
    expect(
      mayApproveOffer({ isJobHiringManager: false, isNamedApprover: false, wroteVersion: false }),
    ).toBe(false);
  });

  it('needs approval before a draft that requires it is sent', () => {
    expect(planOfferAction({ status: 'draft', approvalNeeded: true }, 'send')).toMatchObject({
      ok: false,
      problems: [{ code: 'approval_needed' }],
    });
    expect(planOfferAction({ status: 'draft', approvalNeeded: false }, 'send')).toEqual({
      ok: true,
      value: 'sent',
    });
  });

  // draft → awaiting approval → approved → sent; a change goes back to draft.
  it.each([
    ['draft', 'submit', 'awaiting_approval'],
    ['awaiting_approval', 'approve', 'approved'],
    ['awaiting_approval', 'reject', 'draft'],
    ['approved', 'send', 'sent'],
    ['sent', 'change', 'draft'],
    ['sent', 'extend', 'sent'],
  ] as const)('moves %s by %s to %s', (status, action, next) => {
    expect(planOfferAction({ status, approvalNeeded: true }, action)).toEqual({
      ok: true,
      value: next,
    });
  });

  it.each([
    ['sent', 'send'],
    ['accepted', 'withdraw'],
    ['draft', 'approve'],
  ] as const)('refuses an offer that is %s the action %s', (status, action) => {
    expect(planOfferAction({ status, approvalNeeded: true }, action).ok).toBe(false);
  });
});
