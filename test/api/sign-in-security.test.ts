import { randomBytes } from 'node:crypto';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { InjectOptions } from 'fastify';
import { Secret, TOTP } from 'otpauth';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { readConfig } from '../../src/config';
import { insertUser } from '../../src/db/queries/users';
import { hashPassword } from '../../src/services/auth/auth-service';
import { createSecretBox } from '../../src/services/secret-box';
import { sealClearTotpSecrets } from '../../src/services/account/two-factor-service';
import { createTestApp, testPassword, type TestApp, testMail } from '../support/test-app';
import { expectError } from '../support/expectations';

let t: TestApp;
let clientCounter = 0;
/** Each test signs in from its own address, so one test's failures do not pause another's. */
const newClient = () => `10.0.${Math.floor(++clientCounter / 250)}.${clientCounter % 250}`;

beforeAll(async () => {
  t = await createTestApp();
});
afterAll(() => t.close());

async function addUser(email: string, role: 'admin' | 'recruiter' = 'recruiter') {
  return insertUser(t.db, {
    email,
    name: 'Uji Keamanan',
    role,
    title: null,
    locale: 'id',
    passwordHash: await hashPassword(testPassword),
  });
}

function login(
  payload: Record<string, unknown>,
  client: string,
  headers: InjectOptions['headers'] = {},
) {
  return t.app.inject({
    method: 'POST',
    url: '/api/auth/login',
    payload,
    remoteAddress: client,
    headers,
  });
}

const cookieOf = (reply: { cookies: { name: string; value: string }[] }) => {
  const cookie = reply.cookies.find((c) => c.name === 'seleksi_session');
  return cookie && `seleksi_session=${cookie.value}`;
};

describe('sign-in lockout', () => {
  test('five wrong passwords pause the account, with the same answer whether or not it exists', async () => {
    const user = await addUser('kunci@test.seleksi.id');
    const client = newClient();
    const unknown = 'tidak.ada@test.seleksi.id';
    const answers: { status: number; body: string }[] = [];
    for (let i = 0; i < 5; i++) {
      for (const email of [user.email, unknown]) {
        const reply = await login({ email, password: 'salah-salah-salah' }, newClient());
        answers.push({ status: reply.statusCode, body: reply.body });
      }
    }
    // Both e-mails got the same five 401s, byte for byte.
    expect(new Set(answers.map((a) => `${a.status} ${a.body}`)).size).toBe(1);
    expect(answers[0]!.status).toBe(401);

    // Now both are paused, even with the right password, and still answer alike.
    const known = await login({ email: user.email, password: testPassword }, client);
    const stranger = await login({ email: unknown, password: testPassword }, client);
    expectError({ status: known.statusCode, body: known.json() }, 429, 'too_many_attempts');
    expect(stranger.body).toBe(known.body);
    expect(cookieOf(known)).toBeUndefined();

    // When the pause is over, the right password works and clears the count.
    await t.db.query("UPDATE sign_in_throttles SET locked_until = now() - interval '1 second'");
    expect((await login({ email: user.email, password: testPassword }, client)).statusCode).toBe(
      200,
    );
    const actions = await t.db.query<{ action: string }>(
      `SELECT action FROM audit_log WHERE entity_id = $1 ORDER BY id`,
      [user.id],
    );
    expect(actions.map((a) => a.action)).toEqual([
      ...Array(5).fill('sign_in.failed'),
      'sign_in.locked',
      'sign_in.succeeded',
    ]);
  });

  test('one client trying many e-mails is paused too', async () => {
    const client = newClient();
    for (let i = 0; i < 20; i++) {
      const reply = await login(
        { email: `coba${i}@test.seleksi.id`, password: 'tebak-tebakan' },
        client,
      );
      expect(reply.statusCode).toBe(401);
    }
    const paused = await login({ email: t.users.recruiter.email, password: testPassword }, client);
    expect(paused.statusCode).toBe(429);
    // Another client is not affected.
    expect(
      (await login({ email: t.users.recruiter.email, password: testPassword }, newClient()))
        .statusCode,
    ).toBe(200);
  });

  test('an unknown e-mail takes about as long as a wrong password (a dummy hash is verified)', async () => {
    const time = async (email: string) => {
      const started = performance.now();
      await login({ email, password: 'salah-sekali-lagi' }, newClient());
      return performance.now() - started;
    };
    await time('pemanasan@test.seleksi.id');
    const known: number[] = [];
    const unknown: number[] = [];
    for (let i = 0; i < 5; i++) {
      known.push(await time(t.users.interviewer.email));
      unknown.push(await time(`hantu${i}@test.seleksi.id`));
    }
    const median = (xs: number[]) => xs.sort((a, b) => a - b)[2]!;
    // argon2id dominates both; without the dummy hash an unknown e-mail would answer in a small
    // fraction of the time (the bound is loose: the machine may be busy).
    expect(median(unknown)).toBeGreaterThan(median(known) * 0.3);
  });
});

/** The users row's TOTP columns, read straight from the database. */
async function storedSecrets(email: string) {
  const [row] = await t.db.query<{ id: string; secret: string | null; pending: string | null }>(
    'SELECT id, totp_secret AS secret, totp_pending_secret AS pending FROM users WHERE email = $1',
    [email],
  );
  return row!;
}

function expectEncrypted(stored: string | null, userId: string, clear: string) {
  expect(stored).toMatch(/^v1:[\w-]+:[\w-]+:[\w-]+$/);
  expect(stored).not.toContain(clear);
  expect(stored!.toUpperCase()).not.toContain(clear.toUpperCase());
  expect(t.secretBox.open(stored!, `totp:${userId}`)).toBe(clear);
}

describe('two-factor sign-in (TOTP)', () => {
  test('enrol, then sign-in asks for the code; a wrong or reused code is refused', async () => {
    await addUser('dua.faktor@test.seleksi.id');
    const client = newClient();
    const first = await login(
      { email: 'dua.faktor@test.seleksi.id', password: testPassword },
      client,
    );
    const session = { id: '', email: '', role: 'recruiter' as const, cookie: cookieOf(first)! };

    expect((await t.call(session, 'GET', '/api/auth/two-factor')).body).toEqual({
      enabled: false,
      required: false,
      recoveryCodesLeft: 0,
    });
    const setup = await t.call(session, 'POST', '/api/auth/two-factor/setup');
    expect(setup.body.uri).toMatch(/^otpauth:\/\/totp\/Seleksi:dua\.faktor/);
    const totp = new TOTP({ secret: Secret.fromBase32(setup.body.secret), digits: 6, period: 30 });
    // Kept aside encrypted until confirmed.
    const pending = await storedSecrets('dua.faktor@test.seleksi.id');
    expectEncrypted(pending.pending, pending.id, setup.body.secret);
    expect(pending.secret).toBeNull();
    const wrong = await t.call(session, 'POST', '/api/auth/two-factor/confirm', { code: '000000' });
    expect(expectError(wrong, 400, 'invalid')[0]).toMatchObject({ path: 'code' });
    const confirmed = await t.call(session, 'POST', '/api/auth/two-factor/confirm', {
      code: totp.generate(),
    });
    expect(confirmed.status).toBe(200);
    expect(confirmed.body.recoveryCodes).toHaveLength(10);
    // What the database holds is not the secret the app showed, and opens only for this user.
    const stored = await storedSecrets('dua.faktor@test.seleksi.id');
    expectEncrypted(stored.secret, stored.id, setup.body.secret);
    expect(stored.pending).toBeNull();

    const withoutCode = await login(
      { email: 'dua.faktor@test.seleksi.id', password: testPassword },
      client,
    );
    expect(
      expectError(
        { status: withoutCode.statusCode, body: withoutCode.json() },
        401,
        'two_factor_required',
      ),
    ).toEqual([expect.objectContaining({ path: 'code', code: 'required' })]);
    expect(cookieOf(withoutCode)).toBeUndefined();
    const badCode = await login(
      { email: 'dua.faktor@test.seleksi.id', password: testPassword, code: '123456' },
      client,
    );
    expect(badCode.json().error.fields[0].code).toBe('wrong_code');
    // A wrong password with a code still says only that the password is wrong.
    const badPassword = await login(
      { email: 'dua.faktor@test.seleksi.id', password: 'salah', code: totp.generate() },
      client,
    );
    expect(badPassword.json().error.code).toBe('unauthenticated');

    // The code of the next time step (allowed drift) signs in once; the same code again does not.
    const code = totp.generate({ timestamp: Date.now() + 30_000 });
    const ok = await login(
      { email: 'dua.faktor@test.seleksi.id', password: testPassword, code },
      client,
    );
    expect(ok.statusCode).toBe(200);
    const replay = await login(
      { email: 'dua.faktor@test.seleksi.id', password: testPassword, code },
      client,
    );
    expect(replay.statusCode).toBe(401);
  });

  test('when the company requires it, an admin without two-factor can only enrol', async () => {
    const admin = await addUser('admin.dua@test.seleksi.id', 'admin');
    const cookie = cookieOf(
      await login({ email: admin.email, password: testPassword }, newClient()),
    )!;
    const session = { id: admin.id, email: admin.email, role: 'admin' as const, cookie };
    // Whoever turns the requirement on must have two-factor themselves.
    const tooEarly = await t.call(session, 'PUT', '/api/admin/settings/security', {
      requireAdminTwoFactor: true,
    });
    expect(expectError(tooEarly, 409, 'conflict')[0]!.code).toBe('two_factor_self_first');
    const setup = await t.call(session, 'POST', '/api/auth/two-factor/setup');
    const totp = new TOTP({ secret: Secret.fromBase32(setup.body.secret) });
    await t.call(session, 'POST', '/api/auth/two-factor/confirm', { code: totp.generate() });
    const turnOn = await t.call(session, 'PUT', '/api/admin/settings/security', {
      requireAdminTwoFactor: true,
    });
    expect(turnOn.body).toEqual({ requireAdminTwoFactor: true });

    // Another admin without two-factor now reaches only their account routes.
    expectError(
      await t.call(t.users.admin, 'GET', '/api/jobs'),
      403,
      'two_factor_enrolment_required',
    );
    expect((await t.call(t.users.admin, 'GET', '/api/auth/two-factor')).body).toEqual({
      enabled: false,
      required: true,
      recoveryCodesLeft: 0,
    });
    // Recruiters are not affected.
    expect((await t.call(t.users.recruiter, 'GET', '/api/jobs')).status).toBe(200);
    // While required, an admin cannot turn theirs off.
    const off = await t.call(session, 'POST', '/api/auth/two-factor/disable', {
      code: totp.generate({ timestamp: Date.now() + 30_000 }),
    });
    expectError(off, 409, 'conflict');

    await t.call(session, 'PUT', '/api/admin/settings/security', { requireAdminTwoFactor: false });
    expect((await t.call(t.users.admin, 'GET', '/api/jobs')).status).toBe(200);
  });

  test('a secret stored in clear before encryption still signs in, and is encrypted by that sign-in', async () => {
    const user = await addUser('lama.tanpa.enkripsi@test.seleksi.id');
    const clear = 'JBSWY3DPEHPK3PXPJBSWY3DPEHPK3PXP';
    await t.db.query('UPDATE users SET totp_secret = $2 WHERE id = $1', [user.id, clear]);
    const totp = new TOTP({ secret: Secret.fromBase32(clear) });
    const wrong = await login(
      { email: user.email, password: testPassword, code: '000000' },
      newClient(),
    );
    expect(wrong.json().error.fields[0].code).toBe('wrong_code');
    expect((await storedSecrets(user.email)).secret).toBe(clear);
    const ok = await login(
      { email: user.email, password: testPassword, code: totp.generate() },
      newClient(),
    );
    expect(ok.statusCode).toBe(200);
    expectEncrypted((await storedSecrets(user.email)).secret, user.id, clear);
    // And the encrypted secret signs in next time.
    const next = await login(
      {
        email: user.email,
        password: testPassword,
        code: totp.generate({ timestamp: Date.now() + 30_000 }),
      },
      newClient(),
    );
    expect(next.statusCode).toBe(200);
  });

  test('at start, every secret still in clear is encrypted; one this key cannot read is counted', async () => {
    const confirmed = await addUser('sapu.aktif@test.seleksi.id');
    const pending = await addUser('sapu.tertunda@test.seleksi.id');
    const foreign = await addUser('sapu.kunci.lain@test.seleksi.id');
    await t.db.query('UPDATE users SET totp_secret = $2 WHERE id = $1', [
      confirmed.id,
      'AAAAAAAAAAAAAAAA',
    ]);
    await t.db.query('UPDATE users SET totp_pending_secret = $2 WHERE id = $1', [
      pending.id,
      'BBBBBBBBBBBBBBBB',
    ]);
    const otherKey = createSecretBox(randomBytes(32)).seal(
      'CCCCCCCCCCCCCCCC',
      `totp:${foreign.id}`,
    );
    await t.db.query('UPDATE users SET totp_secret = $2 WHERE id = $1', [foreign.id, otherKey]);

    const counts = await sealClearTotpSecrets(t.db, t.secretBox);
    expect(counts.sealed).toBeGreaterThanOrEqual(2);
    expect(counts.unreadable).toBeGreaterThanOrEqual(1);
    expectEncrypted(
      (await storedSecrets(confirmed.email)).secret,
      confirmed.id,
      'AAAAAAAAAAAAAAAA',
    );
    expectEncrypted((await storedSecrets(pending.email)).pending, pending.id, 'BBBBBBBBBBBBBBBB');
    expect((await storedSecrets(foreign.email)).secret).toBe(otherKey);
    const [left] = await t.db.query<{ clear: number }>(
      "SELECT count(*)::int AS clear FROM users WHERE totp_secret NOT LIKE 'v1:%' OR totp_pending_secret NOT LIKE 'v1:%'",
    );
    expect(left?.clear).toBe(0);
    // A second start finds nothing left to do.
    expect((await sealClearTotpSecrets(t.db, t.secretBox)).sealed).toBe(0);
  });

  test('a secret copied onto another user’s row does not decrypt there', async () => {
    const owner = await addUser('pemilik.rahasia@test.seleksi.id');
    const thief = await addUser('penyalin.rahasia@test.seleksi.id');
    const clear = 'KRUGS4ZANFZSAYJAONSWG4TFOQ======';
    const sealed = t.secretBox.seal(clear, `totp:${owner.id}`);
    await t.db.query('UPDATE users SET totp_secret = $2 WHERE id = $1', [thief.id, sealed]);
    const reply = await login(
      {
        email: thief.email,
        password: testPassword,
        code: new TOTP({ secret: Secret.fromBase32(clear) }).generate(),
      },
      newClient(),
    );
    // Not a sign-in: the server cannot read the value (and logs why); no session is made.
    expect(reply.statusCode).toBe(500);
    expect(cookieOf(reply)).toBeUndefined();
  });

  test('an admin can reset a user’s two-factor after a lost phone', async () => {
    const user = await addUser('hilang.hp@test.seleksi.id');
    await t.db.query("UPDATE users SET totp_secret = 'JBSWY3DPEHPK3PXP' WHERE id = $1", [user.id]);
    const before = await login({ email: user.email, password: testPassword }, newClient());
    expect(before.json().error.code).toBe('two_factor_required');
    const reset = await t.call(
      t.users.admin,
      'POST',
      `/api/admin/users/${user.id}/two-factor/reset`,
    );
    expect(reset.body.twoFactorEnabled).toBe(false);
    expect(
      (await login({ email: user.email, password: testPassword }, newClient())).statusCode,
    ).toBe(200);
  });
});

describe('sessions', () => {
  test('sign-in makes a new session id and ends the one the browser still held', async () => {
    const client = newClient();
    const first = cookieOf(
      await login({ email: t.users.recruiter.email, password: testPassword }, client),
    )!;
    const second = await login({ email: t.users.recruiter.email, password: testPassword }, client, {
      cookie: first,
    });
    const rotated = cookieOf(second)!;
    expect(rotated).not.toBe(first);
    const as = (cookie: string) => ({ ...t.users.recruiter, cookie });
    expectError(await t.call(as(first), 'GET', '/api/auth/me'), 401, 'unauthenticated');
    expect((await t.call(as(rotated), 'GET', '/api/auth/me')).status).toBe(200);
    // 256 random bits, base64url.
    expect(rotated.split('=')[1]).toMatch(/^[A-Za-z0-9_-]{43}$/);
  });

  test('a session ends at its absolute end however active it is', async () => {
    const client = newClient();
    const cookie = cookieOf(
      await login({ email: t.users.hiringManager.email, password: testPassword }, client),
    )!;
    const session = { ...t.users.hiringManager, cookie };
    expect((await t.call(session, 'GET', '/api/auth/me')).status).toBe(200);
    const token = decodeURIComponent(cookie.split('=')[1]!);
    await t.db.query(
      `UPDATE sessions SET absolute_expires_at = now() - interval '1 second'
       WHERE token_hash = encode(sha256(convert_to($1, 'UTF8')), 'hex')`,
      [token],
    );
    expectError(await t.call(session, 'GET', '/api/auth/me'), 401, 'unauthenticated');
  });

  test('behind TLS the cookie is Secure with the __Host- prefix, and HSTS is sent', async () => {
    const reply = await login(
      { email: t.users.recruiter.email, password: testPassword },
      newClient(),
    );
    expect(reply.headers['strict-transport-security']).toBeUndefined();
    // The test app does not trust a proxy; a TLS connection is what makes request.protocol https.
    const { buildApp } = await import('../../src/server/app');
    const proxied = await buildApp({
      mail: testMail,
      db: t.db,
      cvDir: mkdtempSync(join(tmpdir(), 'seleksi-cv-')),
      secretBox: t.secretBox,
      logLevel: 'silent',
      trustProxy: readConfig({ TRUST_PROXY: 'true' }).trustProxy,
    });
    const secure = await proxied.inject({
      method: 'POST',
      url: '/api/auth/login',
      payload: { email: t.users.recruiter.email, password: testPassword },
      headers: { 'x-forwarded-proto': 'https' },
      remoteAddress: newClient(),
    });
    expect(secure.statusCode).toBe(200);
    const cookie = secure.cookies.find((c) => c.name === '__Host-seleksi_session');
    expect(cookie).toMatchObject({ secure: true, httpOnly: true, path: '/', sameSite: 'Lax' });
    expect(cookie).not.toHaveProperty('domain');
    expect(secure.headers['strict-transport-security']).toMatch(/max-age=\d+/);
    const me = await proxied.inject({
      method: 'GET',
      url: '/api/auth/me',
      headers: { 'x-forwarded-proto': 'https', cookie: `__Host-seleksi_session=${cookie!.value}` },
    });
    expect(me.statusCode).toBe(200);
    await proxied.close();
  });
});

describe('CSRF and headers', () => {
  test('a write the browser labels cross-site is refused even without an Origin', async () => {
    const reply = await t.app.inject({
      method: 'PATCH',
      url: '/api/auth/me',
      payload: { locale: 'en' },
      headers: { cookie: t.users.admin.cookie, 'sec-fetch-site': 'cross-site' },
    });
    expectError({ status: reply.statusCode, body: reply.json() }, 403, 'forbidden');
    const same = await t.app.inject({
      method: 'PATCH',
      url: '/api/auth/me',
      payload: { locale: 'id' },
      headers: { cookie: t.users.admin.cookie, 'sec-fetch-site': 'same-origin' },
    });
    expect(same.statusCode).toBe(200);
  });

  test('a strict Content-Security-Policy and related headers', async () => {
    const reply = await t.app.inject({ method: 'GET', url: '/api/health' });
    const csp = reply.headers['content-security-policy'] as string;
    for (const directive of [
      "default-src 'self'",
      "script-src 'self'",
      "object-src 'none'",
      "frame-ancestors 'none'",
      "base-uri 'self'",
    ]) {
      expect(csp).toContain(directive);
    }
    expect(csp).not.toMatch(/unsafe-inline|unsafe-eval/);
    expect(reply.headers['cross-origin-opener-policy']).toBe('same-origin');
    expect(reply.headers['permissions-policy']).toContain('camera=()');
  });
});
