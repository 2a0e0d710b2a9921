import { afterAll, beforeAll, expect, test } from 'vitest';
import { startBrowserSession, type BrowserSession } from './browser';
import { expectNoSidewaysScroll } from './page-width';

/**
 * Today per role (retrial24 M7, L7, L8): a hiring manager's own interviews first, her jobs' others
 * folded away; another zone's time with the reader's beside it; an admin's first steps.
 */
let session: BrowserSession;
beforeAll(async () => {
  session = await startBrowserSession();
});
afterAll(() => session?.close());

const phone = 375;

test("a hiring manager's Today lists her own interviews, her jobs' others folded, each time also in WIB", async () => {
  // An HR interview of her job she is not on, booked in Makassar time, three days ahead.
  const [other] = await session.db.query<{ name: string; userId: string }>(
    `WITH manager AS (SELECT id FROM users WHERE email = 'user@demo.seleksi.id'),
     picked AS (
       SELECT i.id FROM interviews i JOIN applications a ON a.id = i.application_id
       JOIN job_team_members m ON m.job_id = a.job_id AND m.team_role = 'hiring_manager'
       WHERE m.user_id = (SELECT id FROM manager) AND i.status = 'scheduled' AND i.stage = 'hr'
       ORDER BY i.starts_at LIMIT 1)
     UPDATE interviews i SET time_zone = 'Asia/Makassar',
       interviewer_ids = array_remove(i.interviewer_ids, (SELECT id FROM manager)),
       starts_at = date_trunc('day', now() + interval '3 days') + interval '3 hours'
     FROM picked, applications a, candidates c
     WHERE i.id = picked.id AND a.id = i.application_id AND c.id = a.candidate_id
     RETURNING c.full_name AS name, (SELECT id FROM manager) AS "userId"`,
  );
  expect(other, 'a booked HR interview of the demo manager’s job').toBeDefined();
  for (const [locale, title, group, time] of [
    ['id', 'Jadwal interview', 'Interview lain di lowongan Anda', /11\.00 WITA \(10\.00 WIB\)/],
    ['en', 'Interviews', 'Other interviews for your jobs', /11:00 WITA \(10:00 WIB\)/],
  ] as const) {
    for (const width of [1280, phone]) {
      const page = await session.signedInPage('user@demo.seleksi.id', { locale, width });
      const own = page.getByRole('region', { name: title, exact: true });
      await own.waitFor();
      // Her own list has no line she is not on.
      expect(await own.getByText(other!.name).count()).toBe(0);
      const folded = page.getByRole('region', { name: group });
      await folded.waitFor();
      const line = folded.locator('.today__item', { hasText: other!.name });
      expect(await line.isVisible()).toBe(false);
      await session.screenshot(page, `today-manager-folded-${locale}-${width}`);
      await folded.locator('summary').click();
      await line.waitFor();
      expect(await line.textContent()).toMatch(time);
      await session.screenshot(page, `today-manager-open-${locale}-${width}`);
      if (width === phone) await expectNoSidewaysScroll(page);
      await page.context().close();
    }
  }
});

test("an admin's Today on a company with no name yet shows the first steps, each a link, and hides them on request", async () => {
  const [brandRow] = await session.db.query<{ name: string | null }>(
    'SELECT company_name AS name FROM brand_settings',
  );
  await session.db.query('UPDATE brand_settings SET company_name = NULL');
  try {
    for (const [locale, title, brand, hide] of [
      ['id', 'Mulai pakai Seleksi', 'Isi nama dan merek perusahaan', 'Sembunyikan daftar ini'],
      ['en', 'Getting started with Seleksi', "Set your company's name and brand", 'Hide this list'],
    ] as const) {
      for (const width of [1280, phone]) {
        const page = await session.signedInPage('admin@demo.seleksi.id', { locale, width });
        const checklist = page.getByRole('region', { name: title });
        await checklist.waitFor();
        // The demo company has its team, jobs and candidates: only the name is left.
        expect(await checklist.getByRole('link').count()).toBe(1);
        await session.screenshot(page, `today-getting-started-${locale}-${width}`);
        if (width === phone) await expectNoSidewaysScroll(page);
        if (width === phone && locale === 'en') {
          await checklist.getByRole('button', { name: hide }).click();
          await checklist.waitFor({ state: 'detached' });
          await page.reload();
          await page.getByRole('heading', { name: 'Today', level: 1 }).waitFor();
          expect(await page.getByRole('region', { name: title }).count()).toBe(0);
        } else {
          await checklist.getByRole('link', { name: brand }).click();
          await page.waitForURL('**/settings/brand');
        }
        await page.context().close();
      }
    }
  } finally {
    await session.db.query('UPDATE brand_settings SET company_name = $1', [brandRow?.name ?? null]);
  }
});
