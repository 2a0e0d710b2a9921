import type { Page } from 'playwright-core';
import { Secret, TOTP } from 'otpauth';
import { afterAll, beforeAll, expect, test } from 'vitest';
import { demoPassword } from '../../src/services/demo/demo-company';
import { startBrowserSession, type BrowserSession } from './browser';

/** Walk finding M8: a lost phone needs recovery codes, shown once when two-factor is turned on. */
let session: BrowserSession;
beforeAll(async () => {
  session = await startBrowserSession();
});
afterAll(() => session?.close());

const words = {
  id: {
    password: 'Kata sandi',
    signIn: 'Masuk',
    start: 'Pasang verifikasi dua langkah',
    code: 'Kode dari aplikasi',
    turnOn: 'Aktifkan',
    saved: 'Sudah saya simpan',
    left: 'Sisa kode pemulihan: 10 dari 10.',
    useRecovery: 'Pakai kode pemulihan',
    recoveryCode: 'Kode pemulihan',
  },
  en: {
    password: 'Password',
    signIn: 'Sign in',
    start: 'Set up two-factor sign-in',
    code: 'Code from the app',
    turnOn: 'Turn on',
    saved: 'I have saved them',
    left: 'Recovery codes left: 10 of 10.',
    useRecovery: 'Use a recovery code',
    recoveryCode: 'Recovery code',
  },
};

async function signIn(page: Page, email: string, locale: 'id' | 'en', code?: string) {
  const w = words[locale];
  await page.goto(`${session.baseUrl}/login`);
  await page.getByLabel('E-mail').fill(email);
  await page.getByLabel(w.password).fill(demoPassword);
  await page.getByRole('button', { name: w.signIn }).click();
  if (code === undefined) return;
  await page.getByRole('button', { name: w.useRecovery }).click();
  await page.getByLabel(w.recoveryCode).fill(code);
  await page.getByRole('button', { name: w.signIn }).click();
}

test('turn two-factor on, see ten codes once, sign in with one at 375 px (id and en)', async () => {
  const people = { id: 'admin@demo.seleksi.id', en: 'user@demo.seleksi.id' } as const;
  for (const locale of ['id', 'en'] as const) {
    const w = words[locale];
    const page = await session.newPage({ locale, width: 375 });
    await signIn(page, people[locale], locale);
    await page.locator('header.topbar').waitFor();
    await page.goto(`${session.baseUrl}/account/security`);
    await page.getByRole('button', { name: w.start }).click();
    const secret = await page.getByTestId('two-factor-secret').textContent();
    const totp = new TOTP({ secret: Secret.fromBase32(secret!.trim()) });
    await page.getByLabel(w.code).fill(totp.generate());
    await page.getByRole('button', { name: w.turnOn }).click();
    const list = page.getByTestId('recovery-codes');
    await list.waitFor();
    const codes = (await list.locator('code').allTextContents()).map((c) => c.trim());
    expect(codes).toHaveLength(10);
    await session.screenshot(page, `recovery-codes-shown-${locale}-375`);
    await page.getByRole('button', { name: w.saved }).click();
    await expect.poll(() => page.getByTestId('recovery-codes-left').textContent()).toBe(w.left);
    await expect.poll(() => list.count()).toBe(0);
    await page.context().close();

    const again = await session.newPage({ locale, width: 375 });
    await signIn(again, people[locale], locale, codes[0]);
    await again.locator('header.topbar').waitFor();
    if (locale === 'id') {
      // The admin's Today: the seed's newest minimum wages are 2025's, so a year is due.
      const due = again.getByTestId('minimum-wages-due');
      await expect
        .poll(() => due.textContent())
        .toMatch(/Angka upah minimum \(UMP\/UMK\) \d{4} belum dicatat/);
      await session.screenshot(again, 'minimum-wages-due-id-375');
    }
    await again.goto(`${session.baseUrl}/account/security`);
    await expect.poll(() => again.getByTestId('recovery-codes-left').textContent()).toContain('9');
    await session.screenshot(again, `recovery-codes-left-${locale}-375`);
    await again.context().close();
  }
});

test('an admin’s Today says which minimum wages are not recorded, with a link (id and en, 375 px)', async () => {
  for (const locale of ['id', 'en'] as const) {
    const page = await session.newPage({ locale, width: 375 });
    await page.goto(`${session.baseUrl}/login`);
    await page.getByLabel('E-mail').fill('hr@demo.seleksi.id');
    await page.getByLabel(words[locale].password).fill(demoPassword);
    await page.getByRole('button', { name: words[locale].signIn }).click();
    await page.locator('header.topbar').waitFor();
    // HR is not asked; the notice is the admins'.
    await expect.poll(() => page.locator('main h1').count()).toBe(1);
    expect(await page.getByTestId('minimum-wages-due').count()).toBe(0);
    await page.context().close();
  }
});
