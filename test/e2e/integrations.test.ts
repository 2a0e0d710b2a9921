import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, expect, test } from 'vitest';
import { startBrowserSession, type BrowserSession } from './browser';
import { expectNoSidewaysScroll } from './page-width';
import { freePort } from '../support/free-port';

let session: BrowserSession;
let receiver: Server;
let hookUrl: string;
const received: string[] = [];
beforeAll(async () => {
  session = await startBrowserSession();
  receiver = createServer((request, response) => {
    request.on('data', () => undefined);
    request.on('end', () => {
      // The second receiver on the same server answers every delivery with an error.
      if (request.url === '/erring') response.statusCode = 500;
      else received.push(String(request.headers['seleksi-event']));
      response.end();
    });
  });
  await new Promise<void>((resolve) => receiver.listen(0, '127.0.0.1', resolve));
  hookUrl = `http://127.0.0.1:${(receiver.address() as AddressInfo).port}/hook`;
});
afterAll(async () => {
  await session?.close();
  await new Promise((resolve) => receiver?.close(resolve));
});

/** A board move as the admin (the event the endpoints subscribe to); returns the application. */
async function moveAnAppliedApplication(admin: Page): Promise<string> {
  const [application] = await session.db.query<{ id: string }>(
    `SELECT id FROM applications WHERE stage = 'applied' LIMIT 1`,
  );
  const moved = await admin.request.post(
    `${session.baseUrl}/api/applications/${application!.id}/move`,
    { data: { toStage: 'cv_screening' } },
  );
  expect(moved.status()).toBe(200);
  return application!.id;
}

test(
  'an admin creates an API token and a webhook, sees a delivery in the log; on a phone and in English too',
  { timeout: 240_000 },
  async () => {
    const admin = await session.signedInPage('admin@demo.seleksi.id', { locale: 'id' });
    await admin.locator('nav.topbar__nav').getByRole('link', { name: 'Pengaturan' }).click();
    await admin.getByRole('link', { name: /^Integrasi/ }).click();
    await admin.getByRole('heading', { name: 'Token API', level: 2 }).waitFor();
    // The API documentation is linked, not only named.
    const docs = admin.getByRole('link', { name: '/api/openapi.json' });
    expect(await docs.getAttribute('href')).toBe('/api/openapi.json');

    await admin.getByLabel('Nama (untuk apa token ini)').fill('Sinkron HRIS');
    await admin.getByLabel('Baca lowongan dan papan tahapannya').check();
    await admin.getByRole('button', { name: 'Buat token' }).click();
    const secret = await admin.getByTestId('secret-notice').locator('input').inputValue();
    expect(secret).toMatch(/^slk_[\w-]{43}$/);
    await admin.locator('li[data-token="Sinkron HRIS"]').waitFor();

    // A token made by mistake and revoked at once: its row says so and its secret (with the copy
    // button) goes, without a reload.
    await admin.getByLabel('Nama (untuk apa token ini)').fill('Salah buat');
    await admin.getByLabel('Baca laporan').check();
    await admin.getByRole('button', { name: 'Buat token' }).click();
    const mistake = admin.locator('li[data-token="Salah buat"]');
    await mistake.waitFor();
    expect(await admin.getByTestId('secret-notice').textContent()).toContain('Salah buat');
    await mistake.getByRole('button', { name: 'Cabut' }).click();
    await admin
      .getByRole('dialog', { name: 'Cabut token "Salah buat"?' })
      .getByRole('button', { name: 'Cabut' })
      .click();
    await admin.getByTestId('secret-notice').waitFor({ state: 'detached', timeout: 3_000 });
    await expect.poll(() => mistake.textContent(), { timeout: 3_000 }).toContain('Dicabut');
    expect(await mistake.getByRole('button', { name: 'Cabut' }).count()).toBe(0);
    expect(await admin.getByRole('button', { name: 'Salin' }).count()).toBe(0);

    // An address without HTTPS is refused, named at its field.
    await admin.getByLabel('Alamat (https://…)').fill('http://hooks.example.com/x');
    await admin.getByLabel('Tahap lamaran berubah').check();
    await admin.getByRole('button', { name: 'Tambah webhook' }).click();
    await admin.getByText('Alamat webhook harus memakai HTTPS.').waitFor();
    // An address inside the network is refused in the screen's language too.
    await admin.getByLabel('Alamat (https://…)').fill('https://10.1.2.3/hook');
    await admin.getByRole('button', { name: 'Tambah webhook' }).click();
    await admin.getByText('Alamat webhook harus bisa dijangkau dari internet').waitFor();
    expect(await admin.getByText('must be on the internet').count()).toBe(0);
    await session.screenshot(admin, 'webhook-private-address-id-1280');
    await admin.getByLabel('Alamat (https://…)').fill(hookUrl);
    await admin.getByRole('button', { name: 'Tambah webhook' }).click();
    const endpoint = admin.locator(`li[data-endpoint="${hookUrl}"]`);
    await endpoint.waitFor();

    // A move on the board is delivered, and shows in the log.
    const applicationId = await moveAnAppliedApplication(admin);
    await expect.poll(() => received.length, { timeout: 15_000 }).toBeGreaterThan(0);
    expect(received[0]).toBe('application.stage_changed');
    await endpoint.getByRole('button', { name: 'Log pengiriman' }).click();
    const delivered = endpoint.locator('.delivery-row[data-status="delivered"]');
    await delivered.waitFor({ timeout: 15_000 });
    // The receiver's status code is shown beside the attempt.
    expect(await delivered.textContent()).toContain('penerima menjawab HTTP 200');
    // Each attempt with its time, not only the latest's.
    expect(await delivered.getByTestId('delivery-attempts').textContent()).toMatch(
      /^Percobaan 1 \(\d{1,2} \S+ \d{4},? \d{2}[.:]\d{2} WIB\): HTTP 200$/,
    );
    // The entry names whom the event is about, and the application.
    const [about] = await session.db.query<{ fullName: string }>(
      `SELECT c.full_name AS "fullName" FROM applications a JOIN candidates c ON c.id = a.candidate_id
       WHERE a.id = $1`,
      [applicationId],
    );
    expect(await delivered.getByTestId('delivery-subject').textContent()).toBe(
      `${about!.fullName} · lamaran ${applicationId.slice(0, 8)}`,
    );
    await session.screenshot(admin, 'integrations-id-1280');
    // Sent again: the log follows the delivery to its new outcome without a reload.
    const arrived = received.length;
    await delivered.getByRole('button', { name: 'Kirim ulang' }).click();
    await expect.poll(() => received.length, { timeout: 15_000 }).toBe(arrived + 1);
    await expect
      .poll(() => endpoint.locator('.delivery-row').first().textContent(), { timeout: 15_000 })
      .toContain('2 percobaan');
    expect(await endpoint.locator('.delivery-row').first().getAttribute('data-status')).toBe(
      'delivered',
    );

    const phone = await session.signedInPage('admin@demo.seleksi.id', {
      width: 375,
      locale: 'en',
      path: '/settings/integrations',
    });
    await phone.getByRole('heading', { name: 'API tokens', level: 2 }).waitFor();
    const phoneEndpoint = phone.locator(`li[data-endpoint="${hookUrl}"]`);
    await phoneEndpoint.getByRole('button', { name: 'Delivery log' }).click();
    await phoneEndpoint.locator('.delivery-row').first().waitFor();
    await session.screenshot(phone, 'integrations-en-375');
    // No sideways scrolling on a phone.
    await expectNoSidewaysScroll(phone);
    await phone.close();

    for (const [width, locale] of [
      [375, 'id'],
      [1280, 'en'],
    ] as const) {
      const page = await session.signedInPage('admin@demo.seleksi.id', {
        width,
        locale,
        path: '/settings/integrations',
      });
      await page.locator(`li[data-endpoint="${hookUrl}"]`).waitFor();
      await session.screenshot(page, `integrations-${locale}-${width}`);
      await page.close();
    }
  },
);

test(
  'the delivery log says why a delivery failed and when it is tried again or that it gave up; revoking a token asks in the app dialog',
  { timeout: 240_000 },
  async () => {
    const admin = await session.signedInPage('admin@demo.seleksi.id', { locale: 'id' });
    const erring = hookUrl.replace('/hook', '/erring');
    const refused = `http://127.0.0.1:${await freePort()}/hook`;
    for (const url of [erring, refused]) {
      const created = await admin.request.post(`${session.baseUrl}/api/admin/webhooks`, {
        data: { url, description: 'HRIS', events: ['application.stage_changed'] },
      });
      expect(created.status()).toBe(201);
    }
    await moveAnAppliedApplication(admin);
    const deliveryTo = async (url: string) =>
      (
        await session.db.query<{ id: string }>(
          `SELECT d.id FROM webhook_deliveries d JOIN webhook_endpoints e ON e.id = d.endpoint_id
           WHERE e.url = $1 ORDER BY d.created_at DESC LIMIT 1`,
          [url],
        )
      )[0]?.id;
    const retryJob = async (deliveryId: string | undefined) =>
      deliveryId
        ? (
            await session.db.query(
              `SELECT 1 FROM pgboss.job WHERE name = 'webhook.deliver' AND state = 'retry'
               AND data->>'deliveryId' = $1`,
              [deliveryId],
            )
          ).length > 0
        : false;
    await expect
      .poll(async () => retryJob(await deliveryTo(erring)), { timeout: 20_000 })
      .toBe(true);
    await expect
      .poll(async () => retryJob(await deliveryTo(refused)), { timeout: 20_000 })
      .toBe(true);
    // The queue plans the erring one's next try an hour away (as a long backoff would), and gives
    // the refused one a last try now, so the page shows both cases steadily.
    await session.db.query(
      `UPDATE pgboss.job SET start_after = now() + interval '1 hour'
       WHERE name = 'webhook.deliver' AND state = 'retry' AND data->>'deliveryId' = $1`,
      [await deliveryTo(erring)],
    );
    await session.db.query(
      `UPDATE pgboss.job SET retry_limit = 1, start_after = now()
       WHERE name = 'webhook.deliver' AND state = 'retry' AND data->>'deliveryId' = $1`,
      [await deliveryTo(refused)],
    );

    const logOf = async (page: typeof admin, url: string) => {
      const endpoint = page.locator(`li[data-endpoint="${url}"]`);
      await endpoint.getByRole('button', { name: /^(Log pengiriman|Delivery log)$/ }).click();
      return endpoint.locator('.delivery-row').first();
    };
    await admin.goto(`${session.baseUrl}/settings/integrations`);
    const erringRow = await logOf(admin, erring);
    await expect
      .poll(() => erringRow.textContent(), { timeout: 15_000 })
      .toContain('Penerima menjawab dengan galat (500).');
    expect(await erringRow.textContent()).toMatch(/Percobaan \d dari 6 gagal\. Dicoba lagi pada /);
    // The raw code is there for whoever needs it, folded under "technical detail".
    expect(await erringRow.textContent()).not.toMatch(/500\)\.\s*http_500/);
    expect(await erringRow.locator('code').isVisible()).toBe(false);
    await erringRow.getByText('Detail teknis').click();
    expect(await erringRow.locator('code').isVisible()).toBe(true);
    expect(await erringRow.locator('code').textContent()).toBe('http_500');
    await expect
      .poll(
        async () => {
          await admin.reload();
          return (await logOf(admin, refused)).getAttribute('data-status');
        },
        { timeout: 30_000 },
      )
      .toBe('failed');
    await (await logOf(admin, erring)).waitFor();
    const gaveUp = admin.locator(`li[data-endpoint="${refused}"] .delivery-row`).first();
    expect(await gaveUp.textContent()).toContain('Server penerima menolak sambungan.');
    expect(await gaveUp.textContent()).toMatch(/Pengiriman dihentikan setelah \d percobaan\./);
    // Each attempt, not only the latest.
    expect(await gaveUp.getByTestId('delivery-attempts').textContent()).toMatch(
      /^Percobaan 1 \(\d{1,2} \S+ \d{4},? \d{2}[.:]\d{2} WIB\): sambungan ditolak · Percobaan 2 \(\d{1,2} \S+ \d{4},? \d{2}[.:]\d{2} WIB\): sambungan ditolak( · Percobaan \d \(\d{1,2} \S+ \d{4},? \d{2}[.:]\d{2} WIB\): sambungan ditolak)*$/,
    );
    expect(await gaveUp.getByRole('button', { name: 'Kirim ulang' }).isVisible()).toBe(true);
    await admin.locator(`li[data-endpoint="${refused}"]`).scrollIntoViewIfNeeded();
    await session.screenshot(admin, 'delivery-log-id-1280');

    const phone = await session.signedInPage('admin@demo.seleksi.id', {
      width: 375,
      locale: 'en',
      path: '/settings/integrations',
    });
    const phoneErring = await logOf(phone, erring);
    await expect
      .poll(() => phoneErring.textContent())
      .toContain('The receiver answered with an error (500).');
    expect(await phoneErring.textContent()).toMatch(/Attempt \d of 6 failed\. Next try at /);
    expect(await phoneErring.textContent()).toContain('receiver answered HTTP 500');
    expect(await phoneErring.getByTestId('delivery-attempts').textContent()).toMatch(
      /^Attempt 1 \(\d{1,2} \S+ \d{4},? \d{2}[.:]\d{2} WIB\): HTTP 500( · Attempt \d \(\d{1,2} \S+ \d{4},? \d{2}[.:]\d{2} WIB\): HTTP 500)*$/,
    );
    const phoneRefused = await logOf(phone, refused);
    await expect.poll(() => phoneRefused.textContent()).toMatch(/Gave up after \d attempts\./);
    expect(await phoneRefused.textContent()).toContain(
      'The receiving server refused the connection.',
    );
    await phone.locator(`li[data-endpoint="${erring}"]`).scrollIntoViewIfNeeded();
    await session.screenshot(phone, 'delivery-log-en-375');
    await expectNoSidewaysScroll(phone);

    // Revoking a token: the app's dialog names it; Escape and Cancel leave it working.
    const token = admin.locator('li[data-token="Sinkron HRIS"]');
    await admin.reload();
    await token.getByRole('button', { name: 'Cabut' }).click();
    const dialog = admin.getByRole('dialog', { name: 'Cabut token "Sinkron HRIS"?' });
    await dialog.waitFor();
    expect(await dialog.textContent()).toContain('langsung berhenti bekerja');
    // Focus starts on Cancel: a stray Enter revokes nothing.
    expect(await admin.evaluate(() => document.activeElement?.textContent)).toBe('Batal');
    await session.screenshot(admin, 'revoke-dialog-id-1280');
    await admin.keyboard.press('Escape');
    await dialog.waitFor({ state: 'detached' });
    expect(await admin.evaluate(() => document.activeElement?.textContent)).toBe('Cabut');
    await token.getByRole('button', { name: 'Cabut' }).click();
    await dialog.getByRole('button', { name: 'Batal' }).click();
    await dialog.waitFor({ state: 'detached' });
    await admin.reload();
    await expect.poll(() => token.textContent()).toContain('Aktif');

    await phone.reload();
    const phoneToken = phone.locator('li[data-token="Sinkron HRIS"]');
    await phoneToken.getByRole('button', { name: 'Revoke' }).click();
    const phoneDialog = phone.getByRole('dialog', { name: 'Revoke the token "Sinkron HRIS"?' });
    await phoneDialog.waitFor();
    await session.screenshot(phone, 'revoke-dialog-en-375');
    await phoneDialog.getByRole('button', { name: 'Revoke' }).click();
    await expect.poll(() => phoneToken.textContent()).toContain('Revoked');

    for (const [width, locale] of [
      [375, 'id'],
      [1280, 'en'],
    ] as const) {
      const other = await session.signedInPage('admin@demo.seleksi.id', {
        width,
        locale,
        path: '/settings/integrations',
      });
      await logOf(other, refused);
      await (await logOf(other, erring)).waitFor();
      await other.locator(`li[data-endpoint="${erring}"]`).scrollIntoViewIfNeeded();
      await session.screenshot(other, `delivery-log-${locale}-${width}`);
      // The revoke dialog in this language and width too (a token made for it, left active).
      const name = `Ekspor ${locale} ${width}`;
      const made = await other.request.post(`${session.baseUrl}/api/admin/api-tokens`, {
        data: { name, scopes: ['read:reports'] },
      });
      expect(made.status()).toBe(201);
      await other.reload();
      await other
        .locator(`li[data-token="${name}"]`)
        .getByRole('button', { name: locale === 'id' ? 'Cabut' : 'Revoke' })
        .click();
      await other.getByRole('dialog').waitFor();
      await session.screenshot(other, `revoke-dialog-${locale}-${width}`);
      await other.keyboard.press('Escape');
      await other.getByRole('dialog').waitFor({ state: 'detached' });
      await other.close();
    }
    await phone.close();
    await admin.close();
  },
);
