/**
 * A city's name as people write it in a job or a UMK row: "Kota Bekasi", "kota bekasi",
 * "Kab. Bekasi", "Kabupaten  Bekasi", "Bekasi". A kota and a kabupaten of one name are two
 * regions, each with its own UMK (Kota Bekasi and Kabupaten Bekasi differ), so the prefix says
 * which, and a bare name may mean either.
 */
export type CityKind = 'kota' | 'kabupaten';

/** The prefixes written for a kota or a kabupaten, longest first. */
const prefixes: readonly (readonly [RegExp, CityKind])[] = [
  [/^kota administrasi /, 'kota'],
  [/^kota adm\.\s?/, 'kota'],
  [/^(?:kotamadya|kodya) /, 'kota'],
  [/^kota /, 'kota'],
  [/^kabupaten /, 'kabupaten'],
  [/^kab\.\s?/, 'kabupaten'],
  [/^kab /, 'kabupaten'],
];

/**
 * The name without case, spacing or its prefix (`key`: "Pangkal Pinang" and "Pangkalpinang" are
 * one), and whether it was written as a kota or a kabupaten (null: bare).
 */
export function readCityName(name: string): { key: string; kind: CityKind | null } {
  const text = name.trim().toLocaleLowerCase('id').replace(/\s+/g, ' ');
  for (const [prefix, kind] of prefixes) {
    const rest = text.replace(prefix, '');
    if (rest !== text && rest !== '') return { key: rest.replace(/ /g, ''), kind };
  }
  return { key: text.replace(/ /g, ''), kind: null };
}

/**
 * The UMK rows (a city named) that are the job's city: the same name but for case, spacing and
 * the Kota/Kabupaten prefix. Rows written as the job's city is (both "Kota …", both bare) come
 * first; failing those, rows where one side is bare. So a bare "Bekasi" finds "Kota Bekasi" and
 * "Kab. Bekasi" both: the caller must not pick one silently. Never a kota for a kabupaten.
 */
export function umkRowsOfCity<T extends { city: string | null }>(
  jobCity: string,
  rows: readonly T[],
): T[] {
  const job = readCityName(jobCity);
  if (!job.key) return [];
  const alike = rows.flatMap((row) => {
    const name = row.city === null ? null : readCityName(row.city);
    return name && name.key === job.key ? [{ row, kind: name.kind }] : [];
  });
  const same = alike.filter((entry) => entry.kind === job.kind);
  const either = same.length
    ? same
    : alike.filter((entry) => entry.kind === null || job.kind === null);
  return either.map((entry) => entry.row);
}
