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

export interface ApplicableMinimumWage extends MinimumWageRecord {
  kind: 'ump' | 'umk';
}

const sameCity = (a: string, b: string): boolean =>
  a.trim().toLocaleLowerCase('id') === b.trim().toLocaleLowerCase('id');

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
  const umk = latest(
    inProvince.filter((r) => r.city !== null && sameCity(r.city, place.city)),
    year,
  );
  if (umk) return { ...umk, kind: 'umk' };
  const ump = latest(
    inProvince.filter((r) => r.city === null),
    year,
  );
  return ump ? { ...ump, kind: 'ump' } : null;
}
