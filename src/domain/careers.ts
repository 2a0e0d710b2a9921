import type { FieldProblem } from './result';
import type { Locale } from './locale';

/** The public side of a job: where it is shared and what a candidate agrees to when applying. */

/**
 * The version of the privacy notice shown on the apply form. Change it whenever the notice's
 * text changes, so every consent records which words the candidate actually agreed to.
 */
export const privacyNoticeVersion = '2026-12-04.1';

/** A consent given on an older notice is not a consent to the current words. */
export function outdatedNoticeProblem(version: string): FieldProblem | undefined {
  if (version === privacyNoticeVersion) return undefined;
  return {
    path: 'privacyNoticeVersion',
    code: 'outdated_privacy_notice',
    message: 'The privacy notice has changed; reload the page and read it again.',
  };
}

/** "Backend Developer (Go)" → "backend-developer-go": readable in a shared link. */
export function slugify(title: string): string {
  return (
    title
      .normalize('NFD')
      .replace(/\p{M}/gu, '')
      .toLowerCase()
      .replace(/[^a-z0-9]+/g, '-')
      .replace(/^-+|-+$/g, '')
      .slice(0, 60) || 'lowongan'
  );
}

/** A job's public path: the title for people, the id for the server. */
export function careersPath(job: { id: string; title: string }): string {
  return `/careers/${slugify(job.title)}-${job.id}`;
}

const idAtEnd = /([0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12})$/;

/** The job id in a careers slug; a changed title still finds the job. */
export function jobIdFromSlug(slug: string): string | undefined {
  return idAtEnd.exec(slug.toLowerCase())?.[1];
}

/**
 * Each careers page has an address per language, so search engines index both: Indonesian at
 * the plain path (the default), English with `?lang=en`. The pages link each other as alternates
 * (`hreflang`) and the sitemap lists both.
 */
export function careersPageInLocale(path: string, locale: Locale): string {
  return locale === 'en' ? `${path}?lang=en` : path;
}

/** The language a careers address asks for: `?lang=en` is English, anything else Indonesian. */
export function careersLocaleOf(lang: unknown): Locale {
  return lang === 'en' ? 'en' : 'id';
}
