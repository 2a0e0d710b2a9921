import { afterAll, beforeAll, expect, test } from 'vitest';
import type { Actor } from '../../src/services/actor';
import { createCandidate } from '../../src/services/candidates/candidate-service';
import { testMail } from '../support/test-app';
import { startBrowserSession, type BrowserSession } from './browser';
import { expectNoSidewaysScroll } from './page-width';

let session: BrowserSession;
let actor: Actor;
beforeAll(async () => {
  session = await startBrowserSession();
  const [hr] = await session.db.query<{ id: string }>(
    "SELECT id FROM users WHERE email = 'hr@demo.seleksi.id'",
  );
  actor = { id: hr!.id, role: 'recruiter' };
});
afterAll(() => session?.close());

/** The same person twice (a similar name in one city), two e-mails; the kept one has no phone. */
async function twins(
  tag: string,
  city: string,
  phones: { kept: string | null; duplicate: string | null },
) {
  const add = (email: string, phone: string | null) =>
    createCandidate(session.db, testMail, actor, {
      fullName: `Wulan Gabung ${tag}`,
      email,
      phone,
      city,
      source: 'referral',
      tags: [],
      notes: '',
      jobIds: [],
      tellCandidate: false,
    });
  const kept = await add(`wulan.${tag}@example.com`, phones.kept);
  await add(`wulan.kerja.${tag}@example.com`, phones.duplicate);
  return kept;
}

// Each test its own city and phone: one test's twins would be flagged beside the other's.
for (const [locale, width, city, phone] of [
  ['en', 1280, 'Cirebon', '4411'],
  ['id', 375, 'Malang', '4422'],
] as const) {
  test(`the merge confirmation says whose name, e-mail and phone stay and where the others go (${locale}, ${width} px)`, async () => {
    const tag = `${locale}${Date.now().toString(36)}`;
    const kept = await twins(tag, city, { kept: null, duplicate: `0812 7700 ${phone}` });
    const words =
      locale === 'en'
        ? {
            merge: 'Merge into this candidate',
            keeps: `Name and e-mail stay as on the record staying: Wulan Gabung ${tag}, wulan.${tag}@example.com. Phone: +62 812-7700-${phone}, taken from the record moving over`,
            notes: `The other e-mail (wulan.kerja.${tag}@example.com) is kept in Notes`,
            noteLine: `Merged duplicate: Wulan Gabung ${tag} <wulan.kerja.${tag}@example.com>`,
          }
        : {
            merge: 'Gabungkan ke kandidat ini',
            keeps: `Nama dan e-mail mengikuti data yang tetap dipakai: Wulan Gabung ${tag}, wulan.${tag}@example.com. Nomor HP: +62 812-7700-${phone}, diambil dari data yang dipindahkan`,
            notes: `E-mail lain (wulan.kerja.${tag}@example.com) disimpan di Catatan`,
            noteLine: `Digabung dari data ganda: Wulan Gabung ${tag} <wulan.kerja.${tag}@example.com>`,
          };
    const page = await session.signedInPage('hr@demo.seleksi.id', {
      locale,
      width,
      path: `/candidates/${kept.id}`,
    });
    const duplicates = page.locator('.duplicates');
    await duplicates.getByRole('button', { name: words.merge }).click();
    const confirm = page.getByRole('dialog');
    await expect
      .poll(() => confirm.getByTestId('merge-keeps').textContent())
      .toContain(words.keeps);
    expect(await confirm.getByTestId('merge-into-notes').textContent()).toContain(words.notes);
    // "catatannya dihapus" read as "its notes are deleted": the duplicate's profile goes.
    expect(await confirm.textContent()).not.toContain('catatannya dihapus');
    await expectNoSidewaysScroll(page);
    await session.screenshot(page, `merge-confirmation-${locale}-${width}`);
    await confirm.getByRole('button', { name: words.merge }).click();
    await duplicates.waitFor({ state: 'detached' });
    // The merge did what the dialog said: this record's name and e-mail, the other's phone, the
    // other e-mail in the notes.
    const [after] = await session.db.query<{
      fullName: string;
      email: string;
      phone: string;
      notes: string;
    }>('SELECT full_name AS "fullName", email, phone, notes FROM candidates WHERE id = $1', [
      kept.id,
    ]);
    expect(after).toMatchObject({
      fullName: `Wulan Gabung ${tag}`,
      email: `wulan.${tag}@example.com`,
      phone: `+628127700${phone}`,
    });
    expect(after!.notes).toContain(words.noteLine);
  });
}
