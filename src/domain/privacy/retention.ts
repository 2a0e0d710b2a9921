import type { Locale } from '../locale';

/**
 * How long a finished candidate's personal data is kept. A candidate whose every application ended
 * in rejection or withdrawal is kept `months` after the last one ended, or until an extension HR
 * granted with a reason; then their data is anonymised (anonymous counts stay for reports).
 * Hired candidates are employees now and fall outside this rule.
 */
export function anonymiseAfter(
  lastEndedAt: Date,
  months: number,
  extendedUntil: Date | null,
): Date {
  const due = new Date(lastEndedAt);
  due.setUTCMonth(due.getUTCMonth() + months);
  return extendedUntil && extendedUntil > due ? extendedUntil : due;
}

/**
 * What replaces a name once anonymised: nothing that points at the person. The stored word; what
 * a reader sees is `anonymousNameIn` their language (the record says it is anonymised).
 */
export const anonymousName = 'Anonim';

/** An anonymised (erased) person's name as each language shows and exports it. */
export const anonymousNameIn: Record<Locale, string> = { id: 'Anonim', en: 'Anonymous' };

/** The name to show or export: an anonymised person's in the reader's language. */
export function shownName(name: string, anonymised: boolean, locale: Locale): string {
  return anonymised ? anonymousNameIn[locale] : name;
}

export const maxExtensionMonths = 24;
