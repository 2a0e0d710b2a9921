import type { FastifyInstance } from 'fastify';
import type { MailSettings } from '../config';
import type { Database } from '../db/database';
import { robotsTxt } from '../domain/job-posting';
import { careersSitemapXml, openJobsRss } from '../services/careers/job-postings';

/** Where the feed of open jobs lives (job boards and feed readers subscribe to it). */
export const openJobsFeedPath = '/careers/jobs.rss';

/**
 * What crawlers and job boards read: robots.txt naming the sitemap, the sitemap of the careers
 * pages, and an RSS 2.0 feed of the open jobs. Registered before the careers pages so that
 * `/careers/jobs.rss` is the feed, not a job slug. Short caching: a closed job should leave soon.
 */
export function registerJobFeeds(app: FastifyInstance, db: Database, mail: MailSettings): void {
  const cache = 'public, max-age=300';
  app.get('/robots.txt', async (_request, reply) =>
    reply
      .type('text/plain; charset=utf-8')
      .header('cache-control', cache)
      .send(robotsTxt(mail.publicUrl)),
  );
  app.get('/sitemap.xml', async (_request, reply) =>
    reply
      .type('application/xml; charset=utf-8')
      .header('cache-control', cache)
      .send(await careersSitemapXml(db, mail)),
  );
  app.get(openJobsFeedPath, async (_request, reply) =>
    reply
      .type('application/rss+xml; charset=utf-8')
      .header('cache-control', cache)
      .send(await openJobsRss(db, mail, openJobsFeedPath)),
  );
}
