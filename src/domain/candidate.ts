export const candidateSources = [
  'manual',
  'careers_page',
  'referral',
  'jobstreet',
  'linkedin',
  'glints',
  'kalibrr',
  'campus',
  /** Imported by HR from a spreadsheet that named no source for the row. */
  'spreadsheet_import',
  'other',
] as const;
export type CandidateSource = (typeof candidateSources)[number];

/** Tags are short labels; store them lower-case and once each so filters match. */
export function normaliseTags(tags: readonly string[]): string[] {
  return [...new Set(tags.map((tag) => tag.trim().toLowerCase()).filter(Boolean))];
}

export function normaliseEmail(email: string): string {
  return email.trim().toLowerCase();
}
