import { afterAll, beforeAll, expect, test } from 'vitest';
import { startBrowserSession, type BrowserSession } from './browser';

/**
 * The user admin page's buttons pressed twice quickly send their request once, whether the page
 * waits for the answer (`mutateAsync`: "Create password link") or not ("Create invitation"):
 * one account, one e-mail, one link.
 */
let session: BrowserSession;
beforeAll(async () => {
  session = await startBrowserSession();
});
afterAll(() => session?.close());

const mailsTo = async (email: string) =>
  (
    await session.db.query<{ template: string }>(
      `SELECT template FROM email_messages WHERE lower(to_email) = lower($1) ORDER BY created_at`,
      [email],
    )
  ).map((mail) => mail.template);

/** Long enough for a second request, had one been sent, to be answered and written. */
const settle = () => new Promise((resolve) => setTimeout(resolve, 1500));

test('"Create invitation" double-clicked invites once: one user, one e-mail', async () => {
  const admin = await session.signedInPage('admin@demo.seleksi.id', {
    locale: 'en',
    path: '/settings/users',
  });
  const email = 'rani.dobel@example.com';
  const form = admin.locator('.invite-form');
  await form.getByLabel('Name', { exact: true }).fill('Rani Dobel');
  await form.getByLabel('E-mail', { exact: true }).fill(email);
  await form.getByRole('button', { name: 'Create invitation' }).dblclick();
  await admin.getByTestId('password-link').waitFor();
  await settle();
  const users = await session.db.query(`SELECT id FROM users WHERE email = $1`, [email]);
  expect(users).toHaveLength(1);
  expect(await mailsTo(email)).toEqual(['account_invitation']);
  await expect.poll(() => admin.locator('.notice--error').count()).toBe(0);
});

test('"Create password link" double-clicked makes one link: one e-mail', async () => {
  const admin = await session.signedInPage('admin@demo.seleksi.id', {
    locale: 'en',
    path: '/settings/users',
  });
  const email = 'hr@demo.seleksi.id';
  const before = await mailsTo(email);
  const row = admin.locator(`li[data-email="${email}"]`);
  await row.getByRole('button', { name: 'Create password link' }).dblclick();
  await admin.getByTestId('password-link').waitFor();
  await settle();
  expect((await mailsTo(email)).slice(before.length)).toEqual(['password_reset']);
  await expect.poll(() => admin.locator('.notice--error').count()).toBe(0);
});
