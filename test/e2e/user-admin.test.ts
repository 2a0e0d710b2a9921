import { Secret, TOTP } from 'otpauth';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, expect, test } from 'vitest';
import { startBrowserSession, type BrowserSession } from './browser';
import { expectNoSidewaysScroll } from './page-width';

let session: BrowserSession;
beforeAll(async () => {
  session = await startBrowserSession();
});
afterAll(() => session?.close());

/** Fails the test on any Content-Security-Policy violation the page reports. */
function watchCsp(page: Page): string[] {
  const violations: string[] = [];
  page.on('console', (message) => {
    if (/Content Security Policy/i.test(message.text())) violations.push(message.text());
  });
  return violations;
}

const nadia = { name: 'Nadia Putri', email: 'nadia.putri@demo.seleksi.id' };
const nadiaPassword = 'kopi-susu-gula-aren-dingin';

test('an admin invites a user, who sets a password with the link, turns on two-factor and signs in; the admin deactivates them', async () => {
  const admin = await session.newPage({ locale: 'id' });
  const adminCsp = watchCsp(admin);
  await session.signIn(admin, 'admin@demo.seleksi.id');
  await admin.locator('nav.topbar__nav').getByRole('link', { name: 'Pengaturan' }).click();
  await admin.getByRole('link', { name: /^Pengguna/ }).click();
  await admin.getByRole('heading', { name: 'Pengguna', level: 1 }).waitFor();

  // A weak invitation is refused field by field.
  await admin.getByRole('button', { name: 'Buat undangan' }).click();
  await expect.poll(() => admin.locator('.invite-form .field--invalid').count()).toBe(2);

  await admin.getByLabel('Nama', { exact: true }).fill(nadia.name);
  await admin.getByLabel('E-mail', { exact: true }).fill(nadia.email);
  await admin.locator('.invite-form select[name=role]').selectOption('interviewer');
  await admin.getByLabel('Jabatan (opsional)').fill('QA Engineer');
  await admin.getByRole('button', { name: 'Buat undangan' }).click();
  const linkBox = admin.getByTestId('password-link');
  await linkBox.waitFor();
  expect(await linkBox.textContent()).toContain(nadia.email);
  const url = await linkBox.locator('input').inputValue();
  expect(url).toMatch(/\/set-password#[\w-]{43}$/);
  const row = admin.locator(`li[data-email="${nadia.email}"]`);
  await expect.poll(() => row.textContent()).toContain('Diundang, belum membuat kata sandi');
  await session.screenshot(admin, 'users-invited-id-desktop');

  // HR reads the outbox on a phone: the invitation is there, its link is not.
  const hr = await session.signedInPage('hr@demo.seleksi.id', {
    width: 375,
    locale: 'en',
    path: '/outbox',
  });
  const invitation = hr.getByTestId('outbox-message').filter({ hasText: nadia.email }).first();
  await invitation.locator('summary').first().click();
  await invitation.getByTestId('link-hidden').waitFor();
  const kept = (await invitation.locator('pre.outbox__body').textContent()) ?? '';
  expect(kept).toContain('/set-password#[•••]');
  expect(kept).not.toContain(url.split('#')[1]!);
  await session.screenshot(hr, 'outbox-link-hidden-en-375');
  await hr.close();

  // The invited user opens the link in their own browser.
  const invitee = await session.newPage({ locale: 'id' });
  const inviteeCsp = watchCsp(invitee);
  await invitee.goto(url);
  await invitee.getByRole('heading', { name: 'Buat kata sandi Anda' }).waitFor();
  expect(await invitee.textContent('main')).toContain(nadia.email);
  await invitee.getByLabel('Kata sandi baru').fill('password123');
  await invitee.getByLabel('Ulangi kata sandi').fill('password123');
  await invitee.getByRole('button', { name: 'Simpan kata sandi' }).click();
  await expect
    .poll(() => invitee.locator('.field--invalid').first().textContent())
    .toContain('terlalu mudah ditebak');
  await session.screenshot(invitee, 'set-password-weak-id-desktop');
  await invitee.getByLabel('Kata sandi baru').fill(nadiaPassword);
  await invitee.getByLabel('Ulangi kata sandi').fill(nadiaPassword);
  await invitee.getByRole('button', { name: 'Simpan kata sandi' }).click();
  await invitee.getByText('Kata sandi tersimpan. Silakan masuk.').waitFor();
  await invitee.getByRole('button', { name: 'Ke halaman masuk' }).click();

  await invitee.locator('input[name=email]').fill(nadia.email);
  await invitee.locator('input[name=password]').fill(nadiaPassword);
  await invitee.locator('button[type=submit]').click();
  await invitee.locator('header.topbar').waitFor();
  expect(await invitee.locator('.topbar__name').textContent()).toContain(nadia.name);

  // Two-factor: enrol with the key, then sign-in asks for a code.
  await invitee.locator('.topbar__name').click();
  await invitee.getByRole('button', { name: 'Pasang verifikasi dua langkah' }).click();
  const secret = (await invitee.getByTestId('two-factor-secret').textContent())!.trim();
  await expect
    .poll(() =>
      invitee.locator('img.two-factor__qr').evaluate((img: HTMLImageElement) => img.naturalWidth),
    )
    .toBeGreaterThan(0);
  await session.screenshot(invitee, 'two-factor-setup-id-desktop');
  const totp = new TOTP({ secret: Secret.fromBase32(secret) });
  await invitee.getByLabel('Kode dari aplikasi').fill(totp.generate());
  await invitee.getByRole('button', { name: 'Aktifkan' }).click();
  await expect
    .poll(() => invitee.getByTestId('two-factor-status').textContent())
    .toContain('aktif.');
  await invitee.getByRole('button', { name: 'Keluar' }).click();
  await invitee.locator('input[name=email]').fill(nadia.email);
  await invitee.locator('input[name=password]').fill(nadiaPassword);
  await invitee.locator('button[type=submit]').click();
  await invitee.getByLabel('Kode verifikasi').fill('000000');
  await invitee.locator('button[type=submit]').click();
  await expect
    .poll(() => invitee.locator('.field--invalid').textContent())
    .toContain('Kode ini tidak berlaku');
  await invitee
    .getByLabel('Kode verifikasi')
    .fill(totp.generate({ timestamp: Date.now() + 30_000 }));
  await session.screenshot(invitee, 'sign-in-code-id-desktop');
  await invitee.locator('button[type=submit]').click();
  await invitee.locator('header.topbar').waitFor();

  // The admin sees the new state, and deactivates the user: their session ends at once.
  await admin.reload();
  await expect.poll(() => row.textContent()).toContain('Verifikasi dua langkah aktif');
  await row.getByRole('button', { name: 'Nonaktifkan' }).click();
  await admin.getByRole('dialog').getByRole('button', { name: 'Nonaktifkan' }).click();
  await expect.poll(() => row.textContent()).toContain('Nonaktif');
  await invitee.reload();
  await invitee.locator('input[name=password]').waitFor();
  expect(await invitee.locator('header.topbar').count()).toBe(0);
  await invitee.locator('input[name=email]').fill(nadia.email);
  await invitee.locator('input[name=password]').fill(nadiaPassword);
  await invitee.locator('button[type=submit]').click();
  await invitee.getByText('E-mail atau kata sandi salah.').waitFor();

  // The audit log tells the story without names in its entries.
  await admin.locator('nav.topbar__nav').getByRole('link', { name: 'Pengaturan' }).click();
  await admin.getByRole('link', { name: /^Log audit/ }).click();
  await admin.getByRole('heading', { name: 'Log audit' }).waitFor();
  await admin.getByLabel('Jenis data').selectOption('user');
  await expect
    .poll(() => admin.locator('.audit-table').textContent())
    .toContain('Pengguna dinonaktifkan');
  const audit = await admin.locator('.audit-table').textContent();
  for (const action of [
    'Pengguna diundang',
    'Kata sandi dibuat',
    'Verifikasi dua langkah diaktifkan',
  ]) {
    expect(audit).toContain(action);
  }
  // Each entry names whom it was about, as they are named now, not by a raw id.
  expect(await admin.getByTestId('audit-subject').allTextContents()).toContain(nadia.name);
  await session.screenshot(admin, 'audit-log-id-desktop');
  // A record's short id narrows the log to that record.
  await admin.locator('.audit-table .link-button').first().click();
  await expect.poll(() => admin.getByLabel('ID data').inputValue()).toMatch(/^[0-9a-f-]{36}$/);
  expect([...adminCsp, ...inviteeCsp]).toEqual([]);
});

test('a role chosen but not saved is saved with the password link, never dropped', async () => {
  const yoga = { name: 'Yoga Pratama', email: 'yoga.pratama@demo.seleksi.id' };
  const admin = await session.signedInPage('admin@demo.seleksi.id', {
    locale: 'id',
    path: '/settings/users',
  });
  await admin.getByLabel('Nama', { exact: true }).fill(yoga.name);
  await admin.getByLabel('E-mail', { exact: true }).fill(yoga.email);
  await admin.locator('.invite-form select[name=role]').selectOption('interviewer');
  await admin.getByRole('button', { name: 'Buat undangan' }).click();
  await admin.getByTestId('password-link').waitFor();
  const row = admin.locator(`li[data-email="${yoga.email}"]`);
  await row.locator('select[name=role]').selectOption('hiring_manager');
  const linkButton = row.getByRole('button', { name: /tautan kata sandi/ });
  expect(await linkButton.textContent()).toBe('Simpan peran dan buat tautan kata sandi');
  await session.screenshot(admin, 'users-unsaved-role-id-desktop');
  await linkButton.click();
  await expect
    .poll(() => row.getByRole('button', { name: /tautan/ }).textContent())
    .toBe('Buat tautan kata sandi');
  expect(await admin.getByTestId('password-link').textContent()).toContain(yoga.email);
  await admin.reload();
  await expect.poll(() => row.locator('select[name=role]').inputValue()).toBe('hiring_manager');

  const phone = await session.signedInPage('admin@demo.seleksi.id', {
    locale: 'en',
    width: 375,
    path: '/settings/users',
  });
  const onPhone = phone.locator(`li[data-email="${yoga.email}"]`);
  await onPhone.locator('select[name=role]').selectOption('interviewer');
  await onPhone.getByRole('button', { name: 'Save role and create password link' }).waitFor();
  await expectNoSidewaysScroll(phone);
  await onPhone.scrollIntoViewIfNeeded();
  await session.screenshot(phone, 'users-unsaved-role-en-phone');
});

test('the admin screens in English and at phone width', async () => {
  const page = await session.newPage({ locale: 'en' });
  const csp = watchCsp(page);
  await session.signIn(page, 'admin@demo.seleksi.id');
  await page.locator('nav.topbar__nav').getByRole('link', { name: 'Settings' }).click();
  await session.screenshot(page, 'settings-en-desktop');
  await page.getByRole('link', { name: /^Users/ }).click();
  await page.getByRole('heading', { name: 'Users', level: 1 }).waitFor();
  await expect.poll(() => page.locator('.user-row').count()).toBeGreaterThanOrEqual(4);
  await session.screenshot(page, 'users-en-desktop');
  await page.locator('nav.topbar__nav').getByRole('link', { name: 'Settings' }).click();
  await page.getByRole('link', { name: /^Audit log/ }).click();
  await page.locator('.audit-table').waitFor();
  expect(await page.locator('.audit-table').textContent()).toContain('Signed in');
  await session.screenshot(page, 'audit-log-en-desktop');
  await page.goto(`${session.baseUrl}/account/security`);
  await page.getByRole('heading', { name: 'Two-factor sign-in' }).waitFor();
  await session.screenshot(page, 'account-security-en-desktop');

  const phone = await session.signedInPage('admin@demo.seleksi.id', {
    locale: 'id',
    width: 375,
    path: '/settings/users',
  });
  await phone.locator('.user-row').first().waitFor();
  await expectNoSidewaysScroll(phone);
  await session.screenshot(phone, 'users-id-phone');
  // Budi is the hiring manager of open and draft jobs: he cannot become an interviewer yet.
  await expectRoleChangeBlocked(
    phone,
    'Peran Budi Hartono belum bisa diubah menjadi Pewawancara',
    'users-role-blocked-id-phone',
  );
  await phone.goto(`${session.baseUrl}/settings/audit-log`);
  await phone.locator('.audit-table').waitFor();
  await session.screenshot(phone, 'audit-log-id-phone');
  const phoneEn = await session.signedInPage('admin@demo.seleksi.id', {
    locale: 'en',
    width: 375,
    path: '/settings/users',
  });
  await phoneEn.locator('.user-row').first().waitFor();
  await session.screenshot(phoneEn, 'users-en-phone');
  await expectRoleChangeBlocked(
    phoneEn,
    'Budi Hartono cannot become Interviewer yet',
    'users-role-blocked-en-phone',
  );
  expect(csp).toEqual([]);
});

/** Tries to make the demo hiring manager an interviewer; the row says why not and names his jobs. */
async function expectRoleChangeBlocked(page: Page, heading: string, screenshot: string) {
  const budi = page.locator('li[data-email="user@demo.seleksi.id"]');
  await budi.locator('select[name=role]').selectOption('interviewer');
  await budi.locator('button.button--primary').click();
  const notice = budi.locator('.user-row__blocked');
  await notice.waitFor();
  const text = (await notice.textContent()) ?? '';
  expect(text).toContain(heading);
  for (const job of ['Backend Developer', 'Data Analyst', 'QA Engineer'])
    expect(text).toContain(job);
  expect(text).not.toContain('Customer Service Officer');
  expect(
    await notice.getByRole('link', { name: 'Backend Developer' }).getAttribute('href'),
  ).toMatch(/^\/jobs\/[0-9a-f-]{36}\/edit$/);
  await expectNoSidewaysScroll(page);
  await notice.scrollIntoViewIfNeeded();
  await session.screenshot(page, screenshot);
  // Nothing changed on the server.
  await page.reload();
  await expect
    .poll(() =>
      page.locator('li[data-email="user@demo.seleksi.id"] select[name=role]').inputValue(),
    )
    .toBe('hiring_manager');
}
