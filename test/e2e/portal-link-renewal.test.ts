import { afterAll, beforeAll, expect, test } from 'vitest';
import { ensurePortalToken } from '../../src/services/portal/portal-link-service';
import { startBrowserSession, type BrowserSession } from './browser';
import { expectNoSidewaysScroll } from './page-width';

let session: BrowserSession;
/** Three demo candidates at the HR interview, each with a working portal link. */
let candidates: { id: string; applicationId: string }[];

beforeAll(async () => {
  session = await startBrowserSession();
  candidates = await session.db.query(
    `SELECT c.id, a.id AS "applicationId" FROM applications a
     JOIN candidates c ON c.id = a.candidate_id
     WHERE a.stage = 'hr_interview' ORDER BY c.full_name LIMIT 3`,
  );
  for (const { applicationId } of candidates) await ensurePortalToken(session.db, applicationId);
});
afterAll(() => session?.close());

const activeToken = async (applicationId: string) =>
  (
    await session.db.query<{ token: string }>(
      `SELECT token FROM portal_links WHERE application_id = $1 AND revoked_at IS NULL`,
      [applicationId],
    )
  )[0]?.token;
const linkMails = (applicationId: string) =>
  session.db.query<{ locale: string; body: string }>(
    `SELECT locale, body FROM email_messages
      WHERE application_id = $1 AND template = 'portal_link_renewed'`,
    [applicationId],
  );

test('HR is asked before the e-mailed links stop working; Cancel changes nothing', async () => {
  const candidate = candidates[0]!;
  const before = await activeToken(candidate.applicationId);
  for (const [locale, width] of [
    ['en', 1280],
    ['id', 375],
  ] as const) {
    const page = await session.signedInPage('hr@demo.seleksi.id', {
      locale,
      width,
      path: `/candidates/${candidate.id}`,
    });
    const renew = locale === 'id' ? 'Buat tautan baru' : 'Issue a new link';
    await page.getByRole('button', { name: renew }).click();
    const dialog = page.getByRole('dialog');
    const title = locale === 'id' ? 'Buat tautan portal baru?' : 'Issue a new portal link?';
    await dialog.getByRole('heading', { name: title }).waitFor();
    expect(await dialog.textContent()).toContain(
      locale === 'id' ? 'langsung tidak berlaku' : 'stops working at once',
    );
    const email = dialog.getByRole('checkbox');
    expect(await email.isChecked()).toBe(true);
    await session.screenshot(page, `portal-link-confirm-${locale}-${width}`);
    await expectNoSidewaysScroll(page);
    await dialog.getByRole('button', { name: locale === 'id' ? 'Batal' : 'Cancel' }).click();
    await expect.poll(() => dialog.count()).toBe(0);
  }
  expect(await activeToken(candidate.applicationId)).toBe(before);
  expect(await linkMails(candidate.applicationId)).toEqual([]);
});

test('confirmed with the e-mail ticked: a new link shows, the old one is dead, the candidate gets it in their language', async () => {
  const candidate = candidates[1]!;
  await session.db.query(`UPDATE candidates SET locale = 'en' WHERE id = $1`, [candidate.id]);
  const old = await activeToken(candidate.applicationId);
  const page = await session.signedInPage('hr@demo.seleksi.id', {
    locale: 'id',
    path: `/candidates/${candidate.id}`,
  });
  const link = page.getByRole('textbox', { name: 'Tautan portal kandidat' });
  expect(await link.inputValue()).toContain(old);
  await page.getByRole('button', { name: 'Buat tautan baru' }).click();
  const dialog = page.getByRole('dialog');
  await dialog
    .getByLabel('Kirim tautan baru ke kandidat lewat e-mail (dalam bahasa Inggris)')
    .waitFor();
  await dialog.getByRole('button', { name: 'Buat tautan baru' }).click();
  await expect.poll(() => dialog.count()).toBe(0);
  await page.getByText('Tautan baru sudah masuk kotak keluar untuk kandidat.').waitFor();
  await expect.poll(() => link.inputValue()).not.toContain(old);
  const fresh = await activeToken(candidate.applicationId);
  expect(await link.inputValue()).toContain(fresh);
  const mails = await linkMails(candidate.applicationId);
  expect(mails).toHaveLength(1);
  expect(mails[0]!.locale).toBe('en');
  expect(mails[0]!.body).toContain(`/portal/${fresh}`);
  await session.screenshot(page, 'portal-link-renewed-id-1280');
  // The link the candidate held opens nothing now; the new one does.
  expect((await page.request.get(`${session.baseUrl}/api/portal/${old}`)).status()).toBe(404);
  expect((await page.request.get(`${session.baseUrl}/api/portal/${fresh}`)).status()).toBe(200);
});

test('on a phone, in English, with the e-mail unticked: nothing is sent', async () => {
  const candidate = candidates[2]!;
  const old = await activeToken(candidate.applicationId);
  const page = await session.signedInPage('hr@demo.seleksi.id', {
    locale: 'en',
    width: 375,
    path: `/candidates/${candidate.id}`,
  });
  await page.getByRole('button', { name: 'Issue a new link' }).click();
  const dialog = page.getByRole('dialog');
  await dialog.getByLabel('E-mail the new link to the candidate', { exact: false }).uncheck();
  await dialog.getByRole('button', { name: 'Issue a new link' }).click();
  await expect.poll(() => dialog.count()).toBe(0);
  await expect.poll(() => activeToken(candidate.applicationId)).not.toBe(old);
  expect(await page.getByText('The new link is in the outbox', { exact: false }).count()).toBe(0);
  expect(await linkMails(candidate.applicationId)).toEqual([]);
  await session.screenshot(page, 'portal-link-renewed-en-375');
  await expectNoSidewaysScroll(page);
});

test('an application ended over 30 days ago gets no new link, and the panel says why', async () => {
  const [ended] = await session.db.query<{ id: string; applicationId: string }>(
    `SELECT c.id, a.id AS "applicationId" FROM applications a
     JOIN candidates c ON c.id = a.candidate_id
     WHERE a.stage = 'rejected' AND c.processing_restricted_at IS NULL
       AND (SELECT count(*) FROM applications o WHERE o.candidate_id = c.id) = 1
     ORDER BY c.full_name LIMIT 1`,
  );
  await ensurePortalToken(session.db, ended!.applicationId);
  await session.db.query(
    `UPDATE application_events SET created_at = created_at - interval '31 days'
      WHERE application_id = $1`,
    [ended!.applicationId],
  );
  const old = await activeToken(ended!.applicationId);
  for (const [locale, says] of [
    ['en', 'ended more than 30 days ago'],
    ['id', 'berakhir lebih dari 30 hari lalu'],
  ] as const) {
    const page = await session.signedInPage('hr@demo.seleksi.id', {
      locale,
      path: `/candidates/${ended!.id}`,
    });
    const renew = locale === 'id' ? 'Buat tautan baru' : 'Issue a new link';
    await page.getByRole('button', { name: renew }).click();
    const dialog = page.getByRole('dialog');
    await dialog.getByRole('button', { name: renew }).click();
    await page.locator('.portal-link').getByRole('alert').filter({ hasText: says }).waitFor();
    await session.screenshot(page, `portal-link-closed-${locale}-1280`);
  }
  expect(await activeToken(ended!.applicationId)).toBe(old);
  expect(await linkMails(ended!.applicationId)).toEqual([]);
});
