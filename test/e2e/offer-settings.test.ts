import { afterAll, beforeAll, expect, test } from 'vitest';
import { pdfText } from '../support/pdf-text';
import { downloadedFile, startBrowserSession, type BrowserSession } from './browser';

let session: BrowserSession;
beforeAll(async () => {
  session = await startBrowserSession();
});
afterAll(() => session?.close());

test('an admin records a city minimum wage typed as "5,7 juta", names an approver and words the offer letter, in Indonesian', async () => {
  const page = await session.signedInPage('admin@demo.seleksi.id', { locale: 'id' });
  // Settings pages are reached through the one Settings entry of the top bar.
  await page.locator('nav.topbar__nav').getByRole('link', { name: 'Pengaturan' }).click();
  await page.getByRole('link', { name: /^Pengaturan penawaran/ }).click();
  await page.getByRole('heading', { name: 'Pengaturan penawaran', level: 1 }).waitFor();
  const jakarta = page.getByRole('row', { name: /DKI Jakarta/ }).first();
  await expect.poll(() => jakarta.textContent()).toContain('Rp\u00a05.396.761');
  // The demo's Bandung job has no UMK on record: the page names it (Jakarta's cities set none).
  const missingUmk = page.getByTestId('cities-without-umk');
  await expect.poll(() => missingUmk.textContent()).toContain('Bandung (Jawa Barat)');
  expect(await missingUmk.textContent()).not.toContain('Jakarta');
  await session.screenshot(page, 'offer-settings-minimum-wages-id');

  await page.getByRole('button', { name: 'Tambah upah minimum' }).click();
  await page.getByLabel('Provinsi').selectOption('jawa_barat');
  await page.getByLabel('Kota/kabupaten (UMK)').fill('Kota Bekasi');
  await page.locator('input[name=year]').fill('2026');
  await page.getByLabel('Upah minimum per bulan').fill('lima juta');
  await page.getByLabel('Dasar penetapan').fill('Keputusan Gubernur Jawa Barat tentang UMK 2026');
  await page.getByRole('button', { name: 'Simpan' }).click();
  await page.getByText('Bukan jumlah rupiah').waitFor();
  await session.screenshot(page, 'offer-settings-minimum-wage-error-id');
  await page.getByLabel('Upah minimum per bulan').fill('5,7 juta');
  await page.getByRole('button', { name: 'Simpan' }).click();
  await page.locator('select[name=yearFilter]').selectOption('2026');
  const bekasi = page.getByRole('row', { name: /Kota Bekasi/ });
  await expect.poll(() => bekasi.textContent()).toContain('Rp\u00a05.700.000');

  await page.getByRole('link', { name: 'Persetujuan' }).click();
  await page.getByLabel('Setiap penawaran perlu disetujui sebelum dikirim').check();
  const approver = page.getByLabel('Penyetuju yang ditunjuk');
  const firstUser = await approver.locator('option').nth(1).getAttribute('value');
  await approver.selectOption(firstUser!);
  await page.getByRole('button', { name: 'Simpan aturan' }).click();
  await page.getByRole('status').getByText('Tersimpan.').waitFor();
  await session.screenshot(page, 'offer-settings-approval-id');

  await page.getByRole('link', { name: 'Surat penawaran' }).click();
  const body = page.getByLabel('Isi surat');
  await expect.poll(() => body.inputValue()).toContain('Yth. {{candidateName}}');
  await page.getByText('Memakai teks bawaan.').waitFor();
  await body.fill('Yth. {{candidateName}},\nGaji Anda {{gaji}}.');
  await page.getByRole('button', { name: 'Simpan template' }).click();
  await page.getByText('{{gaji}}').first().waitFor();
  await session.screenshot(page, 'offer-settings-letter-error-id');
  await body.fill('Yth. {{candidateName}},\nGaji Anda {{grossMonthlySalary}}.');
  const download = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Unduh contoh PDF' }).click();
  const text = await pdfText(await downloadedFile(await download));
  expect(text).toContain('Surat Penawaran Kerja');
  expect(text).toContain('Gaji Anda Rp 12.500.000 per bulan.');
  await page.getByRole('button', { name: 'Simpan template' }).click();
  // Saved, the letter is the company's own: who changed it says so, and when.
  await expect
    .poll(() => page.locator('.templates__editor .muted').first().textContent())
    .toMatch(/^Diubah oleh .+ · .+/);
  // The company's own wording can go back to the built-in text; then there is nothing to reset.
  const reset = page.getByRole('button', { name: 'Kembalikan ke teks bawaan' });
  await reset.click();
  await page.getByText('Memakai teks bawaan.').waitFor();
  await expect.poll(() => reset.count()).toBe(0);
});

test('the same pages in English and on a phone', async () => {
  const page = await session.signedInPage('admin@demo.seleksi.id', {
    locale: 'en',
    width: 375,
    path: '/settings/minimum-wages',
  });
  await page.getByRole('heading', { name: 'Offer settings', level: 1 }).waitFor();
  // The other test recorded a 2026 row, so the newest year shown first is 2026.
  await page.locator('select[name=yearFilter]').selectOption('2025');
  await page.getByRole('row', { name: /Papua Pegunungan/ }).waitFor();
  await expect
    .poll(() => page.getByTestId('cities-without-umk').textContent())
    .toContain('No UMK is recorded for these job cities');
  await session.screenshot(page, 'offer-settings-minimum-wages-en-375');
  await page.getByRole('button', { name: 'Add a minimum wage' }).click();
  await session.screenshot(page, 'offer-settings-minimum-wage-form-en-375');
  await page.getByRole('link', { name: 'Approval' }).click();
  await page.getByLabel('Named approver').waitFor();
  await session.screenshot(page, 'offer-settings-approval-en-375');
  await page.getByRole('link', { name: 'Offer letter' }).click();
  await expect.poll(() => page.getByLabel('Letter text').inputValue()).toContain('Dear');
  await session.screenshot(page, 'offer-settings-letter-en-375');

  const wide = await session.signedInPage('admin@demo.seleksi.id', {
    locale: 'en',
    path: '/settings/offer-letter',
  });
  await wide.getByLabel('Letter text').waitFor();
  await session.screenshot(wide, 'offer-settings-letter-en');
});
