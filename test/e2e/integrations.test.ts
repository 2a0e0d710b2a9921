import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, expect, test } from 'vitest';
import { startBrowserSession, type BrowserSession } from './browser';

let session: BrowserSession;
let receiver: Server;
let hookUrl: string;
const received: string[] = [];
beforeAll(async () => {
  session = await startBrowserSession();
  receiver = createServer((request, response) => {
    request.on('data', () => undefined);
    request.on('end', () => {
      received.push(String(request.headers['seleksi-event']));
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

test(
  'an admin creates an API token and a webhook, sees a delivery in the log; on a phone and in English too',
  { timeout: 240_000 },
  async () => {
    const admin = await session.newPage({ locale: 'id' });
    await session.signIn(admin, 'admin@demo.seleksi.id');
    await admin.locator('nav.topbar__nav').getByRole('link', { name: 'Pengaturan' }).click();
    await admin.getByRole('link', { name: /^Integrasi/ }).click();
    await admin.getByRole('heading', { name: 'Token API', level: 2 }).waitFor();

    await admin.getByLabel('Nama (untuk apa token ini)').fill('Sinkron HRIS');
    await admin.getByLabel('Baca lowongan dan papan tahapannya').check();
    await admin.getByRole('button', { name: 'Buat token' }).click();
    const secret = await admin.getByTestId('secret-notice').locator('input').inputValue();
    expect(secret).toMatch(/^slk_[\w-]{43}$/);
    await admin.locator('li[data-token="Sinkron HRIS"]').waitFor();

    // An address without HTTPS is refused, named at its field.
    await admin.getByLabel('Alamat (https://…)').fill('http://hooks.example.com/x');
    await admin.getByLabel('Tahap lamaran berubah').check();
    await admin.getByRole('button', { name: 'Tambah webhook' }).click();
    await admin.getByText('Alamat webhook harus memakai HTTPS.').waitFor();
    await admin.getByLabel('Alamat (https://…)').fill(hookUrl);
    await admin.getByRole('button', { name: 'Tambah webhook' }).click();
    const endpoint = admin.locator(`li[data-endpoint="${hookUrl}"]`);
    await endpoint.waitFor();

    // A move on the board is delivered, and shows in the log.
    const [application] = await session.db.query<{ id: string }>(
      `SELECT id FROM applications WHERE stage = 'applied' LIMIT 1`,
    );
    const moved = await admin.request.post(
      `${session.baseUrl}/api/applications/${application!.id}/move`,
      { data: { toStage: 'cv_screening' } },
    );
    expect(moved.status()).toBe(200);
    await expect.poll(() => received.length, { timeout: 15_000 }).toBeGreaterThan(0);
    expect(received[0]).toBe('application.stage_changed');
    await endpoint.getByRole('button', { name: 'Log pengiriman' }).click();
    await endpoint.locator('.delivery-row[data-status="delivered"]').waitFor({ timeout: 15_000 });
    await session.screenshot(admin, 'integrations-id-1280');

    const phone = await session.newPage({ width: 375, locale: 'en' });
    await session.signIn(phone, 'admin@demo.seleksi.id');
    await phone.goto(`${session.baseUrl}/settings/integrations`);
    await phone.getByRole('heading', { name: 'API tokens', level: 2 }).waitFor();
    const phoneEndpoint = phone.locator(`li[data-endpoint="${hookUrl}"]`);
    await phoneEndpoint.getByRole('button', { name: 'Delivery log' }).click();
    await phoneEndpoint.locator('.delivery-row').first().waitFor();
    await session.screenshot(phone, 'integrations-en-375');
    // No sideways scrolling on a phone.
    expect(await phone.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(
      375,
    );
    await phone.close();

    for (const [width, locale] of [
      [375, 'id'],
      [1280, 'en'],
    ] as const) {
      const page = await session.newPage({ width, locale });
      await session.signIn(page, 'admin@demo.seleksi.id');
      await page.goto(`${session.baseUrl}/settings/integrations`);
      await page.locator(`li[data-endpoint="${hookUrl}"]`).waitFor();
      await session.screenshot(page, `integrations-${locale}-${width}`);
      await page.close();
    }
  },
);
