import { afterAll, beforeAll, expect, test } from 'vitest';
import { startBrowserSession, type BrowserSession } from './browser';

let session: BrowserSession;
beforeAll(async () => {
  session = await startBrowserSession();
});
afterAll(() => session?.close());

// The weight rule is the interview plan's (0 to 100, with its bounds): the template form names
// them instead of a generic "outside the allowed range", and nothing is saved.
for (const [locale, expected] of [
  [
    'id',
    { weight: 'Bobot dalam keputusan (%)', save: 'Simpan template', says: 'Antara 0 dan 100.' },
  ],
  [
    'en',
    { weight: 'Weight in the decision (%)', save: 'Save template', says: 'Between 0 and 100.' },
  ],
] as const) {
  test(`a stage template weight of 150 reads "${expected.says}" (${locale})`, async () => {
    const page = await session.signedInPage('admin@demo.seleksi.id', {
      locale,
      path: '/settings/interview-templates',
    });
    const hr = page.locator('section.plan-stage').first();
    const weight = hr.getByLabel(expected.weight, { exact: true });
    await weight.fill('150');
    await hr.getByRole('button', { name: expected.save }).click();
    const error = hr.locator('.field__error', { hasText: expected.says });
    await error.waitFor();
    expect(await hr.locator('.field__error').allTextContents()).toEqual([expected.says]);
    await session.screenshot(page, `stage-template-weight-${locale}`);
    await page.reload();
    await expect
      .poll(() =>
        page
          .locator('section.plan-stage')
          .first()
          .getByLabel(expected.weight, { exact: true })
          .inputValue(),
      )
      .toBe('30');
  });
}
