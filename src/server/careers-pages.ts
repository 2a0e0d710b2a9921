import type { FastifyInstance } from 'fastify';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { MailSettings } from '../config';
import type { Database } from '../db/database';
import {
  careersLocaleOf,
  careersPageInLocale,
  careersPath,
  jobIdFromSlug,
} from '../domain/careers';
import { absoluteUrl, jobPageTitle, jsonForScript } from '../domain/job-posting';
import { locales, type Locale } from '../domain/locale';
import { currentBrand } from '../services/brand/brand-service';
import { getOpenJob } from '../services/careers/careers-service';
import { jobPostingOf } from '../services/careers/job-postings';
import { NotFound } from '../services/errors';
import { openJobsFeedPath } from './job-feeds';

const escape = (value: string) => value.replace(/[&<>"']/g, (ch) => `&#${ch.charCodeAt(0)};`);

/**
 * The careers pages are the ones people share. Link previews (WhatsApp, LinkedIn, Slack) do not
 * run JavaScript, so the server puts the job's title and summary into the page's <title> and
 * Open Graph tags itself; the single-page app then takes over as on any other page. A job's page
 * also carries its schema.org `JobPosting` (Google for Jobs), and every careers page links the
 * feed of open jobs. Each page has an Indonesian address and an English one (`?lang=en`), which
 * name each other as alternates.
 */
export function registerCareersPages(
  app: FastifyInstance,
  db: Database,
  mail: MailSettings,
  webDir: string,
): void {
  let shell: string | undefined;
  const page = (meta: {
    title: string;
    description: string;
    /** The page's path without its language: each language's address is made from it. */
    path: string;
    locale: Locale;
    siteName: string;
    /** False for the not-found page: a crawler should not keep it as anything's address. */
    canonical: boolean;
    structuredData?: Record<string, unknown> | undefined;
  }) => {
    shell ??= readFileSync(join(webDir, 'index.html'), 'utf8');
    // Link previews and crawlers need absolute addresses; the public URL is the configured one,
    // never the request's Host header (which a client chooses).
    const urlIn = (locale: Locale) =>
      absoluteUrl(mail.publicUrl, careersPageInLocale(meta.path, locale));
    const url = urlIn(meta.locale);
    const tags = [
      `<title>${escape(meta.title)}</title>`,
      `<meta name="description" content="${escape(meta.description)}">`,
      `<meta property="og:type" content="website">`,
      `<meta property="og:title" content="${escape(meta.title)}">`,
      `<meta property="og:description" content="${escape(meta.description)}">`,
      `<meta property="og:url" content="${escape(url)}">`,
      `<meta property="og:locale" content="${ogLocale[meta.locale]}">`,
      ...(meta.canonical
        ? [
            `<link rel="canonical" href="${escape(url)}">`,
            // Each language's address names the other, so both are indexed as one page's twins.
            ...locales.map(
              (locale) =>
                `<link rel="alternate" hreflang="${locale}" href="${escape(urlIn(locale))}">`,
            ),
            `<link rel="alternate" hreflang="x-default" href="${escape(urlIn('id'))}">`,
          ]
        : []),
      `<meta property="og:site_name" content="${escape(meta.siteName)}">`,
      `<meta name="twitter:card" content="summary">`,
      `<link rel="alternate" type="application/rss+xml" title="${escape(meta.siteName)}" href="${openJobsFeedPath}">`,
      // jsonForScript escapes `<`, so job text cannot close the script element.
      ...(meta.structuredData
        ? [`<script type="application/ld+json">${jsonForScript(meta.structuredData)}</script>`]
        : []),
    ].join('\n    ');
    return withLanguage(spliceHead(shell, tags), meta.locale);
  };
  const html = 'text/html; charset=utf-8';
  // The page names this release's hashed scripts: browsers ask again on every visit.
  const noCache = 'no-cache';

  app.get<{ Querystring: { lang?: unknown } }>('/careers', async (request, reply) => {
    const brand = await currentBrand(db, mail);
    const locale = careersLocaleOf(request.query.lang);
    const intro = locale === 'en' ? brand.careersIntroEn : brand.careersIntroId;
    return reply
      .type(html)
      .header('cache-control', noCache)
      .send(
        page({
          title: `${listTitle[locale]} · ${brand.companyName}`,
          description: intro || listDescription[locale],
          path: '/careers',
          locale,
          siteName: brand.companyName,
          canonical: true,
        }),
      );
  });
  app.get<{ Params: { slug: string }; Querystring: { lang?: unknown } }>(
    '/careers/:slug',
    async (request, reply) => {
      const locale = careersLocaleOf(request.query.lang);
      const jobId = jobIdFromSlug(request.params.slug);
      // Only "no such open job" makes the not-found page; a database outage answers as an outage.
      const job = jobId
        ? await getOpenJob(db, jobId).catch((error: unknown) => {
            if (error instanceof NotFound) return undefined;
            throw error;
          })
        : undefined;
      const siteName = (await currentBrand(db, mail)).companyName;
      const meta = job
        ? {
            title: jobPageTitle(job, siteName, locale),
            description: summary(job.description, [...job.requiredSkills, ...job.tools]),
            path: careersPath(job),
            locale,
            siteName,
            canonical: true,
            structuredData: await jobPostingOf(db, mail, job),
          }
        : {
            title: notFoundTitle[locale],
            description: '',
            path: '/careers',
            locale,
            siteName,
            canonical: false,
          };
      // An unknown or closed job is still the app's page (it says so), but a 404 for crawlers.
      return reply
        .status(job ? 200 : 404)
        .type(html)
        .header('cache-control', noCache)
        .send(page(meta));
    },
  );
}

/** The head's words in each language (the job's own text is written once, as HR wrote it). */
const listTitle: Record<Locale, string> = { id: 'Lowongan kerja', en: 'Careers' };
const listDescription: Record<Locale, string> = {
  id: 'Lowongan yang sedang dibuka dan cara melamar.',
  en: 'Open jobs and how to apply.',
};
const notFoundTitle: Record<Locale, string> = {
  id: 'Lowongan tidak ditemukan',
  en: 'Job not found',
};
const ogLocale: Record<Locale, string> = { id: 'id_ID', en: 'en_US' };

/**
 * The tags replace the shell's <title>. Spliced by position, never with String.replace: its `$&`,
 * `$'` and `` $` `` patterns would let a job title copy page markup into the head.
 */
function spliceHead(shell: string, tags: string): string {
  const start = shell.indexOf('<title>');
  const end = start < 0 ? -1 : shell.indexOf('</title>', start);
  if (end < 0) return shell;
  return shell.slice(0, start) + tags + shell.slice(end + '</title>'.length);
}

/** The page's language on <html>, which the shell writes as Indonesian. */
function withLanguage(html: string, locale: Locale): string {
  const tag = '<html lang="id">';
  const at = html.indexOf(tag);
  if (locale === 'id' || at < 0) return html;
  return `${html.slice(0, at)}<html lang="${locale}">${html.slice(at + tag.length)}`;
}

function summary(description: string, terms: string[]): string {
  const text = description.replace(/\s+/g, ' ').trim();
  const short = text.length > 180 ? `${text.slice(0, 177).replace(/\s+\S*$/, '')}…` : text;
  return terms.length ? `${short} (${terms.slice(0, 6).join(', ')})` : short;
}
