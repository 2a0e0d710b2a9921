import type { Page } from 'playwright-core';
import { afterAll, beforeAll, expect, test } from 'vitest';
import { makeDocx, makePdf } from '../support/cv-files';
import { startBrowserSession, type BrowserSession } from './browser';

let session: BrowserSession;
beforeAll(async () => {
  session = await startBrowserSession();
});
afterAll(() => session?.close());

const phone = 375;

/** Searches the candidates list until the background reading of the CV has made it findable. */
async function searchUntilFound(page: Page, word: string, name: string) {
  await expect
    .poll(
      async () => {
        // Cleared for longer than the search's 250 ms pause, so the same word is searched anew
        // (the CV is read in the background and may not be in the index at the first try).
        await page.locator('input[name=q]').fill('');
        await page.waitForTimeout(400);
        await page.locator('input[name=q]').fill(word);
        await page.waitForTimeout(600);
        return page.locator('.candidate-list').textContent();
      },
      { timeout: 30_000, interval: 500 },
    )
    .toContain(name);
}

test("a careers page's English address (?lang=en) opens in English, and the address follows the language switch", async () => {
  const page = await session.newPage({ width: phone }); // no saved language
  await page.goto(`${session.baseUrl}/careers?lang=en`);
  await page.getByRole('link', { name: 'Backend Developer' }).waitFor();
  expect(await page.locator('html').getAttribute('lang')).toBe('en');
  await page.getByRole('heading', { name: 'Careers', level: 1 }).waitFor();
  await page.getByRole('link', { name: 'Backend Developer' }).click();
  await page.getByRole('heading', { name: 'How we select' }).waitFor();
  await expect.poll(() => new URL(page.url()).searchParams.get('lang')).toBe('en');

  await page.getByRole('button', { name: 'ID', exact: true }).click();
  await page.getByRole('heading', { name: 'Proses seleksi' }).waitFor();
  await expect.poll(() => new URL(page.url()).search).toBe('');
  await page.getByRole('button', { name: 'EN', exact: true }).click();
  await page.getByRole('heading', { name: 'How we select' }).waitFor();
  await expect.poll(() => new URL(page.url()).search).toBe('?lang=en');
});

test("a remote job's browser tab says Remote, as the page the server sent (and its link previews) does", async () => {
  const page = await session.newPage({ width: phone, locale: 'id' });
  await page.goto(`${session.baseUrl}/careers`);
  await page.getByRole('link', { name: 'Data Analyst' }).click();
  await page.getByRole('heading', { name: 'Proses seleksi' }).waitFor();
  const served = await (await fetch(page.url())).text();
  // With the employer's name, as the brand settings give it.
  const company = /<meta property="og:site_name" content="([^"]+)">/.exec(served)![1]!;
  expect(served).toContain(`<title>Data Analyst di ${company} · Remote</title>`);
  await expect.poll(() => page.title()).toBe(`Data Analyst di ${company} · Remote`);
  await page.context().close();
});

test('a candidate applies from the careers page on a phone; HR finds them by a CV word and advances them to the HR interview', async () => {
  const page = await session.newPage({ width: phone, locale: 'id' });
  await page.goto(`${session.baseUrl}/careers`);
  await page.getByRole('link', { name: 'Backend Developer' }).waitFor();
  expect(await page.title()).toContain('Lowongan kerja');
  await session.screenshot(page, 'careers-id-375');

  await page.getByRole('link', { name: 'Backend Developer' }).click();
  await page.getByRole('heading', { name: 'Proses seleksi' }).waitFor();
  expect(await page.title()).toContain('Backend Developer');
  expect(await page.locator('.process').textContent()).toContain('Engineering Lead');
  await session.screenshot(page, 'job-page-id-375');

  // Sending without consent, CV and with a bad number: each field says what is wrong; typed text stays.
  await page.getByLabel('Nama lengkap').fill('Wahyu Kurniawan');
  await page.getByLabel('E-mail', { exact: true }).fill('wahyu.kurniawan@example.com');
  await page.getByLabel('Nomor HP (WhatsApp)').fill('0812-12');
  await page.getByLabel('Kota domisili').fill('Malang');
  await page.getByRole('button', { name: 'Kirim lamaran' }).click();
  await expect
    .poll(() => page.locator('.apply').textContent())
    .toContain('Centang persetujuan pemrosesan data');
  const form = await page.locator('.apply').textContent();
  expect(form).toContain('Nomor HP Indonesia tidak valid');
  expect(await page.getByLabel('Nama lengkap').inputValue()).toBe('Wahyu Kurniawan');
  // On a phone the errors are above the button: the first one is brought into view, with focus.
  await expect
    .poll(() =>
      page.evaluate(() => {
        const focused = document.activeElement as HTMLElement;
        const box = focused.getBoundingClientRect();
        const inView = box.top >= 0 && box.bottom <= window.innerHeight;
        return inView && focused.closest('.field--invalid') !== null;
      }),
    )
    .toBe(true);
  await session.screenshot(page, 'apply-errors-id-375');

  const pdf = await makePdf([
    'Wahyu Kurniawan - Backend Developer',
    'Pengalaman 3 tahun membangun REST API dengan Node.js, TypeScript dan PostgreSQL.',
    'Mengelola infrastruktur dengan Terraform dan Docker di PT Awan Nusantara.',
  ]);
  await page.getByLabel('Nomor HP (WhatsApp)').fill('0812 3300 4455');
  await page.getByLabel(/^CV/).setInputFiles({
    name: 'CV Wahyu.pdf',
    mimeType: 'application/pdf',
    buffer: pdf,
  });
  await page.getByRole('checkbox', { name: /Saya menyetujui/ }).check();
  await page.getByRole('button', { name: 'Kirim lamaran' }).click();
  await page.getByRole('heading', { name: /lamaran Anda sudah kami terima/ }).waitFor();
  await session.screenshot(page, 'apply-done-id-375');

  // HR, on a phone too, finds the candidate by a word that is only in the CV.
  const hr = await session.newPage({ width: phone, locale: 'id' });
  await session.signIn(hr, 'hr@demo.seleksi.id');
  await hr.goto(`${session.baseUrl}/candidates`);
  await searchUntilFound(hr, 'terraform', 'Wahyu Kurniawan');
  expect(await hr.locator('.candidate-row__snippet mark').first().textContent()).toBe('Terraform');
  await session.screenshot(hr, 'search-snippet-id-375');

  // The screening view: move the new application to CV screening, then advance it to the HR interview.
  await hr.getByRole('link', { name: 'Wahyu Kurniawan' }).click();
  await hr.getByRole('link', { name: 'Backend Developer' }).first().click();
  await hr.getByRole('link', { name: 'Screening CV' }).click();
  await hr.locator('select[name=stage]').selectOption('applied');
  const card = hr.locator('.screening-card', { hasText: 'Wahyu Kurniawan' });
  await card.getByRole('button', { name: 'Pindahkan ke screening CV' }).click();
  await expect.poll(() => card.count()).toBe(0);
  await hr.locator('select[name=stage]').selectOption('cv_screening');
  // The list reloads for the chosen stage: wait for this CV's findings, not the previous list.
  await expect.poll(() => card.locator('.tag--missing').allTextContents()).toContain('Grafana');
  const shown = await card.textContent();
  expect(shown).toContain('Node.js');
  expect(shown).toContain('3 tahun');
  await session.screenshot(hr, 'screening-id-375');
  await card.getByRole('button', { name: 'Lanjut ke interview HR' }).click();
  await expect.poll(() => hr.getByRole('status').first().textContent()).not.toBe('');
  await expect.poll(() => card.count()).toBe(0);

  await hr.goto(`${session.baseUrl}/candidates`);
  await searchUntilFound(hr, 'terraform', 'Wahyu Kurniawan');
  await hr.getByRole('link', { name: 'Wahyu Kurniawan' }).click();
  await expect
    .poll(() => hr.getByTestId('application-stage').first().textContent())
    .toBe('Interview HR');
  expect(await hr.locator('.cv-files').textContent()).toContain('CV Wahyu.pdf');
});

test('in English: the careers pages, the form’s errors, search and screening, at phone width and on a desktop', async () => {
  const page = await session.newPage({ width: phone, locale: 'en' });
  await page.goto(`${session.baseUrl}/careers`);
  await page.getByRole('link', { name: 'Data Analyst' }).waitFor();
  await session.screenshot(page, 'careers-en-375');
  await page.getByRole('link', { name: 'Data Analyst' }).click();
  await page.getByRole('heading', { name: 'How we select' }).waitFor();
  await session.screenshot(page, 'job-page-en-375');

  // A picture named .pdf is refused by its content.
  await page.getByLabel('Full name').fill('Nadia Putri');
  await page.getByLabel('E-mail', { exact: true }).fill('nadia.putri@example');
  await page.getByLabel('Mobile number (WhatsApp)').fill('0857 1234 9876');
  await page.getByLabel('City you live in').fill('Depok');
  await page.getByLabel(/^CV/).setInputFiles({
    name: 'cv.pdf',
    mimeType: 'application/pdf',
    buffer: Buffer.from('89504e470d0a1a0a0000000d49484452', 'hex'),
  });
  await page.getByRole('checkbox', { name: /I agree/ }).check();
  await page.getByRole('button', { name: 'Send application' }).click();
  await expect
    .poll(() => page.locator('.apply').textContent())
    .toContain('Upload your CV as a PDF or a Word (.docx) file.');
  expect(await page.locator('.apply').textContent()).toContain('Not a valid e-mail address.');
  await session.screenshot(page, 'apply-errors-en-375');

  await page.getByLabel('E-mail', { exact: true }).fill('nadia.putri@example.com');
  await page.getByLabel(/^CV/).setInputFiles({
    name: 'nadia.docx',
    mimeType: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
    buffer: await makeDocx([
      'Nadia Putri, Data Analyst',
      '4+ years of experience with SQL, BigQuery and Looker Studio dashboards.',
      'Ran A/B testing for a retail app with Metabase.',
    ]),
  });
  await page.getByRole('button', { name: 'Send application' }).click();
  await page.getByRole('heading', { name: /we received your application/ }).waitFor();

  for (const width of [phone, 1280]) {
    const hr = await session.newPage({ width, locale: 'en' });
    await session.signIn(hr, 'hr@demo.seleksi.id');
    await hr.goto(`${session.baseUrl}/candidates`);
    await searchUntilFound(hr, 'metabase', 'Nadia Putri');
    await session.screenshot(hr, `search-snippet-en-${width === phone ? '375' : 'desktop'}`);
    await hr.getByRole('link', { name: 'Nadia Putri' }).click();
    await hr.getByRole('link', { name: 'Data Analyst' }).first().click();
    await hr.getByRole('link', { name: 'CV screening' }).click();
    await hr.locator('.screening-card').first().waitFor();
    await session.screenshot(hr, `screening-en-${width === phone ? '375' : 'desktop'}`);
  }

  // The demo's twin (the same phone, applied again from the careers page) is flagged and merged.
  const hr = await session.newPage({ locale: 'en' });
  await session.signIn(hr, 'hr@demo.seleksi.id');
  await hr.goto(`${session.baseUrl}/candidates`);
  await hr.locator('input[name=q]').fill('Hendra Gunawan');
  await hr.getByRole('link', { name: 'Hendra Gunawan', exact: true }).waitFor();
  await hr.getByRole('link', { name: 'Hendra Gunawan', exact: true }).click();
  const duplicates = hr.locator('.duplicates');
  await duplicates.waitFor();
  expect(await duplicates.textContent()).toContain('same phone');
  expect(await hr.locator('#cv-title').count()).toBe(1);
  await session.screenshot(hr, 'candidate-duplicates-en-desktop');
  await duplicates.getByRole('button', { name: 'Merge into this candidate' }).click();
  // Both records read "Hendra Gunawan": the confirmation tells them apart by jobs and dates.
  const confirm = hr.getByRole('dialog');
  expect(await confirm.locator('.merge-preview').textContent()).toMatch(
    /Moving over, then deleted: .+ \(applied .+\) · record created .+Staying: .+ · record created /,
  );
  await confirm.getByRole('button', { name: 'Merge into this candidate' }).click();
  await expect.poll(() => hr.getByRole('status').first().textContent()).toContain('merged');
  await expect.poll(() => hr.locator('.application').count()).toBe(2);
});

test('HR marks two people with the same name in the same city as different, in Indonesian at 375 px', async () => {
  const hr = await session.newPage({ locale: 'id', width: phone });
  await session.signIn(hr, 'hr@demo.seleksi.id');
  const ids: string[] = [];
  for (const n of [1, 2]) {
    const created = await hr.request.post(`${session.baseUrl}/api/candidates`, {
      headers: { origin: session.baseUrl },
      data: {
        fullName: 'Bonifasius Tanoto',
        email: `bonifasius.tanoto.${n}@example.com`,
        phone: null,
        source: 'referral',
        tags: [],
        notes: '',
        city: 'Semarang',
        tellCandidate: false,
      },
    });
    expect(created.status()).toBe(201);
    ids.push(((await created.json()) as { id: string }).id);
  }
  await hr.goto(`${session.baseUrl}/candidates/${ids[0]}`);
  const duplicates = hr.locator('.duplicates');
  await duplicates.waitFor();
  await session.screenshot(hr, 'candidate-duplicates-id-375');
  await duplicates.getByRole('button', { name: 'Bukan orang yang sama' }).click();
  await hr.getByText('Dicatat sebagai dua orang berbeda', { exact: false }).waitFor();
  await expect.poll(() => hr.locator('.duplicates').count()).toBe(0);
  await hr.goto(`${session.baseUrl}/candidates/${ids[1]}`);
  await hr.getByRole('heading', { name: 'Bonifasius Tanoto' }).waitFor();
  // Let the duplicate check answer before looking for its panel.
  await hr.waitForLoadState('networkidle');
  expect(await hr.locator('.duplicates').count()).toBe(0);
});
