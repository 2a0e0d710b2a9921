import { describe, expect, it } from 'vitest';
import { pngBytes } from '../support/cv-files';
import { expectError, expectInvalid } from '../support/expectations';
import { type TestApp, useTestApp } from '../support/test-app';

const brand = {
  companyName: '  PT Maju   Bersama ',
  brandColour: '#0B5CAD',
  aboutId: 'Kami membangun logistik untuk UMKM.',
  aboutEn: 'We build logistics for small businesses.',
  careersIntroId: 'Bergabunglah dengan tim kami.',
  careersIntroEn: 'Join our team.',
};

describe('employer brand', () => {
  const t = useTestApp();

  function uploadLogo(as: TestApp['users']['admin'] | null, bytes: Buffer, name = 'logo.png') {
    const boundary = `----brand${Math.random().toString(16).slice(2)}`;
    const payload = Buffer.concat([
      Buffer.from(
        `--${boundary}\r\nContent-Disposition: form-data; name="logo"; filename="${name}"\r\nContent-Type: image/png\r\n\r\n`,
      ),
      bytes,
      Buffer.from(`\r\n--${boundary}--\r\n`),
    ]);
    return t.app
      .inject({
        method: 'PUT',
        url: '/api/admin/brand/logo',
        payload,
        headers: {
          'content-type': `multipart/form-data; boundary=${boundary}`,
          ...(as ? { cookie: as.cookie } : {}),
        },
      })
      .then((reply) => ({ status: reply.statusCode, body: reply.json() }));
  }

  it('starts from the environment company name, marked as the default', async () => {
    const reply = await t.call(t.users.admin, 'GET', '/api/admin/brand');
    expect(reply.status).toBe(200);
    expect(reply.body).toMatchObject({
      companyName: 'PT Pasar Rakyat Digital',
      companyNameIsDefault: true,
      brandColour: null,
      logoPath: null,
    });
  });

  it('is for admins only: 401 signed out, 403 for recruiters and the rest', async () => {
    expectError(await t.call(null, 'GET', '/api/admin/brand'), 401, 'unauthenticated');
    for (const user of [t.users.recruiter, t.users.hiringManager, t.users.interviewer]) {
      expectError(await t.call(user, 'GET', '/api/admin/brand'), 403, 'forbidden');
      expectError(await t.call(user, 'PUT', '/api/admin/brand', brand), 403, 'forbidden');
      expectError(await uploadLogo(user, pngBytes), 403, 'forbidden');
    }
  });

  it('names each bad field and changes nothing', async () => {
    const reply = await t.call(t.users.admin, 'PUT', '/api/admin/brand', {
      ...brand,
      companyName: ' ',
      brandColour: 'blue',
      aboutEn: 'x'.repeat(1_001),
    });
    expectInvalid(reply, {
      companyName: 'required',
      brandColour: 'invalid_colour',
      aboutEn: 'too_big',
    });
    expect((await t.call(t.users.admin, 'GET', '/api/admin/brand')).body.companyNameIsDefault).toBe(
      true,
    );
  });

  it('refuses a colour white text cannot be read on, giving the contrast', async () => {
    const fields = expectInvalid(
      await t.call(t.users.admin, 'PUT', '/api/admin/brand', { ...brand, brandColour: '#ffd700' }),
      { brandColour: 'low_contrast' },
    );
    expect(fields[0]!.params).toEqual({ contrast: expect.any(Number) });
    expect(fields[0]!.params!.contrast).toBeLessThan(4.5);
  });

  it('saves the brand, audited, and shows it to the public', async () => {
    const saved = await t.call(t.users.admin, 'PUT', '/api/admin/brand', brand);
    expect(saved.status).toBe(200);
    expect(saved.body).toMatchObject({
      companyName: 'PT Maju Bersama',
      companyNameIsDefault: false,
      brandColour: '#0b5cad',
      careersIntroEn: 'Join our team.',
    });
    const open = await t.call(null, 'GET', '/api/brand');
    expect(open.status).toBe(200);
    expect(open.body).toEqual({
      companyName: 'PT Maju Bersama',
      brandColour: '#0b5cad',
      aboutId: brand.aboutId,
      aboutEn: brand.aboutEn,
      careersIntroId: brand.careersIntroId,
      careersIntroEn: brand.careersIntroEn,
      logoPath: null,
    });
    const log = await t.call(
      t.users.admin,
      'GET',
      '/api/admin/audit-log?action=settings.brand_changed',
    );
    expect(log.body.items.length).toBeGreaterThan(0);
  });

  it('takes a PNG logo, serves it from a versioned URL, and refuses anything else by its bytes', async () => {
    const svg = Buffer.from(
      '<svg xmlns="http://www.w3.org/2000/svg"><script>alert(1)</script></svg>',
    );
    expectInvalid(await uploadLogo(t.users.admin, svg, 'logo.png'), { logo: 'unsupported_type' });
    expectInvalid(await uploadLogo(t.users.admin, Buffer.alloc(300 * 1024, 1)), { logo: true });

    const saved = await uploadLogo(t.users.admin, pngBytes);
    expect(saved.status).toBe(200);
    expect(saved.body.logoPath).toMatch(/^\/api\/brand\/logo\?v=\d+$/);
    const logo = await t.app.inject({ method: 'GET', url: saved.body.logoPath });
    expect(logo.statusCode).toBe(200);
    expect(logo.headers['content-type']).toBe('image/png');
    expect(Buffer.from(logo.rawPayload).equals(pngBytes)).toBe(true);

    const removed = await t.call(t.users.admin, 'DELETE', '/api/admin/brand/logo');
    expect(removed.body.logoPath).toBeNull();
    expect((await t.app.inject({ method: 'GET', url: '/api/brand/logo' })).statusCode).toBe(404);
  });
});
