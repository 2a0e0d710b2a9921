import { readCityName, umkRowsOfCity } from './umk-city';

/**
 * Regional minimum wages: each province's UMP, and for some cities (kota/kabupaten) their own UMK,
 * set each year by decree. An offer must pay at least the one that applies to the job's place.
 */
export interface MinimumWageRecord {
  province: string;
  /** Null for the province's UMP; a city name for its UMK. */
  city: string | null;
  year: number;
  monthlyAmount: number;
  decree: string;
}

/** A province's floor (UMP) or a city's own (UMK). */
export const minimumWageKinds = ['ump', 'umk'] as const;
export type MinimumWageKind = (typeof minimumWageKinds)[number];

export interface ApplicableMinimumWage extends MinimumWageRecord {
  kind: MinimumWageKind;
  /**
   * The job's city when the province's UMP stands in because no UMK of that city is recorded:
   * the city may well have a higher UMK (Bekasi, Karawang...), so whoever reads the figure must
   * be told it is only the province's floor. Absent for a UMK, or for a job without a city.
   */
  cityWithoutUmk?: string | null;
  /**
   * The job's city written bare ("Bekasi") where a Kota and a Kabupaten of that name both have a
   * UMK: two regions, two figures. This figure is the higher, so an offer that passes pays at
   * least either, and whoever reads it is told of the other and how to name the city. Absent
   * otherwise.
   */
  ambiguousCity?: { written: string; other: { city: string; monthlyAmount: number } } | null;
  /**
   * The job's city written bare ("Bekasi") and taken as the one Kota or Kabupaten of that name
   * with a UMK ("Kota Bekasi"): right as long as nobody records the other region's UMK, so
   * whoever reads the figure is told which row it is and to name the city in full. Absent
   * otherwise.
   */
  bareCity?: { written: string; city: string } | null;
}

/**
 * Provinces whose cities set no UMK of their own: DKI Jakarta's cities are administrative, not
 * autonomous regions, so its UMP is the whole minimum wage and no higher city figure can exist.
 */
export const provincesWithoutUmk: readonly string[] = ['dki_jakarta'];

/** The latest record of `year` or before among those given. */
function latest(records: readonly MinimumWageRecord[], year: number) {
  return records
    .filter((record) => record.year <= year)
    .reduce<MinimumWageRecord | null>((best, r) => (!best || r.year > best.year ? r : best), null);
}

/**
 * The minimum wage for a job in `city`, `province`, in `year`: the city's UMK when one is recorded
 * (of that year or the latest before), else the province's UMP; null when neither is recorded.
 */
export function applicableMinimumWage(
  records: readonly MinimumWageRecord[],
  place: { province: string; city: string },
  year: number,
): ApplicableMinimumWage | null {
  const inProvince = records.filter((r) => r.province === place.province);
  const umk = cityUmk(umkRowsOfCity(place.city, inProvince), place.city, year);
  if (umk) return umk;
  const ump = latest(
    inProvince.filter((r) => r.city === null),
    year,
  );
  if (!ump) return null;
  const city = provincesWithoutUmk.includes(place.province) ? '' : place.city.trim();
  return city ? { ...ump, kind: 'ump', cityWithoutUmk: city } : { ...ump, kind: 'ump' };
}

/**
 * The UMK of the job's city in `year` among the rows of its name: one region's latest figure; or,
 * when a bare name fits both a kota and a kabupaten, the higher of their figures, the other named.
 */
function cityUmk(
  rows: readonly MinimumWageRecord[],
  jobCity: string,
  year: number,
): ApplicableMinimumWage | null {
  const regions = new Map<string, MinimumWageRecord[]>();
  for (const row of rows) {
    const region = readCityName(row.city ?? '').kind ?? 'bare';
    regions.set(region, [...(regions.get(region) ?? []), row]);
  }
  const [higher, other] = [...regions.values()]
    .map((ofRegion) => latest(ofRegion, year))
    .filter((figure) => figure !== null)
    .sort((a, b) => b.monthlyAmount - a.monthlyAmount);
  if (!higher) return null;
  if (!other) {
    const written = jobCity.trim();
    const taken = (higher.city ?? '').trim().replace(/\s+/g, ' ');
    const bare = readCityName(written).kind === null && readCityName(taken).kind !== null;
    return bare
      ? { ...higher, kind: 'umk', bareCity: { written, city: taken } }
      : { ...higher, kind: 'umk' };
  }
  const ambiguousCity = {
    written: jobCity.trim(),
    other: { city: other.city ?? '', monthlyAmount: other.monthlyAmount },
  };
  return { ...higher, kind: 'umk', ambiguousCity };
}

/**
 * The date whose year's minimum wage applies to an offer made on `offerDate` (Jakarta dates): the
 * start date, unless unreadable or not after the offer (a January start is paid at the new year's
 * figure, never an earlier year than the offer's).
 */
export function wageDateFor(offerDate: string, startDate: string | undefined): string {
  return startDate && /^\d{4}-\d{2}-\d{2}$/.test(startDate) && startDate > offerDate
    ? startDate
    : offerDate;
}

/** How many years from the offer's the offer form is given the figures of (see byYear). */
export const minimumWageYearsAhead = 2;

/**
 * The figure that applies in each year from `fromYear` to `fromYear + minimumWageYearsAhead`, so
 * the offer form can warn as HR types a start date whose year has no figure of its own yet.
 */
export function minimumWagesByYear(
  records: readonly MinimumWageRecord[],
  place: { province: string; city: string },
  fromYear: number,
): { year: number; wage: ApplicableMinimumWage | null }[] {
  return Array.from({ length: minimumWageYearsAhead + 1 }, (_, index) => fromYear + index).map(
    (year) => ({ year, wage: applicableMinimumWage(records, place, year) }),
  );
}

/** The figure for `year` in such a list; a later year reads the last (the latest figure stands). */
export function minimumWageIn<T extends { year: number; wage: ApplicableMinimumWage | null }>(
  byYear: readonly T[],
  year: number,
): ApplicableMinimumWage | null {
  const found = byYear.find((entry) => entry.year === year) ?? byYear.at(-1);
  return found && year >= found.year ? found.wage : null;
}
