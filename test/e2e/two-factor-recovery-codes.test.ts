import type { Page } from 'playwright-core';
import { Secret, TOTP } from 'otpauth';
import { afterAll, beforeAll, expect, test } from 'vitest';
import { insertUser } from '../../src/db/queries/users';
import { hashPassword } from '../../src/services/auth/auth-service';
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
    title: 'Verifikasi dua langkah',
    signOut: 'Keluar',
    makeNew: 'Buat kode pemulihan baru',
    yourPassword: 'Kata sandi Anda',
    orCode: 'atau kode dari aplikasi',
    makeSubmit: 'Buat kode',
    wrongPassword: 'Ini bukan kata sandi Anda saat ini.',
    tooMany: 'Terlalu banyak kata sandi salah',
    mailSubject: 'Kode pemulihan Seleksi Anda dibuat baru',
    // The audit log says where the pause began: here on the form for new codes.
    pausedEntry: 'Masuk dijeda setelah kata sandi salah berulang di formulir kode pemulihan baru',
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
    title: 'Two-factor sign-in',
    signOut: 'Sign out',
    makeNew: 'Make new recovery codes',
    yourPassword: 'Your password',
    orCode: 'or a code from the app',
    makeSubmit: 'Make codes',
    wrongPassword: 'This is not your current password.',
    tooMany: 'Too many wrong passwords',
    mailSubject: 'New recovery codes for your Seleksi account',
    // Here the pause began on the sign-in page.
    pausedEntry: 'Sign-in paused after repeated failures',
  },
};

async function signIn(page: Page, email: string, locale: 'id' | 'en', code?: string) {
  const w = words[locale];
  await page.goto(`${session.baseUrl}/login`);
  await page.getByLabel('E-mail', { exact: true }).fill(email);
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
    await page.getByLabel('E-mail', { exact: true }).fill('hr@demo.seleksi.id');
    await page.getByLabel(words[locale].password).fill(demoPassword);
    await page.getByRole('button', { name: words[locale].signIn }).click();
    await page.locator('header.topbar').waitFor();
    // HR is not asked; the notice is the admins'.
    await expect.poll(() => page.locator('main h1').count()).toBe(1);
    expect(await page.getByTestId('minimum-wages-due').count()).toBe(0);
    await page.context().close();
  }
});

/** A new admin of the demo company, signing in with the demo password. */
async function newAdmin(email: string, locale: 'id' | 'en') {
  await insertUser(session.db, {
    email,
    name: locale === 'id' ? 'Admin Wajib Dua Langkah' : 'Admin Required Two-Factor',
    role: 'admin',
    title: null,
    locale,
    passwordHash: await hashPassword(demoPassword),
  });
}

test('an admin under required two-factor enrols at the gate, keeps the codes until saved, then signs in with one; a new set e-mails them, takes a code typed with a space, and wrong passwords meet the sign-in pause (id and en, 375 px)', async () => {
  // The company requires two-factor of admins (an admin who has it turned this on).
  await session.db.query('UPDATE company_settings SET require_admin_two_factor = true');
  for (const locale of ['id', 'en'] as const) {
    const w = words[locale];
    const email = `wajib.${locale}@demo.seleksi.id`;
    await newAdmin(email, locale);
    const page = await session.newPage({ locale, width: 375 });
    await signIn(page, email, locale);
    await page.getByRole('button', { name: w.start }).click();
    const secret = await page.getByTestId('two-factor-secret').textContent();
    const totp = new TOTP({ secret: Secret.fromBase32(secret!.trim()) });
    await page.getByLabel(w.code).fill(totp.generate());
    await page.getByRole('button', { name: w.turnOn }).click();

    // The codes, and nothing of the app yet, however long the admin takes to save them.
    const list = page.getByTestId('recovery-codes');
    await list.waitFor();
    const codes = (await list.locator('code').allTextContents()).map((c) => c.trim());
    expect(codes).toHaveLength(10);
    await page.waitForTimeout(1500);
    expect(await list.locator('code').count()).toBe(10);
    expect(await page.locator('main h1').textContent()).toBe(w.title);
    await session.screenshot(page, `two-factor-gate-codes-${locale}-375`);
    await page.getByRole('button', { name: w.saved }).click();
    // Through the gate: the admin's Today.
    await expect.poll(() => page.locator('main h1').textContent()).not.toBe(w.title);
    expect(await list.count()).toBe(0);
    expect(await page.getByRole('button', { name: w.start }).count()).toBe(0);

    await page.getByRole('button', { name: w.signOut }).click();
    await page.getByLabel('E-mail', { exact: true }).waitFor();
    await page.getByLabel('E-mail', { exact: true }).fill(email);
    await page.getByLabel(w.password).fill(demoPassword);
    await page.getByRole('button', { name: w.signIn }).click();
    await page.getByRole('button', { name: w.useRecovery }).click();
    await page.getByLabel(w.recoveryCode).fill(codes[0]!);
    await page.getByRole('button', { name: w.signIn }).click();
    await expect.poll(() => page.locator('main h1').textContent()).not.toBe(w.title);
    await page.locator('header.topbar').waitFor();

    // A new set with a code from the app typed as the app shows it, "123 456".
    await page.goto(`${session.baseUrl}/account/security`);
    await page.getByRole('button', { name: w.makeNew }).click();
    const next = totp.generate({ timestamp: Date.now() + 30_000 });
    await page.getByLabel(w.orCode).pressSequentially(`${next.slice(0, 3)} ${next.slice(3)}`);
    expect(await page.getByLabel(w.orCode).inputValue()).toBe(next);
    await page.getByRole('button', { name: w.makeSubmit }).click();
    await expect.poll(() => list.locator('code').count()).toBe(10);
    const newSet = (await list.locator('code').allTextContents()).map((c) => c.trim());
    expect(newSet.filter((code) => codes.includes(code))).toEqual([]);
    await page.getByRole('button', { name: w.saved }).click();
    // The e-mail that tells them, in their language, without the codes.
    await expect
      .poll(() => session.inbox.to(email).map((m) => m.subject), { timeout: 20_000 })
      .toContain(w.mailSubject);
    const mail = session.inbox.to(email).find((m) => m.subject === w.mailSubject)!;
    for (const code of newSet) expect(mail.text).not.toContain(code);

    // Wrong passwords here count like wrong sign-ins: the fifth pauses, the next is refused.
    // (en starts from a pause made by wrong sign-ins: the route takes ten a minute per address.)
    await page.getByRole('button', { name: w.makeNew }).click();
    const password = page.getByLabel(w.yourPassword);
    const submit = page.getByRole('button', { name: w.makeSubmit });
    if (locale === 'id') {
      for (let attempt = 1; attempt <= 5; attempt++) {
        await password.fill(`salah-${attempt}`);
        await submit.click();
        await expect.poll(() => page.getByText(w.wrongPassword).count()).toBe(1);
        await password.fill('');
      }
    } else {
      for (let attempt = 1; attempt <= 5; attempt++) {
        await page.request.post(`${session.baseUrl}/api/auth/login`, {
          data: { email, password: `wrong-${attempt}` },
        });
      }
    }
    await password.fill(demoPassword);
    await submit.click();
    await expect.poll(() => page.getByRole('alert').filter({ hasText: w.tooMany }).count()).toBe(1);
    await session.screenshot(page, `recovery-codes-paused-${locale}-375`);
    // The admin's audit log, newest first, tells the two pauses apart.
    await page.goto(`${session.baseUrl}/settings/audit-log`);
    const newest = page.locator('.audit-table tbody tr').first().locator('td').nth(2);
    await expect.poll(() => newest.textContent()).toBe(w.pausedEntry);
    await page.context().close();
  }
});
