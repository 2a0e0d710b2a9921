import type { EmploymentType, WorkMode } from './job';
import { careersPageInLocale, careersPath } from './careers';
import { locales, type Locale } from './locale';

/**
 * What search engines and job boards read from the careers pages: schema.org `JobPosting`
 * (Google for Jobs), a sitemap and an RSS 2.0 feed of the open jobs. Pure: the caller gives the
 * jobs, the employer and the site's public address.
 */
export interface PostedJob {
  id: string;
  title: string;
  description: string;
  city: string;
  workMode: WorkMode;
  employmentType: EmploymentType;
  requiredSkills: readonly string[];
  createdAt: Date;
  updatedAt: Date;
  /** The monthly band in rupiah, only when the job shows it on the careers page. */
  salaryBand: { min: number; max: number } | null;
}

export interface Employer {
  name: string;
  /** Absolute URL of the logo, when there is one. */
  logoUrl: string | null;
}

/** How long one period of a posting's validity lasts; an open job's posting renews period by period. */
export const postingValidDays = 30;

const dayMs = 24 * 60 * 60 * 1000;

/**
 * When an open job's posting says it stops being valid. The job has no closing date (a closed
 * job's page is a 404, which is how Google learns it is gone), so the date is counted from a
 * stable fact: the UTC day the job was last changed (edited, or opened), plus whole periods of
 * `postingValidDays`, the first such end still ahead of `now`. Every request and crawl within a
 * period gives the same date, so the page does not change under the crawler; it is never in the
 * past while the job is open, and moves on by one period only when the previous one ends.
 */
export function postingValidThrough(lastChangedAt: Date, now: Date): Date {
  const anchor = Math.floor(lastChangedAt.getTime() / dayMs) * dayMs;
  const period = postingValidDays * dayMs;
  const periods = Math.max(1, Math.floor((now.getTime() - anchor) / period) + 1);
  return new Date(anchor + periods * period);
}

/**
 * Google's employment types. A contract job (PKWT) is a fixed-term employee, full time: for
 * Google CONTRACTOR means an independent contractor, which is what freelance work is.
 */
const schemaEmploymentType: Record<EmploymentType, string | readonly string[]> = {
  full_time: 'FULL_TIME',
  part_time: 'PART_TIME',
  contract: ['FULL_TIME', 'TEMPORARY'],
  internship: 'INTERN',
  freelance: 'CONTRACTOR',
};

/**
 * Where a job is, in the careers page's words (`workMode.*` there, the same in both languages):
 * a remote job's city is only the office's, so the feed and the page's title say Remote instead.
 */
export function postedLocation(job: Pick<PostedJob, 'city' | 'workMode'>): string {
  if (job.workMode === 'remote') return 'Remote';
  return job.workMode === 'hybrid' ? `${job.city} · Hybrid` : job.city;
}

const atCompany: Record<Locale, string> = { id: 'di', en: 'at' };

/**
 * A job page's title and link preview: "Data Analyst di PT Maju · Remote". The employer's name
 * (brand settings) says whose job it is in a browser tab or a shared WhatsApp link; without it
 * (the brand not loaded yet) the job and where it is.
 */
export function jobPageTitle(
  job: Pick<PostedJob, 'title' | 'city' | 'workMode'>,
  companyName: string | undefined,
  locale: Locale,
): string {
  const who = companyName?.trim()
    ? `${job.title} ${atCompany[locale]} ${companyName.trim()}`
    : job.title;
  return `${who} · ${postedLocation(job)}`;
}

/**
 * The `JobPosting` object. A remote job is `TELECOMMUTE` with Indonesia as the applicant's
 * location (the system hires in Indonesia: rupiah, BPJS, minimum wages); an onsite or hybrid one
 * names its city. `validThrough` is stable between requests: see `postingValidThrough`.
 */
export function jobPostingData(
  job: PostedJob,
  employer: Employer,
  publicUrl: string,
  now: Date,
): Record<string, unknown> {
  const validThrough = postingValidThrough(job.updatedAt, now);
  const place = {
    '@type': 'Place',
    address: {
      '@type': 'PostalAddress',
      addressLocality: job.city,
      addressCountry: 'ID',
    },
  };
  return {
    '@context': 'https://schema.org/',
    '@type': 'JobPosting',
    title: job.title,
    description: descriptionHtml(job.description),
    identifier: { '@type': 'PropertyValue', name: employer.name, value: job.id },
    datePosted: job.createdAt.toISOString(),
    validThrough: validThrough.toISOString(),
    employmentType: schemaEmploymentType[job.employmentType],
    url: absoluteUrl(publicUrl, careersPath(job)),
    hiringOrganization: {
      '@type': 'Organization',
      name: employer.name,
      sameAs: publicUrl,
      ...(employer.logoUrl ? { logo: employer.logoUrl } : {}),
    },
    ...(job.workMode === 'remote'
      ? {
          jobLocationType: 'TELECOMMUTE',
          applicantLocationRequirements: { '@type': 'Country', name: 'ID' },
        }
      : { jobLocation: place }),
    ...(job.requiredSkills.length > 0 ? { skills: job.requiredSkills.join(', ') } : {}),
    ...(job.salaryBand
      ? {
          baseSalary: {
            '@type': 'MonetaryAmount',
            currency: 'IDR',
            value: {
              '@type': 'QuantitativeValue',
              minValue: job.salaryBand.min,
              maxValue: job.salaryBand.max,
              unitText: 'MONTH',
            },
          },
        }
      : {}),
  };
}

/**
 * JSON for a `<script type="application/ld+json">` element. JSON.stringify leaves `<`, `>` and
 * `&` as they are, so a job text with `</script>` would end the element and run what follows;
 * written as \u escapes they are the same JSON to a parser and inert to the HTML one.
 */
export function jsonForScript(data: unknown): string {
  return JSON.stringify(data)
    .replace(/</g, '\\u003c')
    .replace(/>/g, '\\u003e')
    .replace(/&/g, '\\u0026')
    .replace(/\u2028/g, '\\u2028')
    .replace(/\u2029/g, '\\u2029');
}

/** Google wants the description as HTML: paragraphs and line breaks of the plain text, escaped. */
function descriptionHtml(text: string): string {
  return text
    .replace(/\r\n?/g, '\n')
    .trim()
    .split(/\n{2,}/)
    .map((paragraph) => `<p>${escapeXml(paragraph).replace(/\n/g, '<br>')}</p>`)
    .join('');
}

/**
 * The sitemap of the careers pages: the list and each open job, each in both languages and
 * naming its other-language twin (`xhtml:link` alternates, as search engines ask of a site
 * whose pages exist per language).
 */
export function careersSitemap(jobs: readonly PostedJob[], publicUrl: string): string {
  const entries = (path: string, lastmod: Date | null) => {
    const alternates = locales.map(
      (locale) =>
        `<xhtml:link rel="alternate" hreflang="${locale}" href="${escapeXml(absoluteUrl(publicUrl, careersPageInLocale(path, locale)))}"/>`,
    );
    return locales.map(
      (locale) =>
        `  <url><loc>${escapeXml(absoluteUrl(publicUrl, careersPageInLocale(path, locale)))}</loc>${lastmod ? `<lastmod>${lastmod.toISOString()}</lastmod>` : ''}${alternates.join('')}</url>`,
    );
  };
  const latest = jobs.reduce<Date | null>(
    (max, job) => (max === null || job.updatedAt > max ? job.updatedAt : max),
    null,
  );
  return [
    '<?xml version="1.0" encoding="UTF-8"?>',
    '<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9" xmlns:xhtml="http://www.w3.org/1999/xhtml">',
    ...entries('/careers', latest),
    ...jobs.flatMap((job) => entries(careersPath(job), job.updatedAt)),
    '</urlset>',
    '',
  ].join('\n');
}

/** An RSS 2.0 feed of the open jobs, newest first, for job boards and feed readers. */
export function openJobsFeed(
  jobs: readonly PostedJob[],
  channel: { companyName: string; description: string; publicUrl: string; feedPath: string },
): string {
  const newest = [...jobs].sort((a, b) => b.createdAt.getTime() - a.createdAt.getTime());
  const item = (job: PostedJob) => {
    const link = absoluteUrl(channel.publicUrl, careersPath(job));
    return [
      '    <item>',
      `      <title>${escapeXml(`${job.title} · ${postedLocation(job)}`)}</title>`,
      `      <link>${escapeXml(link)}</link>`,
      `      <guid isPermaLink="false">${escapeXml(job.id)}</guid>`,
      `      <pubDate>${job.createdAt.toUTCString()}</pubDate>`,
      `      <description>${escapeXml(job.description.trim())}</description>`,
      '    </item>',
    ].join('\n');
  };
  return [
    '<?xml version="1.0" encoding="UTF-8"?>',
    '<rss version="2.0" xmlns:atom="http://www.w3.org/2005/Atom">',
    '  <channel>',
    `    <title>${escapeXml(channel.companyName)}</title>`,
    `    <link>${escapeXml(absoluteUrl(channel.publicUrl, '/careers'))}</link>`,
    `    <description>${escapeXml(channel.description)}</description>`,
    `    <atom:link href="${escapeXml(absoluteUrl(channel.publicUrl, channel.feedPath))}" rel="self" type="application/rss+xml"/>`,
    ...(newest[0]
      ? [`    <lastBuildDate>${newest[0].createdAt.toUTCString()}</lastBuildDate>`]
      : []),
    ...newest.map(item),
    '  </channel>',
    '</rss>',
    '',
  ].join('\n');
}

/** robots.txt: everything may be crawled but the API and private links; the sitemap named. */
export function robotsTxt(publicUrl: string): string {
  return [
    'User-agent: *',
    'Disallow: /api/',
    'Disallow: /portal/',
    'Disallow: /talent-pool/',
    'Disallow: /set-password',
    `Sitemap: ${absoluteUrl(publicUrl, '/sitemap.xml')}`,
    '',
  ].join('\n');
}

/** Text safe inside XML/HTML elements and attributes; control characters XML forbids dropped. */
export function escapeXml(text: string): string {
  return [...text]
    .filter((ch) => !forbiddenInXml(ch.codePointAt(0)!))
    .join('')
    .replace(/[&<>"']/g, (ch) => `&#${ch.charCodeAt(0)};`);
}

/** Characters XML 1.0 does not allow at all (C0 controls other than tab and line ends). */
const forbiddenInXml = (code: number) =>
  (code < 0x20 && code !== 0x09 && code !== 0x0a && code !== 0x0d) ||
  code === 0xfffe ||
  code === 0xffff;

/** A path of this site as the absolute URL others (crawlers, link previews) need. */
export const absoluteUrl = (publicUrl: string, path: string) =>
  `${publicUrl.replace(/\/+$/, '')}${path}`;
