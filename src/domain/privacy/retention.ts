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

/** What replaces a name once anonymised: nothing that points at the person. */
export const anonymousName = 'Anonim';

export const maxExtensionMonths = 24;
