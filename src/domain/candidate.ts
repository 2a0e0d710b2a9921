import { type Result, ok, problem } from './result';

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

/** The longest source detail kept: the import's limit for its source column. */
export const sourceDetailMaxLength = 100;

/**
 * The sources with words beside them: 'other' says which source ("Instagram", as the import keeps
 * an unknown one), 'referral' says who referred the candidate ("Budi").
 */
export const sourcesWithDetail: readonly CandidateSource[] = ['other', 'referral'];

export function takesSourceDetail(source: CandidateSource): boolean {
  return sourcesWithDetail.includes(source);
}

/**
 * The words beside a source (see sourcesWithDetail): spaces collapsed, empty as none. Words given
 * with any other named source are refused rather than silently dropped.
 */
export function sourceDetailOf(
  source: CandidateSource,
  detail: string | null | undefined,
  path = 'sourceDetail',
): Result<string | null> {
  const words = detail?.trim().replace(/\s+/g, ' ') ?? '';
  if (!words) return ok(null);
  if (words.length > sourceDetailMaxLength) {
    return problem(path, 'too_big', `At most ${sourceDetailMaxLength} characters.`);
  }
  if (!takesSourceDetail(source)) {
    return problem(
      path,
      'source_detail_needs_other',
      'A source detail is for the sources "Other" and "Referral"; choose one or leave the detail empty.',
    );
  }
  return ok(words);
}
