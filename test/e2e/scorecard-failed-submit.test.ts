import { afterAll, beforeAll, expect, test } from 'vitest';
import { beginDemoUserInterview } from './begun-user-interview';
import { startBrowserSession, type BrowserSession } from './browser';

/**
 * retrial24 H2: on a phone the hiring manager rates all but one attribute, types evidence and a
 * summary and presses Submit at once. The submit is refused (a rating is missing); what was typed
 * is still on the page, is saved as the draft (a reload brings it back), and the missing rating
 * is the field in focus.
 */
let session: BrowserSession;
let applicationId: string;

beforeAll(async () => {
  session = await startBrowserSession();
  ({ applicationId } = await beginDemoUserInterview(session));
});
afterAll(() => session?.close());

test('a refused submit keeps and saves what was typed, and focuses the missing rating (id and en, 375 px)', async () => {
  const kitPath = `/applications/${applicationId}/interviews/user`;
  for (const [locale, submit, missing, summary] of [
    ['id', 'Kirim scorecard', 'Beri penilaian untuk aspek ini.', 'Kuat sekali.'],
    ['en', 'Submit scorecard', 'Rate this attribute.', 'Very strong indeed.'],
  ] as const) {
    const page = await session.signedInPage('user@demo.seleksi.id', {
      locale,
      width: 375,
      path: kitPath,
    });
    const attributes = page.locator('.scorecard__attribute');
    await attributes.first().waitFor();
    const count = await attributes.count();
    expect(count).toBeGreaterThan(1);
    for (let i = 0; i < count - 1; i++) {
      await attributes.nth(i).locator('input[type="radio"][value="yes"]').check();
      await attributes.nth(i).locator('textarea').fill(`${locale} evidence ${i}`);
    }
    await page.locator('input[name="recommendation"][value="yes"]').check();
    await page.locator('textarea[name="summary"]').fill(summary);
    // Pressed straight away: no autosave has run since the last keystroke.
    await page.getByRole('button', { name: submit }).click();

    const last = attributes.nth(count - 1);
    await expect.poll(() => last.locator('.rating--invalid').textContent()).toContain(missing);
    // Tied to its field as the other forms' errors are: each button invalid, pointing at it.
    const radios = last.locator('input[type="radio"]');
    expect(await radios.count()).toBeGreaterThan(1);
    for (const radio of await radios.all()) {
      expect(await radio.getAttribute('aria-invalid')).toBe('true');
      const described = await radio.getAttribute('aria-describedby');
      expect(await page.locator(`[id="${described}"]`).textContent()).toBe(missing);
    }
    // The rated attributes are not marked.
    expect(
      await attributes.first().locator('input[type="radio"]').first().getAttribute('aria-invalid'),
    ).toBe('false');
    expect(await page.locator('textarea[name="summary"]').inputValue()).toBe(summary);
    // Saved as the draft without waiting for the autosave's pause.
    const savedSummary = async () => {
      const kit = await page.request.get(`${session.baseUrl}/api${kitPath}/kit`);
      return ((await kit.json()) as { ownScorecard: { summary: string } | null }).ownScorecard
        ?.summary;
    };
    await expect.poll(savedSummary, { timeout: 15_000 }).toBe(summary);
    await expect
      .poll(() => page.evaluate(() => document.activeElement?.closest('.rating--invalid') !== null))
      .toBe(true);
    await session.screenshot(page, `scorecard-refused-submit-${locale}-375`);

    // The draft holds everything typed: a reload brings it back.
    await page.reload();
    await attributes.first().waitFor();
    expect(await page.locator('textarea[name="summary"]').inputValue()).toBe(summary);
    for (let i = 0; i < count - 1; i++) {
      expect(await attributes.nth(i).locator('input[value="yes"]').isChecked()).toBe(true);
      expect(await attributes.nth(i).locator('textarea').inputValue()).toBe(
        `${locale} evidence ${i}`,
      );
    }
    expect(await last.locator('input:checked').count()).toBe(0);
    await page.context().close();
  }
});
