import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildJob } from '../support/factories';
import { createTestApp, type TestApp } from '../support/test-app';

describe('sitemap, feed and robots.txt', () => {
  let t: TestApp;
  let openId: string;
  let remoteId: string;
  let draftId: string;
  beforeAll(async () => {
    t = await createTestApp();
    openId = (await buildJob(t, { title: 'Data Analyst & <BI>' })).id;
    remoteId = (await buildJob(t, { title: 'Remote QA', workMode: 'remote' })).id;
    const draft = await t.call(t.users.recruiter, 'POST', '/api/jobs', {
      ...(await import('../support/factories')).jobInput(t, { title: 'Secret draft' }),
    });
    draftId = draft.body.id;
  });
  afterAll(() => t.close());

  it('the sitemap lists the careers page and the open jobs only, without a session', async () => {
    const reply = await t.app.inject({ method: 'GET', url: '/sitemap.xml' });
    expect(reply.statusCode).toBe(200);
    expect(reply.headers['content-type']).toContain('application/xml');
    expect(reply.body).toMatch(/<loc>http[^<]+\/careers<\/loc>/);
    expect(reply.body).toContain(`-${openId}</loc>`);
    expect(reply.body).toContain(`-${remoteId}</loc>`);
    // Each page in both languages: the English address is `?lang=en`.
    expect(reply.body).toContain(`-${openId}?lang=en</loc>`);
    expect(reply.body).toMatch(/<loc>http[^<]+\/careers\?lang=en<\/loc>/);
    expect(reply.body).not.toContain(draftId);
  });

  it('the RSS feed has an escaped item per open job', async () => {
    const reply = await t.app.inject({ method: 'GET', url: '/careers/jobs.rss' });
    expect(reply.statusCode).toBe(200);
    expect(reply.headers['content-type']).toContain('application/rss+xml');
    expect(reply.body).toContain('<rss version="2.0"');
    expect(reply.body).toContain('Data Analyst &#38; &#60;BI&#62;');
    expect(reply.body).not.toContain('<BI>');
    expect(reply.body).not.toContain('Secret draft');
    expect(reply.body.match(/<item>/g)).toHaveLength(2);
    // A remote job is "Remote", as on the careers page, not its office's city.
    expect(reply.body).toContain('<title>Remote QA · Remote</title>');
  });

  it('robots.txt points at the sitemap and keeps crawlers off the API and private links', async () => {
    const reply = await t.app.inject({ method: 'GET', url: '/robots.txt' });
    expect(reply.statusCode).toBe(200);
    expect(reply.body).toMatch(/^Sitemap: http\S+\/sitemap\.xml$/m);
    expect(reply.body).toContain('Disallow: /api/');
    expect(reply.body).toContain('Disallow: /portal/');
  });
});
