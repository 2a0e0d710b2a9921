import { afterAll, beforeAll, expect, test } from 'vitest';
import { downloadedFile, startBrowserSession, type BrowserSession } from './browser';
import { expectNoSidewaysScroll } from './page-width';

let session: BrowserSession;
beforeAll(async () => {
  session = await startBrowserSession();
});
afterAll(() => session?.close());

const phone = 375;

/** "Periode: 6 Desember 2025 – 6 Desember 2026, 12 bulan terakhir …" as the page should say it. */
function periodLine(locale: 'id' | 'en'): string {
  const today = new Date(Date.now() + 7 * 3_600_000).toISOString().slice(0, 10);
  const yearAgo = `${Number(today.slice(0, 4)) - 1}${today.slice(4)}`;
  const format = new Intl.DateTimeFormat(locale === 'id' ? 'id-ID' : 'en-GB', {
    timeZone: 'Asia/Jakarta',
    day: 'numeric',
    month: 'long',
    year: 'numeric',
  });
  const [from, to] = [yearAgo, today].map((day) =>
    format.format(new Date(`${day}T12:00:00+07:00`)),
  );
  return locale === 'id'
    ? `Periode: ${from} – ${to}, 12 bulan terakhir (belum ada tanggal dipilih).`
    : `Period: ${from} – ${to}, the last 12 months (no dates chosen).`;
}

test('HR reads the funnel, speed and sources with charts beside their tables, in id and en, wide and at 375 px', async () => {
  const [counted] = await session.db.query<{ applications: number }>(
    `SELECT count(*)::int AS applications FROM applications
     WHERE created_at >= now() - interval '12 months'`,
  );
  for (const [locale, heading, funnel, applied] of [
    ['id', 'Laporan', 'Funnel', 'Melamar'],
    ['en', 'Reports', 'Funnel', 'Applied'],
  ] as const) {
    for (const width of [1280, phone]) {
      const page = await session.newPage({ locale, width });
      await session.signIn(page, 'hr@demo.seleksi.id');
      if (width === phone) await page.goto(`${session.baseUrl}/reports`);
      else await page.locator('nav.topbar__nav').getByRole('link', { name: heading }).click();
      await page.getByRole('heading', { name: heading, level: 1 }).waitFor();
      const section = page.getByRole('region', { name: funnel });
      // The first row of the funnel's table: every application of the last 12 months applied.
      const row = section.getByRole('row', { name: new RegExp(`^${applied}`) }).first();
      await row.waitFor();
      expect(await row.locator('td').first().textContent()).toBe(
        new Intl.NumberFormat(locale === 'id' ? 'id-ID' : 'en-GB').format(counted!.applications),
      );
      await page.locator('#speed table').first().waitFor();
      await page.locator('#sources table').first().waitFor();
      // The date inputs are empty, so the page says which period the reports cover.
      await expect
        .poll(() => page.locator('.report-period').textContent())
        .toBe(periodLine(locale));
      // The widest table (calibration, in words) fits its box: its last column is not cut off.
      const calibration = page.locator('#calibration .report-table').first();
      await calibration.waitFor();
      expect(
        await calibration.evaluate((box) => box.scrollWidth - box.clientWidth),
      ).toBeLessThanOrEqual(0);
      if (width === phone) {
        // On a phone the tables stand alone, and nothing is wider than the screen.
        expect(await page.locator('.report-chart').count()).toBe(0);
        await expectNoSidewaysScroll(page);
      } else {
        await expect.poll(() => page.locator('.report-chart svg').count()).toBeGreaterThan(2);
      }
      await session.screenshot(page, `reports-hr-${locale}-${width === phone ? '375' : 'desktop'}`);
      await page.context().close();
    }
  }
});

test('a bad date range is named at the field; a report downloads as CSV', async () => {
  const page = await session.newPage({ locale: 'en' });
  await session.signIn(page, 'hr@demo.seleksi.id');
  await page.goto(`${session.baseUrl}/reports`);
  await page.getByRole('heading', { name: 'Reports', level: 1 }).waitFor();
  await page.getByLabel('Applied from').fill('2026-05-02');
  await page.getByLabel('To', { exact: true }).fill('2026-05-01');
  await page.getByText('The end date must be on or after the start date.').waitFor();
  await page.getByRole('button', { name: 'Clear filters' }).click();
  await page.locator('#funnel table').first().waitFor();

  const download = page.waitForEvent('download');
  await page.locator('#sources').getByRole('link', { name: 'CSV' }).click();
  const file = await download;
  expect(file.suggestedFilename()).toMatch(
    /^seleksi-sources-\d{4}-\d{2}-\d{2}-\d{4}-\d{2}-\d{2}\.csv$/,
  );
  const text = (await downloadedFile(file)).toString('utf8');
  // The file first says what it covers, then the figures.
  expect(
    text.startsWith('\uFEFFAbout this report\r\nFilter,Value\r\nReport,Candidate sources'),
  ).toBe(true);
  expect(text).toContain('\r\nSource,Applications,Interviewed,Reached the offer stage,Hired');
  await page.context().close();
});

test("an interviewer's reports are only their own calibration: no funnel, speed or sources", async () => {
  const page = await session.newPage({ locale: 'id', width: phone });
  await session.signIn(page, 'interviewer@demo.seleksi.id');
  await page.locator('nav.topbar__nav').getByRole('link', { name: 'Laporan' }).click();
  const calibration = page.locator('section#calibration');
  await calibration.waitFor();
  for (const section of ['funnel', 'speed', 'sources'])
    expect(await page.locator(`section#${section}`).count()).toBe(0);
  // The demo's interviews were booked, so scorecards fall due: the late and missing ones are
  // counted "of" those due. Missing: the interview they sat on days ago and have not scored.
  const [owed] = await session.db.query<{ n: number }>(
    `SELECT count(*)::int AS n FROM interviews i
     JOIN users u ON u.email = 'interviewer@demo.seleksi.id' AND u.id = ANY (i.interviewer_ids)
     WHERE i.status = 'scheduled' AND i.starts_at < now() - interval '4 days'
       AND NOT EXISTS (SELECT 1 FROM scorecards s WHERE s.application_id = i.application_id
         AND s.stage = i.stage AND s.interviewer_id = u.id AND s.submitted_at IS NOT NULL)`,
  );
  expect(owed!.n).toBeGreaterThan(0);
  const cell = (column: string) => calibration.locator(`td[data-label="${column}"]`).first();
  await cell('Scorecard belum masuk').waitFor();
  const missing = (await cell('Scorecard belum masuk').textContent())!;
  const late = (await cell('Scorecard terlambat').textContent())!;
  const [, missingCount, due] = /^(\d+) dari (\d+) yang jatuh tempo$/.exec(missing) ?? [];
  expect(Number(missingCount)).toBe(owed!.n);
  expect(Number(due)).toBeGreaterThan(owed!.n);
  expect(late).toMatch(new RegExp(`^\\d+ dari ${due} yang jatuh tempo$`));
  await session.screenshot(page, 'reports-interviewer-id-375');
  await page.context().close();
});

test("a report link for another team's job says so once, downloads nothing, and leads back to all the reader's jobs", async () => {
  const [job] = await session.db.query<{ id: string; title: string }>(
    `SELECT j.id, j.title FROM jobs j WHERE NOT EXISTS (
       SELECT 1 FROM job_team_members m JOIN users u ON u.id = m.user_id
       WHERE m.job_id = j.id AND u.email = 'user@demo.seleksi.id' AND m.team_role = 'hiring_manager')
     ORDER BY j.title LIMIT 1`,
  );
  for (const [locale, width, message, back, heading] of [
    [
      'id',
      phone,
      'Anda tidak punya akses ke laporan lowongan ini, atau lowongannya tidak ada.',
      'Lihat laporan semua lowongan Anda',
      'Funnel',
    ],
    [
      'en',
      1280,
      'You do not have access to this job’s reports, or the job does not exist.',
      'See the reports of all your jobs',
      'Funnel',
    ],
  ] as const) {
    const page = await session.newPage({ locale, width });
    await session.signIn(page, 'user@demo.seleksi.id');
    await page.goto(`${session.baseUrl}/reports?jobId=${job!.id}`);
    await page.getByRole('alert').getByText(message).waitFor();
    // One message, not six failing sections; nothing to download; the job's title not shown.
    expect(await page.locator('.report-section').count()).toBe(0);
    expect(await page.getByRole('link', { name: 'CSV' }).count()).toBe(0);
    expect(await page.getByText(job!.title).count()).toBe(0);
    await session.screenshot(page, `reports-forbidden-job-${locale}-${width}`);
    await page.getByRole('button', { name: back }).click();
    await page.getByRole('region', { name: heading }).locator('table').first().waitFor();
    expect(new URL(page.url()).searchParams.get('jobId')).toBeNull();
    await page.context().close();
  }
});
