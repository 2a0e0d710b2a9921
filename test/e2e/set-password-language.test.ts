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
