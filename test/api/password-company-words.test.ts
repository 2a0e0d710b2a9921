import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { expectInvalid } from '../support/expectations';
import { createTestApp, testPassword, type TestApp } from '../support/test-app';

/**
 * The company's name counts against a new password as staff know it: the name the admin saved in
 * the brand settings, and the environment's (SELEKSI_COMPANY_NAME) while it is still set (walk27).
 */
let t: TestApp;

beforeAll(async () => {
  t = await createTestApp();
  const saved = await t.call(t.users.admin, 'PUT', '/api/admin/brand', {
    companyName: 'PT Kopi Nusantara',
    brandColour: null,
    aboutId: '',
    aboutEn: '',
    careersIntroId: '',
    careersIntroEn: '',
  });
  expect(saved.status, JSON.stringify(saved.body)).toBe(200);
});
afterAll(() => t.close());

const changeTo = (newPassword: string) =>
  t.call(t.users.hiringManager, 'POST', '/api/auth/password', {
    currentPassword: testPassword,
    newPassword,
  });

describe("a new password and the company's name", () => {
  test('the saved brand name is refused, and the environment name still is', async () => {
    expectInvalid(await changeTo('KopiNusantara2026'), { newPassword: 'password_too_weak' });
    expectInvalid(await changeTo('PasarRakyatDigital2026'), {
      newPassword: 'password_too_weak',
    });
    // Unrelated words of the same length pass: the refusals above were the name.
    expect((await changeTo('gudang-bandung-pagi-hujan')).status).toBe(200);
  });
});
