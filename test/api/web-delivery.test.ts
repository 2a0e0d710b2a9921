import { execFileSync } from 'node:child_process';
import { brotliDecompressSync, gunzipSync } from 'node:zlib';
import { afterAll, beforeAll, expect, test } from 'vitest';
import { startWebTestApp, type WebTestApp } from '../support/web-test-app';

// A built web app in miniature: a hashed script large enough to be worth compressing, compressed
// by the same script the build runs.
const script = `export const words = ${JSON.stringify('lowongan kerja '.repeat(400))};\n`;
const shell = `<!doctype html><title>Seleksi</title>${'<!-- padding -->'.repeat(100)}`;
let web: WebTestApp;
let app: WebTestApp['app'];
beforeAll(async () => {
  web = await startWebTestApp(
    { 'index.html': shell, 'assets/careers-page-B1x9Qz_a.js': script },
    (webDir) => execFileSync(process.execPath, ['scripts/precompress-web.js', webDir]),
  );
  ({ app } = web);
});
afterAll(() => web.close());

const asset = '/assets/careers-page-B1x9Qz_a.js';

test('a hashed script goes out brotli-compressed to a browser that accepts it, cached for good', async () => {
  const reply = await app.inject({
    method: 'GET',
    url: asset,
    headers: { 'accept-encoding': 'gzip, deflate, br, zstd' },
  });
  expect(reply.statusCode).toBe(200);
  expect(reply.headers['content-encoding']).toBe('br');
  expect(reply.headers['content-type']).toContain('javascript');
  expect(reply.headers['vary']).toMatch(/accept-encoding/i);
  expect(reply.headers['cache-control']).toBe('public, max-age=31536000, immutable');
  expect(reply.rawPayload.length).toBeLessThan(script.length / 5);
  expect(brotliDecompressSync(reply.rawPayload).toString()).toBe(script);
});

test('gzip when the browser takes no brotli, and the plain file when it takes neither', async () => {
  const gzip = await app.inject({
    method: 'GET',
    url: asset,
    headers: { 'accept-encoding': 'gzip' },
  });
  expect(gzip.headers['content-encoding']).toBe('gzip');
  expect(gzip.headers['vary']).toMatch(/accept-encoding/i);
  expect(gunzipSync(gzip.rawPayload).toString()).toBe(script);
  const plain = await app.inject({ method: 'GET', url: asset, headers: { 'accept-encoding': '' } });
  expect(plain.headers['content-encoding']).toBeUndefined();
  expect(plain.body).toBe(script);
  expect(plain.headers['cache-control']).toBe('public, max-age=31536000, immutable');
});

test('the HTML page is revalidated on every visit, so a new release is picked up at once', async () => {
  for (const url of ['/', '/jobs', '/index.html', '/careers']) {
    const reply = await app.inject({ method: 'GET', url, headers: { 'accept-encoding': 'br' } });
    expect(reply.statusCode, url).toBe(200);
    expect(reply.headers['cache-control'], url).toBe('no-cache');
    expect(reply.headers['content-type'], url).toContain('text/html');
  }
});
