import type { Locator } from 'playwright-core';
import { afterAll, beforeAll, expect, test } from 'vitest';
import { startBrowserSession, type BrowserSession } from './browser';
import { expectNoSidewaysScroll } from './page-width';
import { jakartaTime } from '../support/jakarta-time';
import { fillDateTime } from './date-time';

let session: BrowserSession;
beforeAll(async () => {
  session = await startBrowserSession();
  // Everyone in an active stage of an open job has waited a month: more than Today shows.
  await session.db.query(
    `UPDATE applications a SET stage_entered_at = now() - interval '30 days' FROM jobs j
     WHERE j.id = a.job_id AND j.status = 'open'
       AND a.stage NOT IN ('hired', 'rejected', 'withdrawn')`,
  );
});
afterAll(() => session?.close());

const phone = 375;
const widths = [1280, phone] as const;
const size = (width: number) => (width === phone ? '375' : 'desktop');

test('Today shows ten waiting candidates, the total, and the whole list by stage; interviews to book', async () => {
  const [{ total }] = (await session.db.query<{ total: number }>(
    `SELECT count(*)::int AS total FROM applications a JOIN jobs j ON j.id = a.job_id
     WHERE j.status = 'open' AND a.stage NOT IN ('hired', 'rejected', 'withdrawn')`,
  )) as [{ total: number }];
  expect(total).toBeGreaterThan(10);
  for (const [locale, section, showAll, toBook, stageLabel] of [
    [
      'id',
      'Kandidat yang menunggu terlalu lama',
      'Lihat semua',
      'Interview yang belum dijadwalkan',
      'Tahap',
    ],
    ['en', 'Candidates waiting too long', 'Show all', 'Interviews not booked yet', 'Stage'],
  ] as const) {
    for (const width of widths) {
      const page = await session.newPage({ locale, width });
      await session.signIn(page, 'hr@demo.seleksi.id');
      const waiting = page.getByRole('region', { name: section });
      await waiting.locator('.today__item').first().waitFor();
      expect(await waiting.locator('.today__item').count()).toBe(10);
      expect(await waiting.locator('h2 .badge').textContent()).toBe(String(total));
      await page.getByRole('region', { name: toBook }).waitFor();
      await session.screenshot(page, `daily-today-${locale}-${size(width)}`);
      if (width === phone) await expectNoSidewaysScroll(page);
      await waiting.getByRole('link', { name: `${showAll} (${total})` }).click();
      await page.waitForURL('**/today/waiting?list=too_long');
      await expect.poll(() => page.locator('.today__item').count()).toBe(total);
      await page.getByLabel(stageLabel).selectOption('applied');
      await page.waitForURL('**/today/waiting?list=too_long&stage=applied');
      await expect.poll(() => page.locator('.today__item').count()).toBeLessThan(total);
      await session.screenshot(page, `daily-waiting-${locale}-${size(width)}`);
      if (width === phone) await expectNoSidewaysScroll(page);
      await page.context().close();
    }
  }
});

/** Elements inside `container` that scroll on their own (their content overflows them). */
function scrollersInside(container: Locator): Promise<string[]> {
  return container.evaluate((root) =>
    [...root.querySelectorAll('*')]
      .filter((element) => {
        const { overflowY } = getComputedStyle(element);
        const scrolls = overflowY === 'auto' || overflowY === 'scroll';
        return scrolls && element.scrollHeight > element.clientHeight + 1;
      })
      .map((element) => element.className || element.tagName),
  );
}

test('board cards show the next interview and why they need action; bulk reject names and previews', async () => {
  for (const [locale, needs, reject, emailLabel, names] of [
    [
      'en',
      'Needs action',
      'Reject selected',
      'E-mail the candidate the rejection',
      'These 2 candidates',
    ],
    ['id', 'Perlu tindakan', 'Tolak yang dipilih', 'Kirim e-mail penolakan', '2 kandidat berikut'],
  ] as const) {
    for (const width of widths) {
      const page = await session.newPage({ locale, width });
      await session.signIn(page, 'hr@demo.seleksi.id');
      const [job] = await session.db.query<{ id: string }>(
        `SELECT j.id FROM jobs j JOIN applications a ON a.job_id = j.id
         JOIN interviews i ON i.application_id = a.id AND i.status = 'scheduled' AND i.starts_at > now()
         WHERE j.status = 'open' GROUP BY j.id ORDER BY count(*) DESC LIMIT 1`,
      );
      await page.goto(`${session.baseUrl}/jobs/${job!.id}`);
      await page.getByTestId('board-card').first().waitFor();
      await expect.poll(() => page.getByTestId('card-interview').count()).toBeGreaterThan(0);
      expect(await page.getByTestId('card-attention').first().textContent()).toContain(needs);
      await session.screenshot(page, `daily-board-${locale}-${size(width)}`);

      const boxes = page.locator('.card__head input[type=checkbox]');
      const picked: string[] = [];
      for (const index of [0, 1]) {
        await boxes.nth(index).check();
        picked.push((await page.locator('.card__name').nth(index).textContent())!);
      }
      await page.getByRole('button', { name: reject }).click();
      const dialog = page.locator('dialog');
      await expect.poll(() => dialog.textContent()).toContain(names);
      for (const name of picked)
        expect(await dialog.locator('.move-names').textContent()).toContain(name);
      await dialog.getByLabel(emailLabel, { exact: false }).check();
      const preview = dialog.locator('.email-preview');
      await preview.locator('pre').first().waitFor();
      expect(await preview.locator('summary').allTextContents()).toHaveLength(2);
      expect(await preview.locator('pre').first().textContent()).toContain(picked[0]!.trim());
      await session.screenshot(page, `daily-bulk-reject-${locale}-${size(width)}`);
      // One scroll: the dialog's, never a list or preview scrolling inside it.
      expect(await scrollersInside(dialog)).toEqual([]);
      await dialog.evaluate((element) => (element.scrollTop = element.scrollHeight));
      await session.screenshot(page, `daily-bulk-reject-end-${locale}-${size(width)}`);
      if (width === phone) await expectNoSidewaysScroll(page);
      await page.context().close();
    }
  }
});

test('HR picks a time the candidate proposed in one click and the interview moves to it', async () => {
  const [interview] = await session.db.query<{ id: string; candidateId: string }>(
    `SELECT i.id, a.candidate_id AS "candidateId" FROM interviews i
     JOIN applications a ON a.id = i.application_id JOIN jobs j ON j.id = a.job_id
     WHERE i.status = 'scheduled' AND i.starts_at > now() AND j.status = 'open'
     ORDER BY i.starts_at LIMIT 1`,
  );
  const proposedLocal = jakartaTime(9, 14);
  const proposed = new Date(`${proposedLocal}:00+07:00`).toISOString();
  await session.db.query(
    `UPDATE interviews SET candidate_response = 'reschedule_requested' WHERE id = $1`,
    [interview!.id],
  );
  await session.db.query(
    `INSERT INTO interview_events (interview_id, kind, proposed_times, reason)
     VALUES ($1, 'reschedule_requested', $2, 'Saya ada ujian')`,
    [
      interview!.id,
      JSON.stringify([proposed, new Date(Date.parse(proposed) + 86_400_000).toISOString()]),
    ],
  );
  for (const [locale, width] of [
    ['id', phone],
    ['en', 1280],
  ] as const) {
    const page = await session.newPage({ locale, width });
    await session.signIn(page, 'hr@demo.seleksi.id');
    await page.goto(`${session.baseUrl}/candidates/${interview!.candidateId}`);
    const use = page.getByRole('button', { name: locale === 'id' ? /^Pakai / : /^Use / }).first();
    await use.waitFor();
    await session.screenshot(page, `daily-proposed-${locale}-${size(width)}`);
    await use.click();
    const dialog = page.locator('dialog');
    // The proposed time fills the day-first date and the 24-hour time.
    const label = locale === 'id' ? 'Tanggal dan jam' : 'Date and time';
    const when = dialog.getByRole('group', { name: label, exact: true });
    const [day, time] = proposedLocal.split('T') as [string, string];
    expect(await when.locator('input').nth(0).inputValue()).toBe(
      day.split('-').reverse().join('/'),
    );
    expect((await when.locator('input').nth(1).inputValue()).replace('.', ':')).toBe(time);
    expect(await dialog.locator('[aria-pressed=true]').count()).toBe(1);
    await session.screenshot(page, `daily-proposed-dialog-${locale}-${size(width)}`);
    // A Sunday is said, not refused (a new user booked one with no word).
    await fillDateTime(dialog, label, sundayAhead());
    await expect
      .poll(() => dialog.locator('.schedule-hours').textContent())
      .toContain(locale === 'id' ? 'hari Sabtu atau Minggu' : 'on a Saturday or Sunday');
    await session.screenshot(page, `daily-sunday-warning-${locale}-${size(width)}`);
    await fillDateTime(dialog, label, proposedLocal);
    if (locale === 'en') {
      await dialog.locator('button[type=submit]').click();
      await dialog.waitFor({ state: 'hidden' });
      const [moved] = await session.db.query<{ startsAt: Date; candidateResponse: string }>(
        `SELECT starts_at AS "startsAt", candidate_response AS "candidateResponse" FROM interviews WHERE id = $1`,
        [interview!.id],
      );
      expect(moved!.startsAt.toISOString()).toBe(proposed);
      // The request is answered: no more proposals to pick.
      await expect.poll(() => page.getByRole('button', { name: /^Use / }).count()).toBe(0);
    }
    await page.context().close();
  }
});

/** 10:00 on a Sunday at least a week ahead, as the schedule dialog's time field takes it. */
function sundayAhead(): string {
  const day = new Date(Date.now() + 7 * 86_400_000);
  day.setUTCDate(day.getUTCDate() + ((7 - day.getUTCDay()) % 7));
  return `${day.toISOString().slice(0, 10)}T10:00`;
}
