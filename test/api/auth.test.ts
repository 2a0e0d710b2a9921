import type { InjectOptions } from 'fastify';
import { describe, expect, test } from 'vitest';
import { testPassword, type TestUser, useTestApp } from '../support/test-app';
import { expectError, expectInvalid } from '../support/expectations';

const t = useTestApp();

function login(payload: unknown, headers: InjectOptions['headers'] = {}) {
  return t.app.inject({
    method: 'POST',
    url: '/api/auth/login',
    payload: payload as Record<string, unknown>,
    headers,
  });
}

/** Signs in as a user again, in a new session of its own. */
async function freshSession(user: TestUser): Promise<TestUser> {
  const response = await login({ email: user.email, password: testPassword });
  const cookie = response.cookies.find((c) => c.name === 'seleksi_session');
  if (!cookie) throw new Error(response.body);
  return { ...user, cookie: `seleksi_session=${cookie.value}` };
}

describe('POST /api/auth/login', () => {
  test('bad fields are named one by one', async () => {
    const reply = await login({ email: 'bukan-email', password: '' });
    expectInvalid(
      { status: reply.statusCode, body: reply.json() },
      {
        email: 'invalid_email',
        password: 'required',
      },
    );
    const missing = await login({});
    expectInvalid(
      { status: missing.statusCode, body: missing.json() },
      {
        email: 'required',
        password: 'required',
      },
    );
    expect(missing.cookies).toEqual([]);
  });

  test('a wrong password and an unknown e-mail get the same 401 and no cookie', async () => {
    const wrongPassword = await login({ email: t.users.recruiter.email, password: 'salah' });
    const unknownEmail = await login({ email: 'siapa@test.seleksi.id', password: testPassword });
    for (const reply of [wrongPassword, unknownEmail]) {
      expectError({ status: reply.statusCode, body: reply.json() }, 401, 'unauthenticated');
      expect(reply.cookies).toEqual([]);
    }
    expect(wrongPassword.json().error.message).toBe(unknownEmail.json().error.message);
  });

  test('signs in and sets an httpOnly, SameSite session cookie', async () => {
    const reply = await login({ email: t.users.recruiter.email, password: testPassword });
    expect(reply.statusCode).toBe(200);
    expect(reply.json()).toEqual({
      user: {
        id: t.users.recruiter.id,
        email: t.users.recruiter.email,
        name: 'Rina Recruiter',
        role: 'recruiter',
        title: null,
        locale: 'id',
        // What a recruiter's screens offer: HR work yes, administration no.
        can: expect.objectContaining({
          createJobs: true,
          addCandidates: true,
          manageUsers: false,
          readAuditLog: false,
        }),
      },
    });
    expect(reply.body).not.toMatch(/password|argon/i);
    const cookie = reply.cookies.find((c) => c.name === 'seleksi_session');
    expect(cookie).toMatchObject({ httpOnly: true, sameSite: 'Lax', path: '/' });
    expect(cookie!.value.length).toBeGreaterThanOrEqual(40);
    // Over plain HTTP the cookie cannot be Secure, or the browser would drop it.
    expect(cookie!.secure).toBeFalsy();
    expect(new Date(cookie!.expires!).getTime()).toBeGreaterThan(Date.now() + 11 * 3600_000);
  });

  test('the e-mail is matched without regard to case or surrounding spaces', async () => {
    const reply = await login({ email: '  RECRUITER@Test.Seleksi.ID ', password: testPassword });
    expect(reply.statusCode).toBe(200);
    expect(reply.json().user.id).toBe(t.users.recruiter.id);
  });

  test('a cross-site page cannot sign in: 403 and no cookie', async () => {
    const reply = await login(
      { email: t.users.recruiter.email, password: testPassword },
      { origin: 'https://evil.example', host: 'seleksi.example' },
    );
    expectError({ status: reply.statusCode, body: reply.json() }, 403, 'forbidden');
    expect(reply.cookies).toEqual([]);
  });

  test('the same origin may sign in', async () => {
    const reply = await login(
      { email: t.users.recruiter.email, password: testPassword },
      { origin: 'https://seleksi.example', host: 'seleksi.example' },
    );
    expect(reply.statusCode).toBe(200);
  });
});

describe('GET /api/auth/session', () => {
  test('a visitor who is not signed in: 200 with user null, no error (the web app asks on every page)', async () => {
    const visitor = await t.call(null, 'GET', '/api/auth/session');
    expect(visitor.status).toBe(200);
    expect(visitor.body).toEqual({ user: null });
    const forged = { ...t.users.admin, cookie: 'seleksi_session=not-a-real-token' };
    const stale = await t.call(forged, 'GET', '/api/auth/session');
    expect(stale.status).toBe(200);
    expect(stale.body).toEqual({ user: null });
  });

  test('answers who is signed in, as /api/auth/me does', async () => {
    const reply = await t.call(t.users.hiringManager, 'GET', '/api/auth/session');
    expect(reply.status).toBe(200);
    expect(reply.body.user).toMatchObject({
      id: t.users.hiringManager.id,
      name: 'Budi Manager',
      role: 'hiring_manager',
    });
    expect(reply.body).toEqual((await t.call(t.users.hiringManager, 'GET', '/api/auth/me')).body);
  });
});

describe('GET /api/auth/me', () => {
  test('401 without a session or with an unknown token', async () => {
    expectError(await t.call(null, 'GET', '/api/auth/me'), 401, 'unauthenticated');
    const forged = { ...t.users.admin, cookie: 'seleksi_session=not-a-real-token' };
    expectError(await t.call(forged, 'GET', '/api/auth/me'), 401, 'unauthenticated');
  });

  test('answers who is signed in', async () => {
    const reply = await t.call(t.users.hiringManager, 'GET', '/api/auth/me');
    expect(reply.status).toBe(200);
    expect(reply.body.user).toMatchObject({
      id: t.users.hiringManager.id,
      name: 'Budi Manager',
      role: 'hiring_manager',
    });
  });

  test('renews the cookie when it slides the session forward', async () => {
    const user = await freshSession(t.users.interviewer);
    const token = decodeURIComponent(user.cookie.split('=')[1]!);
    // Pretend the last use was two hours ago.
    await t.db.query(
      `UPDATE sessions SET expires_at = now() + interval '10 hours'
       WHERE token_hash = encode(sha256(convert_to($1, 'UTF8')), 'hex')`,
      [token],
    );
    const reply = await t.app.inject({
      method: 'GET',
      url: '/api/auth/me',
      headers: { cookie: user.cookie },
    });
    expect(reply.statusCode).toBe(200);
    const renewed = reply.cookies.find((c) => c.name === 'seleksi_session');
    expect(renewed).toMatchObject({ value: token, httpOnly: true, sameSite: 'Lax' });
    expect(new Date(renewed!.expires!).getTime()).toBeGreaterThan(Date.now() + 11 * 3600_000);
  });
});

describe('PATCH /api/auth/me', () => {
  test('401 without a session', async () => {
    expectError(
      await t.call(null, 'PATCH', '/api/auth/me', { locale: 'en' }),
      401,
      'unauthenticated',
    );
  });

  test('400 for a language the interface does not speak', async () => {
    expectInvalid(await t.call(t.users.admin, 'PATCH', '/api/auth/me', { locale: 'fr' }), {
      locale: 'invalid_value',
    });
    expectInvalid(await t.call(t.users.admin, 'PATCH', '/api/auth/me', {}), { locale: 'required' });
  });

  test('a cross-site request cannot change preferences', async () => {
    const reply = await t.app.inject({
      method: 'PATCH',
      url: '/api/auth/me',
      payload: { locale: 'en' },
      headers: { cookie: t.users.admin.cookie, origin: 'https://evil.example' },
    });
    expectError({ status: reply.statusCode, body: reply.json() }, 403, 'forbidden');
    expect((await t.call(t.users.admin, 'GET', '/api/auth/me')).body.user.locale).toBe('id');
  });

  test('saves the interface language', async () => {
    const saved = await t.call(t.users.admin, 'PATCH', '/api/auth/me', { locale: 'en' });
    expect(saved.status).toBe(200);
    expect(saved.body.user.locale).toBe('en');
    expect((await t.call(t.users.admin, 'GET', '/api/auth/me')).body.user.locale).toBe('en');
    // Other users keep theirs.
    expect((await t.call(t.users.recruiter, 'GET', '/api/auth/me')).body.user.locale).toBe('id');
  });
});

describe('POST /api/auth/logout', () => {
  test('ends the session: its cookie then gets 401', async () => {
    const user = await freshSession(t.users.recruiter);
    expect((await t.call(user, 'GET', '/api/auth/me')).status).toBe(200);

    const reply = await t.app.inject({
      method: 'POST',
      url: '/api/auth/logout',
      headers: { cookie: user.cookie },
    });
    expect(reply.statusCode).toBe(200);
    expect(reply.json()).toEqual({ ok: true });
    const cleared = reply.cookies.find((c) => c.name === 'seleksi_session');
    expect(cleared?.value).toBe('');
    expect(new Date(cleared!.expires!).getTime()).toBeLessThanOrEqual(Date.now());

    expectError(await t.call(user, 'GET', '/api/auth/me'), 401, 'unauthenticated');
    expectError(await t.call(user, 'GET', '/api/jobs'), 401, 'unauthenticated');
    // The same person's other sessions stay signed in.
    expect((await t.call(t.users.recruiter, 'GET', '/api/auth/me')).status).toBe(200);
  });

  test('signing out without a session is harmless', async () => {
    const reply = await t.call(null, 'POST', '/api/auth/logout');
    expect(reply.status).toBe(200);
  });
});
