import type { ApiError } from '../../api/client';
import { useI18n, type I18n } from '../../i18n/i18n';
import type { MessageKey } from '../../i18n/messages-id';
import { ambiguousCityNote, bareCityNote, sentences } from './minimum-wage-hint';
import { formatRupiah, regionName } from './rupiah';

/**
 * The server's field errors for an offer, translated by code. Offer codes with details (the
 * minimum wage, its region and decree) read them; other codes use the shared error messages.
 */
export function useOfferFieldErrors(error: ApiError | null | undefined) {
  const { t, tk, date } = useI18n();
  return (path: string): string | undefined => {
    const problem = error?.fields.find((field) => field.path === path);
    if (!problem) return undefined;
    const params = problem.params ?? {};
    const key = `offers.error.${problem.code ?? ''}` as MessageKey;
    if (problem.code === 'below_minimum_wage') return belowMinimumWageText(t, params);
    if (problem.code === 'before_offer_date' && typeof params.offerDate === 'string') {
      return t(key, { offerDate: date(params.offerDate) });
    }
    if (problem.code === 'not_later' && typeof params.current === 'string') {
      return t(key, { current: date(params.current) });
    }
    if (problem.code === 'after_start_date' && typeof params.startDate === 'string') {
      return t(key, { startDate: date(params.startDate) });
    }
    // A rule's bounds come as { minimum, maximum }, as from every other rule.
    if (problem.code === 'probation_too_long' && typeof params.maximum === 'number') {
      return t(key, { maximum: params.maximum });
    }
    if (
      problem.code === 'out_of_range' &&
      typeof params.minimum === 'number' &&
      typeof params.maximum === 'number'
    ) {
      return t(key, { minimum: params.minimum, maximum: params.maximum });
    }
    return tk('offers.error', problem.code ?? '', tk('error', problem.code ?? '', problem.message));
  };
}

/**
 * The server's "below the minimum wage" problem in words: the figure checked, and the notes its
 * details call for (an older year's figure standing in, a city without its UMK, an unclear city).
 */
export function belowMinimumWageText(t: I18n['t'], params: Record<string, unknown>): string {
  const below = t('offers.error.below_minimum_wage', {
    minimum: formatRupiah(Number(params.minimum)),
    kind: String(params.kind ?? '').toUpperCase(),
    year: String(params.year ?? ''),
    region: regionName({ province: String(params.region ?? '') }),
    decree: String(params.decree ?? ''),
  });
  // The start's year has no figure yet: an older one stands in, and HR should know.
  // `year` is the figure's own year, the one checked against (the latest on record).
  const old = params.missingYear
    ? ` ${t('offers.minimumWageOld', { year: String(params.missingYear), latest: String(params.year ?? '') })}`
    : '';
  // The province's UMP stands in for the job's city, whose UMK may be higher.
  const city = params.cityWithoutUmk
    ? t('offers.minimumWageUmpOnly', {
        province: regionName({ province: String(params.region ?? '') }),
        city: String(params.cityWithoutUmk),
      })
    : '';
  const ambiguous =
    typeof params.ambiguousCity === 'string'
      ? ambiguousCityNote(t, {
          city: String(params.region ?? ''),
          monthlyAmount: Number(params.minimum),
          ambiguousCity: {
            written: params.ambiguousCity,
            other: {
              city: String(params.otherCity),
              monthlyAmount: Number(params.otherMinimum),
            },
          },
        })
      : '';
  const bare =
    typeof params.bareCity === 'string'
      ? bareCityNote(t, {
          bareCity: { written: params.bareCity, city: String(params.takenCity) },
        })
      : '';
  return sentences(`${below}${old}`, city, ambiguous, bare);
}
