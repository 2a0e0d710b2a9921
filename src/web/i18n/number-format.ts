import type { Locale } from './i18n';

/** How a figure is written; every field is optional and the defaults give a whole number. */
export interface NumberShape {
  /** Digits after the decimal sign: always this many, or at most this many with `upTo`. */
  decimals?: number;
  upTo?: boolean;
  /** A difference: "+0,4" above zero, "−0,4" below, "0" for none. */
  signed?: boolean;
  /** A share (0.25) as a percentage ("25%"). */
  percent?: boolean;
  /** Thousands separators; off where a figure sits inside a sentence of the coach. */
  grouping?: boolean;
}

const intlLocales: Record<Locale, string> = { id: 'id-ID', en: 'en-GB' };

// Building an Intl.NumberFormat is slow next to using one, and a report or a board writes
// hundreds of figures: one formatter per locale and shape serves them all.
const formatters = new Map<string, Intl.NumberFormat>();

function formatterOf(locale: Locale, shape: NumberShape): Intl.NumberFormat {
  const { decimals = 0, upTo = false, signed = false, percent = false, grouping = true } = shape;
  const key = [locale, decimals, upTo, signed, percent, grouping].join('|');
  let formatter = formatters.get(key);
  if (!formatter) {
    formatter = new Intl.NumberFormat(intlLocales[locale], {
      minimumFractionDigits: upTo ? 0 : decimals,
      maximumFractionDigits: decimals,
      // Left to Intl unless turned off: its default ("auto") is what every page showed.
      ...(grouping ? {} : { useGrouping: false }),
      ...(signed ? { signDisplay: 'exceptZero' as const } : {}),
      ...(percent ? { style: 'percent' as const } : {}),
    });
    formatters.set(key, formatter);
  }
  return formatter;
}

/** A number the reader's way: "3,38" and "1.250" in Indonesian, "3.38" and "1,250" in English. */
export function formatNumber(locale: Locale, value: number, shape: number | NumberShape = {}) {
  return formatterOf(locale, typeof shape === 'number' ? { decimals: shape } : shape).format(value);
}
