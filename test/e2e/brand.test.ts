import { deflateSync } from 'node:zlib';
import { afterAll, beforeAll, expect, test } from 'vitest';
import { ensurePortalToken } from '../../src/services/portal/portal-link-service';
import { startBrowserSession, type BrowserSession } from './browser';

let session: BrowserSession;
let portalPath: string;
beforeAll(async () => {
  session = await startBrowserSession();
  const [application] = await session.db.query<{ id: string }>(
    `SELECT a.id FROM applications a JOIN candidates c ON c.id = a.candidate_id
     WHERE a.stage = 'hr_interview' AND c.phone IS NOT NULL
       AND c.processing_restricted_at IS NULL ORDER BY a.created_at LIMIT 1`,
  );
  portalPath = `/portal/${await ensurePortalToken(session.db, application!.id)}`;
});
afterAll(() => session?.close());

/** A 96×48 PNG in two colours: a logo big enough to see in the screenshots. */
function logoPng(): Buffer {
  const width = 96;
  const height = 48;
  const rows: Buffer[] = [];
  for (let y = 0; y < height; y++) {
    const row = Buffer.alloc(1 + width * 3);
    for (let x = 0; x < width; x++) {
      const inner = x > 12 && x < 84 && y > 10 && y < 38;
      row.set(inner ? [255, 255, 255] : [122, 31, 92], 1 + x * 3);
    }
    rows.push(row);
  }
  const chunk = (type: string, data: Buffer) => {
    const body = Buffer.concat([Buffer.from(type), data]);
    const length = Buffer.alloc(4);
    length.writeUInt32BE(data.length);
    const crc = Buffer.alloc(4);
    crc.writeUInt32BE(crc32(body));
    return Buffer.concat([length, body, crc]);
  };
  const header = Buffer.alloc(13);
  header.writeUInt32BE(width, 0);
  header.writeUInt32BE(height, 4);
  header.set([8, 2, 0, 0, 0], 8);
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk('IHDR', header),
    chunk('IDAT', deflateSync(Buffer.concat(rows))),
    chunk('IEND', Buffer.alloc(0)),
  ]);
}

function crc32(bytes: Buffer): number {
  let crc = 0xffffffff;
  for (const byte of bytes) {
    crc ^= byte;
    for (let k = 0; k < 8; k++) crc = crc & 1 ? (crc >>> 1) ^ 0xedb88320 : crc >>> 1;
  }
  return (crc ^ 0xffffffff) >>> 0;
}

test('an admin sets the brand; a colour white text cannot be read on is refused, naming the field', async () => {
  const page = await session.signedInPage('admin@demo.seleksi.id', { locale: 'id' });
  await page.locator('nav.topbar__nav').getByRole('link', { name: 'Pengaturan' }).click();
  await page.getByRole('link', { name: /^Merek perusahaan/ }).click();
  await page.getByRole('heading', { name: 'Merek perusahaan', level: 1 }).waitFor();

  await page.getByLabel('Nama perusahaan').fill('PT Kopi Nusantara');
  await page.getByLabel('Warna merek').first().fill('#ffd966');
  await page.getByRole('button', { name: 'Simpan merek' }).click();
  await page.getByText('Teks putih sulit dibaca').waitFor();

  await page.getByLabel('Warna merek').first().fill('#7a1f5c');
  await page
    .getByLabel('Pembuka halaman karier (Bahasa Indonesia)')
    .fill('Kami menyeduh kopi terbaik dari petani lokal. Tumbuh bersama kami.');
  await page
    .getByLabel('Pembuka halaman karier (English)')
    .fill('We brew the best coffee from local farmers. Grow with us.');
  await page
    .getByLabel('Tentang kami (Bahasa Indonesia)')
    .fill('PT Kopi Nusantara mengelola 40 kedai di Jawa dan Bali.');
  await page
    .getByLabel('Tentang kami (English)')
    .fill('PT Kopi Nusantara runs 40 coffee shops across Java and Bali.');
  await page.getByRole('button', { name: 'Simpan merek' }).click();
  await page.getByText('Terakhir diubah oleh').waitFor();

  await page.locator('input[name=logo]').setInputFiles({
    name: 'logo.png',
    mimeType: 'image/png',
    buffer: logoPng(),
  });
  await page.locator('.brand-logo button[type=submit]').click();
  await page.locator('.brand-logo__image').waitFor();
  await session.screenshot(page, 'brand-settings-id-1280');
  await page.setViewportSize({ width: 375, height: 900 });
  await session.screenshot(page, 'brand-settings-id-375');

  const english = await session.signedInPage('admin@demo.seleksi.id', {
    locale: 'en',
    path: '/settings/brand',
  });
  await english.getByRole('heading', { name: 'Employer brand', level: 1 }).waitFor();
  await english.locator('.brand-logo__image').waitFor();
  await session.screenshot(english, 'brand-settings-en-1280');
  await english.setViewportSize({ width: 375, height: 900 });
  await session.screenshot(english, 'brand-settings-en-375');
});

test('the careers page, the portal and practice wear the brand in id and en, with no staff sign-in button in the header', async () => {
  for (const locale of ['id', 'en'] as const) {
    for (const width of [1280, 375]) {
      const page = await session.newPage({ locale, width, at: '/careers' });
      await page.locator('header .brand').getByText('PT Kopi Nusantara').waitFor();
      // The logo is its own request: wait for it rather than count it at once.
      await page.locator('header .brand img').waitFor();
      expect(await page.locator('header .brand img').count()).toBe(1);
      const intro = locale === 'id' ? 'Kami menyeduh kopi' : 'We brew the best coffee';
      await page.getByText(intro).waitFor();
      expect(await page.locator('footer').textContent()).toContain(
        locale === 'id' ? 'mengelola 40 kedai' : 'runs 40 coffee shops',
      );
      // Staff sign in from a small footer link; the header offers candidates nothing of theirs.
      expect(await page.locator('header a[href="/"]').count()).toBe(0);
      expect(await page.locator('footer a[href="/"]').count()).toBe(1);
      const colour = await page
        .locator('header.topbar')
        .evaluate((el) => getComputedStyle(el).backgroundColor);
      expect(colour).toBe('rgb(122, 31, 92)');
      await session.screenshot(page, `brand-careers-${locale}-${width}`);

      await page.goto(`${session.baseUrl}${portalPath}`);
      await page.getByTestId('portal-status').waitFor();
      // The header's brand is its own request, which may land after the portal's.
      await page.locator('header .brand').getByText('PT Kopi Nusantara').waitFor();
      expect(await page.locator('main').textContent()).toContain('PT Kopi Nusantara');
      expect(await page.locator('header a[href="/"]').count()).toBe(0);
      await session.screenshot(page, `brand-portal-${locale}-${width}`);

      await page.goto(`${session.baseUrl}/practice`);
      await page.locator('header .brand').getByText('PT Kopi Nusantara').waitFor();
      await page.context().close();
    }
  }
});

test('HR opens a WhatsApp chat from the candidate page; the contact lands in the history', async () => {
  const [candidate] = await session.db.query<{ id: string }>(
    `SELECT a.candidate_id AS id FROM applications a WHERE a.id = (
       SELECT application_id FROM portal_links WHERE token = $1)`,
    [portalPath.split('/').pop()],
  );
  const page = await session.signedInPage('hr@demo.seleksi.id', {
    locale: 'en',
    path: `/candidates/${candidate!.id}`,
  });
  await page
    .context()
    .route('https://wa.me/**', (route) =>
      route.fulfill({ contentType: 'text/html', body: '<title>wa.me</title>' }),
    );
  await page.getByRole('button', { name: 'Open WhatsApp' }).first().waitFor();
  await page.getByLabel('Message', { exact: true }).first().selectOption('portal_link');
  const [chat] = await Promise.all([
    page.context().waitForEvent('page'),
    page.getByRole('button', { name: 'Open WhatsApp' }).first().click(),
  ]);
  await chat.waitForURL(/^https:\/\/wa\.me\/62\d+\?text=/);
  const text = decodeURIComponent(new URL(chat.url()).searchParams.get('text') ?? '');
  expect(text).toContain('PT Kopi Nusantara');
  expect(text).toContain('/portal/');
  await page.getByTestId('history-whatsapp').first().waitFor();
  expect(await page.getByTestId('history-whatsapp').first().textContent()).toContain(
    'opened a WhatsApp chat: Portal link',
  );
  await session.screenshot(page, 'whatsapp-history-en-1280');
});

test('a WhatsApp document request asks which documents and ends with them, in id and en', async () => {
  const [candidate] = await session.db.query<{ id: string }>(
    `SELECT a.candidate_id AS id FROM applications a WHERE a.id = (
       SELECT application_id FROM portal_links WHERE token = $1)`,
    [portalPath.split('/').pop()],
  );
  for (const [locale, label, required, documents, ending] of [
    [
      'id',
      'Dokumen yang diminta',
      'Wajib diisi.',
      'KTP, ijazah terakhir',
      'dokumen berikut: KTP, ijazah terakhir',
    ],
    [
      'en',
      'Documents requested',
      'Required.',
      'ID card (KTP)',
      'the following documents: ID card (KTP)',
    ],
  ] as const) {
    const page = await session.signedInPage('hr@demo.seleksi.id', {
      locale,
      path: `/candidates/${candidate!.id}`,
    });
    await page
      .context()
      .route('https://wa.me/**', (route) =>
        route.fulfill({ contentType: 'text/html', body: '<title>wa.me</title>' }),
      );
    const contact = page.locator('.whatsapp-contact').first();
    await contact.locator('select').first().selectOption('document_request');
    await contact.locator('select').nth(1).selectOption(locale);
    const open = contact.getByRole('button', {
      name: locale === 'id' ? 'Buka WhatsApp' : 'Open WhatsApp',
    });
    await open.click();
    await expect.poll(() => contact.locator('.field__error').textContent()).toBe(required);
    await contact.getByLabel(label).fill(documents);
    const [chat] = await Promise.all([page.context().waitForEvent('page'), open.click()]);
    await chat.waitForURL(/^https:\/\/wa\.me\/62\d+\?text=/);
    const text = decodeURIComponent(new URL(chat.url()).searchParams.get('text') ?? '');
    expect(text.endsWith(ending)).toBe(true);
    await session.screenshot(page, `whatsapp-documents-${locale}-1280`);
    await page.context().close();
  }
});

test('the WhatsApp interview reminder is offered, first, only while an interview is booked ahead', async () => {
  const page = await session.signedInPage('hr@demo.seleksi.id', { locale: 'en' });
  // Candidates with one application, at an interview stage, contactable: with and without a booking.
  const atInterview = (booked: boolean) =>
    session.db.query<{ id: string }>(
      `SELECT c.id FROM candidates c JOIN applications a ON a.candidate_id = c.id
       WHERE a.stage IN ('hr_interview', 'user_interview') AND c.phone IS NOT NULL
         AND c.processing_restricted_at IS NULL
         AND (SELECT count(*) FROM applications o WHERE o.candidate_id = c.id) = 1
         AND ${booked ? '' : 'NOT'} EXISTS (SELECT 1 FROM interviews i WHERE i.application_id = a.id
           AND i.status = 'scheduled' AND i.starts_at > now())
       LIMIT 1`,
    );
  for (const [booked, first] of [
    [false, 'Portal link'],
    [true, 'Interview reminder'],
  ] as const) {
    const [candidate] = await atInterview(booked);
    await page.goto(`${session.baseUrl}/candidates/${candidate!.id}`);
    const message = page.getByLabel('Message', { exact: true });
    await message.waitFor();
    const options = await message.locator('option').allTextContents();
    expect(options[0]).toBe(first);
    expect(options.includes('Interview reminder')).toBe(booked);
  }
  await session.screenshot(page, 'whatsapp-reminder-en-1280');
});
