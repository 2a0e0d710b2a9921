import { afterAll, beforeAll, expect, test } from 'vitest';
import { startBrowserSession, type BrowserSession } from './browser';
import { expectNoSidewaysScroll } from './page-width';

/**
 * A job in Bekasi, whose UMK nobody recorded: the offer form says the figure is only Jawa Barat's
 * UMP and Bekasi's UMK may be higher, whatever the salary typed; once the UMK is recorded it is
 * the figure, with no such note.
 */
let session: BrowserSession;
let candidateId: string;

beforeAll(async () => {
  session = await startBrowserSession();
  await session.db.query(
    `UPDATE jobs SET province = 'jawa_barat', city = 'Bekasi', salary_min = 10000000,
       salary_max = 14000000 WHERE title = 'Backend Developer'`,
  );
  const [row] = await session.db.query<{ id: string }>(
    `SELECT c.id FROM applications a
     JOIN candidates c ON c.id = a.candidate_id JOIN jobs j ON j.id = a.job_id
     WHERE a.stage = 'offer' AND j.title = 'Backend Developer'
       AND NOT EXISTS (SELECT 1 FROM offers o WHERE o.application_id = a.id)
     LIMIT 1`,
  );
  candidateId = row!.id;
});
afterAll(() => session?.close());

test("the offer form says Jawa Barat's UMP stands in for Bekasi's unrecorded UMK (id, en 375 px)", async () => {
  const hr = await session.signedInPage('hr@demo.seleksi.id', {
    locale: 'id',
    path: `/candidates/${candidateId}`,
  });
  await hr.getByRole('button', { name: 'Buat penawaran' }).click();
  const form = hr.getByRole('form', { name: 'Draf penawaran' });
  // Well above the UMP, yet maybe below Bekasi's UMK: said all the same.
  await form.getByLabel('Gaji pokok bruto per bulan (Rp)').fill('6000000');
  const hint = form.getByTestId('minimum-wage-hint');
  await expect.poll(() => hint.textContent()).toContain('UMP provinsi Jawa Barat');
  expect(await hint.textContent()).toContain('UMK Bekasi mungkin lebih tinggi');
  // The figure's sentence ends before the note begins.
  expect(await hint.textContent()).toMatch(/[^.]\. Ini UMP provinsi Jawa Barat/);
  expect(await hr.getByTestId('minimum-wage-ump-only').textContent()).toContain(
    'Pengaturan → Pengaturan penawaran → Upah minimum',
  );
  await session.screenshot(hr, 'offer-form-ump-for-bekasi-id');

  const phone = await session.signedInPage('hr@demo.seleksi.id', {
    locale: 'en',
    width: 375,
    path: `/candidates/${candidateId}`,
  });
  await phone.getByRole('button', { name: 'Draft an offer' }).click();
  await expect
    .poll(() => phone.getByTestId('minimum-wage-hint').textContent())
    .toContain('Bekasi may have a higher UMK that is not on record');
  expect(await phone.getByTestId('minimum-wage-hint').textContent()).toMatch(
    /[^.]\. This is Jawa Barat's provincial UMP/,
  );
  await session.screenshot(phone, 'offer-form-ump-for-bekasi-en-375');

  // Recorded as "Kota Bekasi", the UMK is the job's "Bekasi" figure, and the note is gone.
  const recordUmk = (city: string, amount: number) =>
    session.db.query(
      `INSERT INTO minimum_wages (province, city, year, monthly_amount, decree)
       VALUES ('jawa_barat', $1, extract(year FROM now())::int, $2, 'Kepgub Jabar UMK')`,
      [city, amount],
    );
  await recordUmk('Kota Bekasi', 5_690_752);
  await hr.reload();
  await expect
    .poll(() => hr.getByTestId('offer-band').textContent())
    .toMatch(/UMK Kota Bekasi \d{4}: Rp\s5\.690\.752/);
  expect(await hr.getByTestId('minimum-wage-ump-only').count()).toBe(0);
  // Taken as the one row of its name, and said so: which row, and to write the name in full.
  expect(await hr.getByTestId('minimum-wage-bare-city').textContent()).toContain(
    'Kota lowongan ditulis "Bekasi", jadi dipakai UMK Kota Bekasi.',
  );
  await hr.getByRole('button', { name: 'Buat penawaran' }).click();
  await expect
    .poll(() => hr.getByTestId('minimum-wage-hint').textContent())
    .toContain('tulis nama lengkapnya di lowongan (mis. "Kota Bekasi")');
  await session.screenshot(hr, 'offer-form-bekasi-taken-as-kota-id');
  await phone.reload();
  await phone.getByRole('button', { name: 'Draft an offer' }).click();
  await expect
    .poll(() => phone.getByTestId('minimum-wage-hint').textContent())
    .toContain('The job\'s city is written "Bekasi", so the UMK of Kota Bekasi is used.');
  await session.screenshot(phone, 'offer-form-bekasi-taken-as-kota-en-375');

  // With Kabupaten Bekasi recorded too, "Bekasi" may be either: the higher is checked, both named.
  await recordUmk('Kab. Bekasi', 5_558_515);
  await hr.reload();
  await expect.poll(() => hr.getByTestId('minimum-wage-ambiguous-city').count()).toBe(1);
  expect(await hr.getByTestId('minimum-wage-bare-city').count()).toBe(0);
  await expect
    .poll(() => hr.getByTestId('minimum-wage-ambiguous-city').textContent())
    .toContain('bisa Kota Bekasi (Rp\u00a05.690.752) atau Kab. Bekasi (Rp\u00a05.558.515)');
  await hr.getByRole('button', { name: 'Buat penawaran' }).click();
  await hr.getByLabel('Gaji pokok bruto per bulan (Rp)').fill('5600000');
  await expect
    .poll(() => hr.getByTestId('minimum-wage-hint').textContent())
    .toContain('Penawaran diperiksa dengan yang lebih tinggi, UMK Kota Bekasi.');
  await session.screenshot(hr, 'offer-form-bekasi-kota-or-kabupaten-id');
  await phone.reload();
  await phone.getByRole('button', { name: 'Draft an offer' }).click();
  await expect
    .poll(() => phone.getByTestId('minimum-wage-hint').textContent())
    .toContain('The offer is checked against the higher, Kota Bekasi');
  await expectNoSidewaysScroll(phone);
  await session.screenshot(phone, 'offer-form-bekasi-kota-or-kabupaten-en-375');
});
