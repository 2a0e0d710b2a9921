import { minimumWageIn, wageDateFor } from '../../../domain/offers/minimum-wage';
import { useI18n, type I18n } from '../../i18n/i18n';
import type { ApiData } from '../../api/client';
import { formatRupiah, regionName } from './rupiah';
import { Link } from '../../router';
import { useSession } from '../../session';

type ApplicationOffersOutput = ApiData<'get', '/api/applications/{applicationId}/offers'>;

/** What the offer form checks the salary against as HR types: the figures year by year. */
export type OfferWages = Pick<ApplicationOffersOutput, 'offerDate' | 'minimumWages'>;

/**
 * The minimum wage the offer is checked against, said while HR types (the server says it again
 * on save): below it, and, when the start's year has no figure of its own yet, which year is
 * missing, so HR can ask an admin for it before saving rather than after.
 */
export function MinimumWageHint({
  wages,
  startDate,
  salary,
}: {
  wages: OfferWages;
  startDate: string;
  salary: number;
}) {
  const { t } = useI18n();
  const year = +wageDateFor(wages.offerDate, startDate).slice(0, 4);
  const wage = minimumWageIn(wages.minimumWages, year);
  if (!wage) return null;
  const missingYear = wage.year < year;
  const below = salary > 0 && salary < wage.monthlyAmount;
  // The province's UMP standing in for the job's city is said always: a salary above it may
  // still be below the city's UMK, which nobody has recorded.
  const notes = [umpOnlyNote(t, wage), ambiguousCityNote(t, wage), bareCityNote(t, wage)];
  if (!missingYear && !below && !notes.some(Boolean)) return null;
  const figure = {
    kind: wage.kind.toUpperCase(),
    region: regionName(wage),
    year: wage.year,
    minimum: formatRupiah(wage.monthlyAmount),
    decree: wage.decree,
  };
  const said = below
    ? t('offers.error.below_minimum_wage', figure)
    : t('offers.minimumWage', { ...figure, amount: figure.minimum });
  return (
    <p className="notice" role="status" data-testid="minimum-wage-hint">
      {sentences(said)}
      {missingYear && (
        <>
          {' '}
          <OldMinimumWageNote year={year} latest={wage.year} />
        </>
      )}
      {notes.some(Boolean) && ` ${sentences(...notes)}`}
    </p>
  );
}

/**
 * The start year has no figure of its own: says which year's was used, that it may be out of
 * date, and where an admin records the new one (anyone else is asked to tell an admin).
 */
export function OldMinimumWageNote({ year, latest }: { year: number; latest: number }) {
  const { t } = useI18n();
  const { user } = useSession();
  return (
    <strong data-testid="minimum-wage-old">
      {t('offers.minimumWageOld', { year, latest })}{' '}
      {user.can.editOfferSettings ? (
        <Link href="/settings/minimum-wages">{t('offers.minimumWageOld.link')}</Link>
      ) : (
        t('offers.minimumWageOld.askAdmin', { year })
      )}
    </strong>
  );
}

/** Notes said one after another, each a sentence of its own: a full stop where one lacks it. */
export function sentences(...notes: string[]): string {
  return notes
    .map((note) => note.trim())
    .filter(Boolean)
    .map((note) => (/[.!?]$/.test(note) ? note : `${note}.`))
    .join(' ');
}

/**
 * The job's bare city name fits a Kota and a Kabupaten, each with its own UMK: says both, that the
 * higher is the one checked, and how to name the city so its own region's figure is used.
 */
export function ambiguousCityNote(
  t: I18n['t'],
  wage: {
    city?: string | null;
    monthlyAmount: number;
    ambiguousCity?: { written: string; other: { city: string; monthlyAmount: number } } | null;
  },
): string {
  if (!wage.ambiguousCity) return '';
  const { written, other } = wage.ambiguousCity;
  return t('offers.minimumWageAmbiguousCity', {
    written,
    city: wage.city ?? '',
    amount: formatRupiah(wage.monthlyAmount),
    other: other.city,
    otherAmount: formatRupiah(other.monthlyAmount),
  });
}

/**
 * The job's bare city name was taken as the one Kota or Kabupaten UMK row of that name: says
 * which ("Kota Bekasi"), and to write the full name in the job.
 */
export function bareCityNote(
  t: I18n['t'],
  wage: { bareCity?: { written: string; city: string } | null },
): string {
  if (!wage.bareCity) return '';
  return t('offers.minimumWageBareCity', wage.bareCity);
}

/** Says the figure is only the province's UMP and the job's city may have a higher UMK. */
export function umpOnlyNote(
  t: I18n['t'],
  wage: { province: string; cityWithoutUmk?: string | null },
): string {
  if (!wage.cityWithoutUmk) return '';
  return t('offers.minimumWageUmpOnly', {
    province: regionName({ province: wage.province }),
    city: wage.cityWithoutUmk,
  });
}
