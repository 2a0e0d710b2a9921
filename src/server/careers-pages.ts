import type { FastifyInstance } from 'fastify';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { MailSettings } from '../config';
import type { Database } from '../db/database';
import { careersPath, jobIdFromSlug } from '../domain/careers';
import { absoluteUrl, jsonForScript, postedLocation } from '../domain/job-posting';
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
 * feed of open jobs.
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
    path: string;
    siteName: string;
    /** False for the not-found page: a crawler should not keep it as anything's address. */
    canonical: boolean;
    structuredData?: Record<string, unknown> | undefined;
  }) => {
    shell ??= readFileSync(join(webDir, 'index.html'), 'utf8');
    // Link previews and crawlers need absolute addresses; the public URL is the configured one,
    // never the request's Host header (which a client chooses).
    const url = absoluteUrl(mail.publicUrl, meta.path);
    const tags = [
      `<title>${escape(meta.title)}</title>`,
      `<meta name="description" content="${escape(meta.description)}">`,
      `<meta property="og:type" content="website">`,
      `<meta property="og:title" content="${escape(meta.title)}">`,
      `<meta property="og:description" content="${escape(meta.description)}">`,
      `<meta property="og:url" content="${escape(url)}">`,
      ...(meta.canonical ? [`<link rel="canonical" href="${escape(url)}">`] : []),
      `<meta property="og:site_name" content="${escape(meta.siteName)}">`,
      `<meta name="twitter:card" content="summary">`,
      `<link rel="alternate" type="application/rss+xml" title="${escape(meta.siteName)}" href="${openJobsFeedPath}">`,
      // jsonForScript escapes `<`, so job text cannot close the script element.
      ...(meta.structuredData
        ? [`<script type="application/ld+json">${jsonForScript(meta.structuredData)}</script>`]
        : []),
    ].join('\n    ');
    // Spliced by position, never with String.replace: its `$&`, `$'` and `` $` `` patterns would
    // let a job title copy page markup into the head.
    const start = shell.indexOf('<title>');
    const end = start < 0 ? -1 : shell.indexOf('</title>', start);
    if (end < 0) return shell;
    return shell.slice(0, start) + tags + shell.slice(end + '</title>'.length);
  };
  const html = 'text/html; charset=utf-8';
  // The page names this release's hashed scripts: browsers ask again on every visit.
  const noCache = 'no-cache';

  app.get('/careers', async (_request, reply) => {
    const brand = await currentBrand(db, mail);
    return reply
      .type(html)
      .header('cache-control', noCache)
      .send(
        page({
          title: `Lowongan kerja · Careers · ${brand.companyName}`,
          description:
            brand.careersIntroId ||
            'Lowongan yang sedang dibuka dan cara melamar. Open jobs and how to apply.',
          path: '/careers',
          siteName: brand.companyName,
          canonical: true,
        }),
      );
  });
  app.get<{ Params: { slug: string } }>('/careers/:slug', async (request, reply) => {
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
          title: `${job.title} · ${postedLocation(job)}`,
          description: summary(job.description, [...job.requiredSkills, ...job.tools]),
          path: careersPath(job),
          siteName,
          canonical: true,
          structuredData: await jobPostingOf(db, mail, job),
        }
      : {
          title: 'Lowongan tidak ditemukan · Job not found',
          description: '',
          path: '/careers',
          siteName,
          canonical: false,
        };
    // An unknown or closed job is still the app's page (it says so), but a 404 for crawlers.
    return reply
      .status(job ? 200 : 404)
      .type(html)
      .header('cache-control', noCache)
      .send(page(meta));
  });
}

function summary(description: string, terms: string[]): string {
  const text = description.replace(/\s+/g, ' ').trim();
  const short = text.length > 180 ? `${text.slice(0, 177).replace(/\s+\S*$/, '')}…` : text;
  return terms.length ? `${short} (${terms.slice(0, 6).join(', ')})` : short;
}
