import { afterAll, afterEach, beforeAll, expect, test, vi } from 'vitest';
import { testMail } from '../support/test-app';
import { startWebTestApp, type WebTestApp } from '../support/web-test-app';

let web: WebTestApp;
let db: WebTestApp['db'];
let app: WebTestApp['app'];
beforeAll(async () => {
  web = await startWebTestApp({
    'index.html': '<!doctype html><html lang="id"><title>Seleksi</title>',
    'assets/app.js': 'console.log(1)',
  });
  ({ db, app } = web);
});
afterAll(() => web.close());
afterEach(() => vi.useRealTimers());

test('pages of the single-page app get index.html, so deep links and reloads work', async () => {
  for (const url of ['/', '/jobs', `/candidates/${crypto.randomUUID()}?tab=history`]) {
    const reply = await app.inject({ method: 'GET', url });
    expect(reply.statusCode).toBe(200);
    expect(reply.headers['content-type']).toContain('text/html');
    expect(reply.body).toContain('<title>Seleksi</title>');
  }
});

test('built files are served, and a missing file is a 404 rather than the app page', async () => {
  const found = await app.inject({ method: 'GET', url: '/assets/app.js' });
  expect(found.statusCode).toBe(200);
  expect(found.headers['content-type']).toContain('javascript');
  const missing = await app.inject({ method: 'GET', url: '/assets/index-old.js' });
  expect(missing.statusCode).toBe(404);
  expect(missing.headers['content-type']).not.toContain('text/html');
});

test('an unknown API route is a JSON 404 even with the web app present', async () => {
  const reply = await app.inject({ method: 'GET', url: '/api/nothing-here' });
  expect(reply.statusCode).toBe(404);
  expect(reply.json()).toMatchObject({ error: { code: 'not_found' } });
});

test('careers pages carry the title and Open Graph tags link previews need, escaped', async () => {
  const [job] = await db.query<{ id: string }>(
    `INSERT INTO jobs (title, department, city, work_mode, employment_type, description, required_skills, status)
     VALUES ('Admin "Gudang" <Malam>', 'Ops', 'Bekasi', 'onsite', 'full_time',
             'Mengelola stok & pengiriman harian.', '{Excel}', 'open') RETURNING id`,
  );
  const reply = await app.inject({ method: 'GET', url: `/careers/admin-gudang-malam-${job!.id}` });
  expect(reply.statusCode).toBe(200);
  expect(reply.headers['content-type']).toContain('text/html');
  expect(reply.body).toContain(
    `<title>Admin &#34;Gudang&#34; &#60;Malam&#62; di ${testMail.companyName} · Bekasi</title>`,
  );
  expect(reply.body).toContain(
    '<meta property="og:description" content="Mengelola stok &#38; pengiriman harian. (Excel)">',
  );
  expect(reply.body).not.toContain('<Malam>');
  const list = await app.inject({ method: 'GET', url: '/careers' });
  expect(list.body).toContain('<meta property="og:title"');
  const unknown = await app.inject({ method: 'GET', url: `/careers/x-${crypto.randomUUID()}` });
  expect(unknown.statusCode).toBe(404);
  expect(unknown.headers['content-type']).toContain('text/html');
});

test("a job title with replacement patterns ($&, $`, $') stays text in the head, in UTF-8", async () => {
  const title = "Kasir $` $' $& Shift";
  const [job] = await db.query<{ id: string }>(
    `INSERT INTO jobs (title, department, city, work_mode, employment_type, description, required_skills, status)
     VALUES ($1, 'Toko', 'Depok $&', 'onsite', 'full_time', 'Melayani pembeli $\` dengan ramah.', '{}', 'open')
     RETURNING id`,
    [title],
  );
  const reply = await app.inject({ method: 'GET', url: `/careers/kasir-${job!.id}` });
  expect(reply.statusCode).toBe(200);
  expect(reply.headers['content-type']).toBe('text/html; charset=utf-8');
  expect(reply.body).toContain(
    `<title>Kasir $\` $&#39; $&#38; Shift di ${testMail.companyName} · Depok $&#38;</title>`,
  );
  // The shell appears once: nothing of it was copied into the tags.
  expect(reply.body.match(/<title>/g)).toHaveLength(1);
  expect(reply.body.match(/<!doctype html>/g)).toHaveLength(1);
  expect(reply.body).toContain('content="Melayani pembeli $` dengan ramah."');
  const list = await app.inject({ method: 'GET', url: '/careers' });
  expect(list.headers['content-type']).toBe('text/html; charset=utf-8');
});

test('a job page carries its JobPosting JSON-LD, and job text cannot end the script element', async () => {
  const [job] = await db.query<{ id: string }>(
    `INSERT INTO jobs (title, department, city, work_mode, employment_type, description, required_skills,
       status, salary_min, salary_max, salary_shown_on_careers)
     VALUES ('QA </script><script>alert(1)</script>', 'QA', 'Remote', 'remote', 'contract',
             'Menguji aplikasi.', '{}', 'open', 9000000, 12000000, true) RETURNING id`,
  );
  const reply = await app.inject({ method: 'GET', url: `/careers/qa-${job!.id}` });
  const scripts = [...reply.body.matchAll(/<script type="application\/ld\+json">(.*?)<\/script>/g)];
  expect(scripts).toHaveLength(1);
  expect(reply.body).not.toContain('<script>alert(1)');
  const data = JSON.parse(scripts[0]![1]!);
  expect(data).toMatchObject({
    '@type': 'JobPosting',
    title: 'QA </script><script>alert(1)</script>',
    jobLocationType: 'TELECOMMUTE',
    employmentType: ['FULL_TIME', 'TEMPORARY'], // a contract (PKWT) job: a fixed-term employee
    hiringOrganization: { '@type': 'Organization', name: expect.any(String) },
    baseSalary: {
      currency: 'IDR',
      value: { minValue: 9000000, maxValue: 12000000, unitText: 'MONTH' },
    },
  });
  expect(reply.body).toContain('<link rel="alternate" type="application/rss+xml"');
});

test("a remote job's title and link preview say Remote, not the office's city", async () => {
  const [job] = await db.query<{ id: string }>(
    `INSERT INTO jobs (title, department, city, work_mode, employment_type, description, required_skills, status)
     VALUES ('Penulis Konten', 'Marketing', 'Surabaya', 'remote', 'full_time', 'Menulis artikel.', '{}', 'open')
     RETURNING id`,
  );
  const reply = await app.inject({ method: 'GET', url: `/careers/penulis-konten-${job!.id}` });
  // The employer's name (brand settings) says whose job it is, in each language.
  const company = testMail.companyName;
  expect(reply.body).toContain(`<title>Penulis Konten di ${company} · Remote</title>`);
  expect(reply.body).toContain(
    `<meta property="og:title" content="Penulis Konten di ${company} · Remote">`,
  );
  const english = await app.inject({
    method: 'GET',
    url: `/careers/penulis-konten-${job!.id}?lang=en`,
  });
  expect(english.body).toContain(`<title>Penulis Konten at ${company} · Remote</title>`);
  expect(english.body).toContain(
    `<meta property="og:title" content="Penulis Konten at ${company} · Remote">`,
  );
  expect(reply.body).not.toContain('Surabaya');
});

test('each careers page has an English address (?lang=en) with an English head, and both name each other', async () => {
  const [job] = await db.query<{ id: string }>(
    `INSERT INTO jobs (title, department, city, work_mode, employment_type, description, required_skills, status)
     VALUES ('Akuntan', 'Keuangan', 'Medan', 'onsite', 'full_time', 'Menyusun laporan.', '{}', 'open')
     RETURNING id`,
  );
  const base = testMail.publicUrl;
  for (const path of ['/careers', `/careers/akuntan-${job!.id}`]) {
    const indonesian = (await app.inject({ method: 'GET', url: path })).body;
    const english = (await app.inject({ method: 'GET', url: `${path}?lang=en` })).body;
    for (const body of [indonesian, english]) {
      expect(body).toContain(`<link rel="alternate" hreflang="id" href="${base}${path}">`);
      expect(body).toContain(`<link rel="alternate" hreflang="en" href="${base}${path}?lang=en">`);
      expect(body).toContain(`<link rel="alternate" hreflang="x-default" href="${base}${path}">`);
    }
    expect(indonesian).toContain(`<link rel="canonical" href="${base}${path}">`);
    expect(indonesian).toContain('<html lang="id">');
    expect(english).toContain(`<link rel="canonical" href="${base}${path}?lang=en">`);
    expect(english).toContain(`<meta property="og:url" content="${base}${path}?lang=en">`);
    expect(english).toContain('<html lang="en">');
  }
  const list = async (query: string) =>
    /<title>(.*?)<\/title>/.exec(
      (await app.inject({ method: 'GET', url: `/careers${query}` })).body,
    )![1];
  expect(await list('')).toMatch(/^Lowongan kerja · /);
  expect(await list('?lang=en')).toMatch(/^Careers · /);
  // Any other value is the Indonesian page, not an error.
  expect(await list('?lang=xx')).toMatch(/^Lowongan kerja · /);
  const missing = await app.inject({
    method: 'GET',
    url: `/careers/x-${crypto.randomUUID()}?lang=en`,
  });
  expect(missing.statusCode).toBe(404);
  expect(missing.body).toContain('<title>Job not found</title>');
});

test('og:url and the canonical link are absolute, from the configured public URL', async () => {
  const [job] = await db.query<{ id: string }>(
    `INSERT INTO jobs (title, department, city, work_mode, employment_type, description, required_skills, status)
     VALUES ('Kurir', 'Ops', 'Bogor', 'onsite', 'full_time', 'Mengantar paket.', '{}', 'open') RETURNING id`,
  );
  const page = `${testMail.publicUrl}/careers/kurir-${job!.id}`;
  expect(page).toMatch(/^https?:\/\//);
  const reply = await app.inject({ method: 'GET', url: `/careers/kurir-${job!.id}` });
  expect(reply.body).toContain(`<meta property="og:url" content="${page}">`);
  expect(reply.body).toContain(`<link rel="canonical" href="${page}">`);
  const list = await app.inject({ method: 'GET', url: '/careers' });
  expect(list.body).toContain(`<meta property="og:url" content="${testMail.publicUrl}/careers">`);
  expect(list.body).toContain(`<link rel="canonical" href="${testMail.publicUrl}/careers">`);
  // A missing job's page is nobody's canonical address.
  const unknown = await app.inject({ method: 'GET', url: `/careers/x-${crypto.randomUUID()}` });
  expect(unknown.body).not.toContain('rel="canonical"');
});

test('validThrough stays the same between requests, whatever the clock says, while a period lasts', async () => {
  const [job] = await db.query<{ id: string }>(
    `INSERT INTO jobs (title, department, city, work_mode, employment_type, description, required_skills,
       status, updated_at)
     VALUES ('Staf Gudang', 'Ops', 'Cikarang', 'onsite', 'full_time', 'Menata stok.', '{}', 'open',
             '2026-12-01T09:30:00Z') RETURNING id`,
  );
  const validThroughAt = async (clock: string) => {
    vi.useFakeTimers({ toFake: ['Date'], now: new Date(clock) });
    const reply = await app.inject({ method: 'GET', url: `/careers/staf-gudang-${job!.id}` });
    vi.useRealTimers();
    const [, json] = /<script type="application\/ld\+json">(.*?)<\/script>/.exec(reply.body)!;
    return (JSON.parse(json!) as { validThrough: string }).validThrough;
  };
  const morning = await validThroughAt('2026-12-05T01:00:00Z');
  expect(morning).toBe('2026-12-31T00:00:00.000Z');
  // The same day, and days apart within the period: the page does not move under the crawler.
  expect(await validThroughAt('2026-12-05T22:59:00Z')).toBe(morning);
  expect(await validThroughAt('2026-12-19T07:00:00Z')).toBe(morning);
  expect(await validThroughAt('2026-12-30T23:59:00Z')).toBe(morning);
  // Once the period ends the open job's posting renews for one more, never lying in the past.
  expect(await validThroughAt('2026-12-31T00:00:01Z')).toBe('2027-01-30T00:00:00.000Z');
});
