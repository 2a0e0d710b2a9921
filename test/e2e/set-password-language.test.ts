import { afterAll, beforeAll, expect, test } from 'vitest';
import { startBrowserSession, type BrowserSession } from './browser';

let session: BrowserSession;
beforeAll(async () => {
  session = await startBrowserSession();
});
afterAll(() => session?.close());

test("the set-password page of an invitation opens in the invitee's language, still switchable", async () => {
  // The admin works in Indonesian and invites someone whose account is in English.
  const admin = await session.signedInPage('admin@demo.seleksi.id', {
    locale: 'id',
    path: '/settings/users',
  });
  await admin.getByRole('heading', { name: 'Pengguna', level: 1 }).waitFor();
  await admin.getByLabel('Nama', { exact: true }).fill('Maya English');
  await admin.getByLabel('E-mail', { exact: true }).fill('maya.english@demo.seleksi.id');
  await admin.locator('.invite-form select[name=locale]').selectOption('en');
  await admin.getByRole('button', { name: 'Buat undangan' }).click();
  const linkBox = admin.getByTestId('password-link');
  await linkBox.waitFor();
  const url = await linkBox.locator('input').inputValue();

  // Her browser has never opened Seleksi: no saved language, which would read Indonesian.
  const invitee = await session.newPage({ width: 375 });
  await invitee.goto(url);
  await invitee.getByRole('heading', { name: 'Create your password' }).waitFor();
  expect(await invitee.textContent('main')).toContain('maya.english@demo.seleksi.id');
  await session.screenshot(invitee, 'set-password-invitee-en-375');
  // She may still switch to Indonesian.
  await invitee.getByRole('button', { name: 'ID', exact: true }).click();
  await invitee.getByRole('heading', { name: 'Buat kata sandi Anda' }).waitFor();
  await session.screenshot(invitee, 'set-password-invitee-switched-id-375');
});

/** A fresh browser (no saved language) whose own languages are `languages`, at `path`. */
async function browserSpeaking(languages: string[], path: string, width: number) {
  const page = await session.newPage({ width });
  await page.context().addInitScript((list) => {
    Object.defineProperty(navigator, 'languages', { get: () => list });
    Object.defineProperty(navigator, 'language', { get: () => list[0] });
  }, languages);
  await page.goto(`${session.baseUrl}${path}`);
  return page;
}

test("an expired or unknown link opens in the browser's language", async () => {
  const english = await browserSpeaking(['en-US', 'en'], '/set-password#no-such-link', 375);
  await english.getByText('This link has expired or was already used.', { exact: false }).waitFor();
  await session.screenshot(english, 'set-password-invalid-en-375');
  const indonesian = await browserSpeaking(['id-ID', 'en'], '/set-password#no-such-link', 1280);
  await indonesian.getByText('Tautan ini', { exact: false }).waitFor();
  await session.screenshot(indonesian, 'set-password-invalid-id-1280');
  // A browser that chose a language here keeps it.
  const chosen = await session.newPage({ locale: 'id' });
  await chosen.goto(`${session.baseUrl}/set-password#no-such-link`);
  await chosen.getByText('Tautan ini', { exact: false }).waitFor();
});

test('a short password that differs from its repetition is named for both (id, en)', async () => {
  const words = {
    en: { short: 'Use at least 10 characters.', differ: 'The two passwords differ.' },
    id: { short: 'Kata sandi minimal 10 karakter.', differ: 'Kedua kata sandi tidak sama.' },
  } as const;
  const admin = await session.signedInPage('admin@demo.seleksi.id', {
    locale: 'en',
    path: '/settings/users',
  });
  await admin.getByLabel('Name', { exact: true }).fill('Tono Pendek');
  await admin.getByLabel('E-mail', { exact: true }).fill('tono.pendek@demo.seleksi.id');
  await admin.getByRole('button', { name: 'Create invitation' }).click();
  const linkBox = admin.getByTestId('password-link');
  await linkBox.waitFor();
  const url = await linkBox.locator('input').inputValue();
  for (const { locale, width } of [
    { locale: 'id', width: 375 },
    { locale: 'en', width: 1280 },
  ] as const) {
    // The address asks for the language (the invitee's own is Indonesian).
    const page = await session.newPage({ locale, width });
    await page.goto(url.replace('/set-password#', `/set-password?lang=${locale}#`));
    const form = page.locator('form');
    await form.locator('input[name=new-password]').fill('pendek');
    await form.locator('input[name=repeat-password]').fill('lain');
    await form.locator('button[type=submit]').click();
    await expect
      .poll(() => form.locator('.field__error').allTextContents())
      .toEqual([words[locale].short, words[locale].differ]);
    expect(await form.locator('input[name=new-password]').getAttribute('aria-invalid')).toBe(
      'true',
    );
    await session.screenshot(page, `set-password-both-errors-${locale}-${width}`);
    await page.close();
  }
  const [user] = await session.db.query<{ set: boolean }>(
    `SELECT password_hash IS NOT NULL AS set FROM users WHERE email = 'tono.pendek@demo.seleksi.id'`,
  );
  expect(user!.set).toBe(false);
});
