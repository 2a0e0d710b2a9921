import { describe, expect, test } from 'vitest';
import { careersPath } from '../../src/domain/careers';
import {
  careersSitemap,
  jobPostingData,
  jsonForScript,
  openJobsFeed,
  postingValidThrough,
  type PostedJob,
} from '../../src/domain/job-posting';

/**
 * Google for Jobs lists a posting only with these properties
 * (developers.google.com/search/docs/appearance/structured-data/job-posting, "Required
 * properties"): title, description, datePosted, hiringOrganization (with a name), and
 * jobLocation, or for a fully remote job jobLocationType TELECOMMUTE with
 * applicantLocationRequirements.
 */
const googleEmploymentTypes = [
  'FULL_TIME',
  'PART_TIME',
  'CONTRACTOR',
  'TEMPORARY',
  'INTERN',
  'VOLUNTEER',
  'PER_DIEM',
  'OTHER',
];

function missingRequiredFields(data: Record<string, unknown>): string[] {
  const missing: string[] = [];
  if (data['@context'] !== 'https://schema.org/' || data['@type'] !== 'JobPosting') {
    missing.push('@type');
  }
  for (const field of ['title', 'description', 'datePosted'] as const) {
    if (typeof data[field] !== 'string' || data[field] === '') missing.push(field);
  }
  const org = data.hiringOrganization as { '@type'?: string; name?: string } | undefined;
  if (!org || org['@type'] !== 'Organization' || !org.name) missing.push('hiringOrganization');
  const remote =
    data.jobLocationType === 'TELECOMMUTE' &&
    (data.applicantLocationRequirements as { '@type'?: string; name?: string } | undefined)
      ?.name !== undefined;
  const place = data.jobLocation as
    { address?: { addressLocality?: string; addressCountry?: string } } | undefined;
  if (!remote && !(place?.address?.addressLocality && place.address.addressCountry)) {
    missing.push('jobLocation');
  }
  if (Number.isNaN(Date.parse(String(data.datePosted)))) missing.push('datePosted');
  if (data.validThrough !== undefined && Number.isNaN(Date.parse(String(data.validThrough)))) {
    missing.push('validThrough');
  }
  // Recommended, and then one of Google's values or a list of them.
  const types = [data.employmentType ?? []].flat();
  if (!types.every((type) => googleEmploymentTypes.includes(type as string))) {
    missing.push('employmentType');
  }
  return missing;
}

const job: PostedJob = {
  id: '0b8a3f2e-1c4d-4e5f-9a6b-7c8d9e0f1a2b',
  title: 'Backend Developer </script><script>alert(1)</script>',
  description: 'Membangun layanan API.\n\nTim kecil & cepat <b>.',
  city: 'Jakarta Selatan',
  workMode: 'hybrid',
  employmentType: 'full_time',
  requiredSkills: ['Node.js', 'PostgreSQL'],
  createdAt: new Date('2026-11-02T03:00:00Z'),
  updatedAt: new Date('2026-11-20T03:00:00Z'),
  salaryBand: { min: 12_000_000, max: 18_000_000 },
};
const employer = { name: 'PT Maju Bersama', logoUrl: 'https://jobs.example.id/api/brand/logo?v=1' };
const now = new Date('2026-12-04T00:00:00Z');

describe('JobPosting structured data', () => {
  test('an onsite or hybrid job has every required field, its city and its monthly IDR band', () => {
    const data = jobPostingData(job, employer, 'https://jobs.example.id', now);
    expect(missingRequiredFields(data)).toEqual([]);
    expect(data).toMatchObject({
      employmentType: 'FULL_TIME',
      datePosted: '2026-11-02T03:00:00.000Z',
      validThrough: '2026-12-20T00:00:00.000Z',
      url: `https://jobs.example.id/careers/backend-developer-script-script-alert-1-script-${job.id}`,
      hiringOrganization: { name: 'PT Maju Bersama', logo: employer.logoUrl },
      jobLocation: { address: { addressLocality: 'Jakarta Selatan', addressCountry: 'ID' } },
      baseSalary: {
        currency: 'IDR',
        value: { minValue: 12_000_000, maxValue: 18_000_000, unitText: 'MONTH' },
      },
    });
    expect(data.description).toBe(
      '<p>Membangun layanan API.</p><p>Tim kecil &#38; cepat &#60;b&#62;.</p>',
    );
  });

  test('a remote job is TELECOMMUTE within Indonesia, and a hidden band is left out', () => {
    const data = jobPostingData(
      { ...job, workMode: 'remote', salaryBand: null, employmentType: 'internship' },
      { name: 'PT Maju Bersama', logoUrl: null },
      'https://jobs.example.id',
      now,
    );
    expect(missingRequiredFields(data)).toEqual([]);
    expect(data.jobLocation).toBeUndefined();
    expect(data.applicantLocationRequirements).toEqual({ '@type': 'Country', name: 'ID' });
    expect(data.employmentType).toBe('INTERN');
    expect(data.baseSalary).toBeUndefined();
  });

  test('a contract (PKWT) job is a fixed-term employee, not an independent contractor; freelance is', () => {
    const posted = (employmentType: PostedJob['employmentType']) =>
      jobPostingData({ ...job, employmentType }, employer, 'https://x', now);
    const contract = posted('contract');
    expect(missingRequiredFields(contract)).toEqual([]);
    expect(contract.employmentType).toEqual(['FULL_TIME', 'TEMPORARY']);
    expect(posted('freelance').employmentType).toBe('CONTRACTOR');
    expect(posted('part_time').employmentType).toBe('PART_TIME');
    expect(missingRequiredFields({ ...contract, employmentType: 'KONTRAK' })).toEqual([
      'employmentType',
    ]);
  });

  test('the check itself catches a posting without a place or an employer', () => {
    const data = jobPostingData(job, employer, 'https://x', now);
    const { jobLocation: _place, hiringOrganization: _org, ...bare } = data;
    expect(missingRequiredFields(bare)).toEqual(['hiringOrganization', 'jobLocation']);
  });

  test('job text cannot close the script element it is written into', () => {
    const json = jsonForScript(jobPostingData(job, employer, 'https://x', now));
    expect(json).not.toMatch(/<\/script/i);
    expect(json).not.toContain('<');
    expect(JSON.parse(json).title).toBe(job.title);
  });
});

describe('validThrough', () => {
  const changed = new Date('2026-11-20T15:45:00Z');
  test('is counted from the day the job last changed, not from the request', () => {
    const first = postingValidThrough(changed, new Date('2026-11-20T16:00:00Z'));
    expect(first.toISOString()).toBe('2026-12-20T00:00:00.000Z');
    for (const clock of ['2026-11-21T00:00:00Z', '2026-12-01T12:34:56Z', '2026-12-19T23:59:59Z'])
      expect(postingValidThrough(changed, new Date(clock))).toEqual(first);
  });
  test('an open job older than a period renews by whole periods and is never in the past', () => {
    expect(postingValidThrough(changed, new Date('2026-12-20T00:00:00Z')).toISOString()).toBe(
      '2027-01-19T00:00:00.000Z',
    );
    const late = new Date('2027-06-01T08:00:00Z');
    expect(postingValidThrough(changed, late).getTime()).toBeGreaterThan(late.getTime());
  });
});

describe('sitemap and feed', () => {
  test('a feed item names where the job is as the careers page does: a remote job says Remote, not the city', () => {
    const feed = (workMode: PostedJob['workMode']) =>
      openJobsFeed([{ ...job, title: 'Data Analyst', workMode }], {
        companyName: 'PT A',
        description: 'Lowongan',
        publicUrl: 'https://jobs.example.id',
        feedPath: '/careers/jobs.rss',
      });
    expect(feed('remote')).toContain('<title>Data Analyst · Remote</title>');
    expect(feed('remote')).not.toContain('Jakarta Selatan');
    expect(feed('onsite')).toContain('<title>Data Analyst · Jakarta Selatan</title>');
  });

  test('the sitemap lists the careers page and each job, escaped', () => {
    const xml = careersSitemap([job], 'https://jobs.example.id/');
    expect(xml).toContain('<loc>https://jobs.example.id/careers</loc>');
    expect(xml).toContain(`-${job.id}</loc><lastmod>2026-11-20T03:00:00.000Z</lastmod>`);
    expect(xml).not.toContain('<script>');
  });

  test('the sitemap lists each page in Indonesian and in English, each naming both as alternates', () => {
    const xml = careersSitemap([job], 'https://jobs.example.id');
    const page = `https://jobs.example.id/careers/${careersPath(job).split('/').at(-1)}`;
    const urls = [...xml.matchAll(/<url>(.*?)<\/url>/g)].map((match) => match[1]!);
    expect(urls.map((url) => /<loc>(.*?)<\/loc>/.exec(url)![1])).toEqual([
      'https://jobs.example.id/careers',
      'https://jobs.example.id/careers?lang=en',
      page,
      `${page}?lang=en`,
    ]);
    for (const url of urls.slice(2)) {
      expect(url).toContain(`<xhtml:link rel="alternate" hreflang="id" href="${page}"/>`);
      expect(url).toContain(`<xhtml:link rel="alternate" hreflang="en" href="${page}?lang=en"/>`);
    }
    expect(xml).toContain('xmlns:xhtml="http://www.w3.org/1999/xhtml"');
  });

  test('the RSS feed has one escaped item per job', () => {
    const xml = openJobsFeed([job], {
      companyName: 'PT A & B',
      description: 'Lowongan',
      publicUrl: 'https://jobs.example.id',
      feedPath: '/careers/jobs.rss',
    });
    expect(xml).toContain('<rss version="2.0"');
    expect(xml).toContain('<title>PT A &#38; B</title>');
    expect(xml.match(/<item>/g)).toHaveLength(1);
    expect(xml).toContain('<title>Backend Developer &#60;/script&#62;'); // escaped title
    expect(xml).toContain('· Jakarta Selatan · Hybrid</title>');
    expect(xml).toContain(`<guid isPermaLink="false">${job.id}</guid>`);
    expect(xml).not.toContain('<script>');
  });
});
