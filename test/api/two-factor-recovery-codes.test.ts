import { Writable } from 'node:stream';
import { Secret, TOTP } from 'otpauth';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { insertUser } from '../../src/db/queries/users';
import { hashPassword } from '../../src/services/auth/auth-service';
import { createTestApp, testPassword, type TestApp } from '../support/test-app';
import { expectError } from '../support/expectations';

/** The app's real log output, searched for the codes. */
const logLines: string[] = [];
const logStream = new Writable({
  write(chunk, _encoding, done) {
    logLines.push(String(chunk));
    done();
  },
});

let t: TestApp;
let clientCounter = 0;
/** Each test signs in from its own address, so one test's failures do not pause another's. */
const newClient = () => `10.1.${Math.floor(++clientCounter / 250)}.${clientCounter % 250}`;

beforeAll(async () => {
  t = await createTestApp({ log: { level: 'trace', stream: logStream } });
});
afterAll(() => t.close());

const login = (payload: Record<string, unknown>, client: string) =>
  t.app.inject({ method: 'POST', url: '/api/auth/login', payload, remoteAddress: client });

const cookieOf = (reply: { cookies: { name: string; value: string }[] }) => {
  const cookie = reply.cookies.find((c) => c.name === 'seleksi_session');
  return cookie && `seleksi_session=${cookie.value}`;
};

/** A new user who turns two-factor on: their session, authenticator and the codes shown once. */
async function enrolled(email: string) {
  const user = await insertUser(t.db, {
    email,
    name: 'Pemulihan Uji',
    role: 'admin',
    title: null,
    locale: 'id',
    passwordHash: await hashPassword(testPassword),
  });
  const client = newClient();
  const first = await login({ email, password: testPassword }, client);
  const session = { id: user.id, email, role: 'admin' as const, cookie: cookieOf(first)! };
  const setup = await t.call(session, 'POST', '/api/auth/two-factor/setup');
  const totp = new TOTP({ secret: Secret.fromBase32(setup.body.secret) });
  const confirmed = await t.call(session, 'POST', '/api/auth/two-factor/confirm', {
    code: totp.generate(),
  });
  expect(confirmed.status).toBe(200);
  const codes: string[] = confirmed.body.recoveryCodes;
  return { user, session, totp, codes, client };
}

/** A new set asked for from the test's own address (the route allows ten a minute per address). */
async function makeNewSet(
  session: { cookie: string },
  body: Record<string, unknown>,
  client: string,
) {
  const reply = await t.app.inject({
    method: 'POST',
    url: '/api/auth/two-factor/recovery-codes',
    payload: body,
    headers: { cookie: session.cookie },
    remoteAddress: client,
  });
  return { status: reply.statusCode, body: reply.json() };
}

const auditOf = (userId: string) =>
  t.db.query<{ action: string; detail: Record<string, unknown> }>(
    `SELECT action, detail FROM audit_log WHERE entity_id = $1 ORDER BY id`,
    [userId],
  );

describe('two-factor recovery codes', () => {
  test('ten codes shown once; each signs in once in place of the app’s code, and is audited and e-mailed', async () => {
    const { user, session, codes, client } = await enrolled('pulih.satu@test.seleksi.id');
    expect(codes).toHaveLength(10);
    expect(new Set(codes).size).toBe(10);
    for (const code of codes) expect(code).toMatch(/^[a-z2-9]{5}-[a-z2-9]{5}$/);
    expect((await t.call(session, 'GET', '/api/auth/two-factor')).body).toEqual({
      enabled: true,
      required: false,
      recoveryCodesLeft: 10,
    });
    // Stored only as hashes.
    const stored = await t.db.query<{ hash: string }>(
      'SELECT code_hash AS hash FROM two_factor_recovery_codes WHERE user_id = $1',
      [user.id],
    );
    expect(stored).toHaveLength(10);
    for (const { hash } of stored) {
      expect(hash).toMatch(/^\$argon2id\$/);
      for (const code of codes) expect(hash).not.toContain(code.replace('-', ''));
    }

    // Typed in capitals and without the hyphen, it still works, once.
    const typed = codes[3]!.toUpperCase().replace('-', ' ');
    const ok = await login({ email: user.email, password: testPassword, code: typed }, client);
    expect(ok.statusCode).toBe(200);
    const again = await login(
      { email: user.email, password: testPassword, code: codes[3] },
      client,
    );
    expect(again.statusCode).toBe(401);
    expect(again.json().error.fields[0].code).toBe('wrong_code');
    // Without the password a code is worth nothing.
    const noPassword = await login(
      { email: user.email, password: 'salah', code: codes[4] },
      client,
    );
    expect(noPassword.json().error.code).toBe('unauthenticated');
    expect((await t.call(session, 'GET', '/api/auth/two-factor')).body.recoveryCodesLeft).toBe(9);

    const audit = await auditOf(user.id);
    expect(audit.filter((row) => row.action === 'two_factor.recovery_code_used')).toEqual([
      { action: 'two_factor.recovery_code_used', detail: { left: 9 } },
    ]);
    const [mail] = await t.db.query<{ subject: string; body: string; locale: string }>(
      `SELECT subject, coalesce(delivery_body, body) AS body, locale FROM email_messages
       WHERE to_email = $1 AND template = 'recovery_code_used'`,
      [user.email],
    );
    expect(mail).toMatchObject({
      locale: 'id',
      subject: 'Kode pemulihan dipakai untuk masuk ke Seleksi',
    });
    expect(mail!.body).toContain('sisa kode Anda: 9');
    expect(mail!.body).toContain('/account/security');

    // No code in the clear anywhere: audit details, e-mails, logs.
    const everything = JSON.stringify(audit) + JSON.stringify(mail) + logLines.join('\n');
    for (const code of codes) {
      expect(everything).not.toContain(code);
      expect(everything).not.toContain(code.replace('-', ''));
    }
    expect(logLines.length).toBeGreaterThan(0);
  });

  test('wrong recovery codes count towards the sign-in pause like wrong passwords', async () => {
    const { user, codes, client } = await enrolled('pulih.dua@test.seleksi.id');
    for (let attempt = 0; attempt < 5; attempt++) {
      const wrong = await login(
        { email: user.email, password: testPassword, code: 'aaaaa-bbbbb' },
        client,
      );
      expect(wrong.statusCode).toBe(401);
    }
    // Paused now: even a good code waits.
    const paused = await login(
      { email: user.email, password: testPassword, code: codes[0] },
      client,
    );
    expect(paused.statusCode).toBe(429);
    const failures = (await auditOf(user.id)).filter((row) => row.action === 'sign_in.failed');
    expect(failures).toHaveLength(5);
    expect(failures[0]!.detail).toEqual({ factor: 'recovery_code' });
    // The pause says it was begun by recovery codes.
    const locked = (await auditOf(user.id)).filter((row) => row.action === 'sign_in.locked');
    expect(locked).toEqual([
      { action: 'sign_in.locked', detail: { scope: 'account', factor: 'recovery_code' } },
    ]);
    // The paused attempt did not use the code up.
    const [left] = await t.db.query<{ n: number }>(
      'SELECT count(*)::int AS n FROM two_factor_recovery_codes WHERE user_id = $1 AND used_at IS NULL',
      [user.id],
    );
    expect(left!.n).toBe(10);
  });

  test('a new set needs the password or a current code, and the old set stops working', async () => {
    const { user, session, totp, codes, client } = await enrolled('pulih.tiga@test.seleksi.id');
    const path = '/api/auth/two-factor/recovery-codes';
    expect(expectError(await t.call(session, 'POST', path, {}), 400, 'invalid')[0]).toMatchObject({
      path: 'password',
    });
    const wrong = await t.call(session, 'POST', path, { password: 'salah' });
    expect(expectError(wrong, 400, 'invalid')[0]).toMatchObject({
      path: 'password',
      code: 'wrong_password',
    });
    const wrongCode = await t.call(session, 'POST', path, { code: '000000' });
    expect(expectError(wrongCode, 400, 'invalid')[0]).toMatchObject({ path: 'code' });
    // Nothing changed by the refusals.
    expect((await t.call(session, 'GET', '/api/auth/two-factor')).body.recoveryCodesLeft).toBe(10);

    const byPassword = await t.call(session, 'POST', path, { password: testPassword });
    expect(byPassword.status).toBe(200);
    const second: string[] = byPassword.body.recoveryCodes;
    expect(second).toHaveLength(10);
    expect(second.filter((code) => codes.includes(code))).toEqual([]);
    const old = await login({ email: user.email, password: testPassword, code: codes[0] }, client);
    expect(old.statusCode).toBe(401);

    const byCode = await t.call(session, 'POST', path, {
      code: totp.generate({ timestamp: Date.now() + 30_000 }),
    });
    expect(byCode.status).toBe(200);
    const third: string[] = byCode.body.recoveryCodes;
    const secondOld = await login(
      { email: user.email, password: testPassword, code: second[0] },
      client,
    );
    expect(secondOld.statusCode).toBe(401);
    const fresh = await login(
      { email: user.email, password: testPassword, code: third[0] },
      client,
    );
    expect(fresh.statusCode).toBe(200);

    const audit = await auditOf(user.id);
    const regenerated = audit.filter(
      (row) => row.action === 'two_factor.recovery_codes_regenerated',
    );
    expect(regenerated).toEqual([
      { action: 'two_factor.recovery_codes_regenerated', detail: {} },
      { action: 'two_factor.recovery_codes_regenerated', detail: {} },
    ]);
    const text = JSON.stringify(audit);
    for (const code of [...codes, ...second, ...third]) expect(text).not.toContain(code);
  });

  test('a new set, by password or by code, e-mails the user in their language', async () => {
    const { user, session, totp, client } = await enrolled('pulih.tujuh@test.seleksi.id');
    const mails = () =>
      t.db.query<{ subject: string; body: string; locale: string }>(
        `SELECT subject, coalesce(delivery_body, body) AS body, locale FROM email_messages
         WHERE to_email = $1 AND template = 'recovery_codes_regenerated' ORDER BY created_at`,
        [user.email],
      );
    // Turning two-factor on shows the first set on screen: that is no "new set" to warn about.
    expect(await mails()).toEqual([]);
    const made = await makeNewSet(session, { password: testPassword }, client);
    expect(made.status).toBe(200);
    const [mail] = await mails();
    expect(mail).toMatchObject({
      locale: 'id',
      subject: 'Kode pemulihan Seleksi Anda dibuat baru',
    });
    expect(mail!.body).toContain('Kode lama Anda tidak bisa dipakai lagi');
    expect(mail!.body).toContain('/account/security');
    for (const code of made.body.recoveryCodes as string[]) expect(mail!.body).not.toContain(code);

    await t.db.query(`UPDATE users SET locale = 'en' WHERE id = $1`, [user.id]);
    const byCode = await makeNewSet(
      session,
      { code: totp.generate({ timestamp: Date.now() + 30_000 }) },
      client,
    );
    expect(byCode.status).toBe(200);
    expect((await mails()).map((m) => m.subject)).toEqual([
      'Kode pemulihan Seleksi Anda dibuat baru',
      'New recovery codes for your Seleksi account',
    ]);
    // A refused attempt sends nothing.
    await makeNewSet(session, { password: 'salah' }, client);
    expect(await mails()).toHaveLength(2);
  });

  test('wrong passwords for a new set count towards the sign-in pause; paused, even the right one is refused', async () => {
    const { user, session, client } = await enrolled('pulih.delapan@test.seleksi.id');
    for (let attempt = 1; attempt <= 5; attempt++) {
      const wrong = await makeNewSet(session, { password: `salah-${attempt}` }, client);
      expect(expectError(wrong, 400, 'invalid')[0]).toMatchObject({ code: 'wrong_password' });
    }
    const paused = await makeNewSet(session, { password: testPassword }, client);
    expect(paused.status).toBe(429);
    expect(paused.body.error.code).toBe('too_many_attempts');
    // The same pause as sign-in's: the e-mail cannot sign in either, from another address too.
    const signIn = await login({ email: user.email, password: testPassword }, newClient());
    expect(signIn.statusCode).toBe(429);
    expect(signIn.json().error.code).toBe('too_many_attempts');
    expect((await t.call(session, 'GET', '/api/auth/two-factor')).body.recoveryCodesLeft).toBe(10);
    // Audited as begun on this form, not on the sign-in page.
    const locked = (await auditOf(user.id)).filter((row) => row.action.startsWith('sign_in.lock'));
    expect(locked).toEqual([
      { action: 'sign_in.locked_at_new_recovery_codes', detail: { scope: 'account' } },
    ]);
  });

  test('turning two-factor off, or an admin’s reset, removes the codes', async () => {
    const { user, session, totp, codes, client } = await enrolled('pulih.empat@test.seleksi.id');
    await t.call(session, 'POST', '/api/auth/two-factor/disable', {
      code: totp.generate({ timestamp: Date.now() + 30_000 }),
    });
    expect((await t.call(session, 'GET', '/api/auth/two-factor')).body).toMatchObject({
      enabled: false,
      recoveryCodesLeft: 0,
    });
    const [row] = await t.db.query<{ n: number }>(
      'SELECT count(*)::int AS n FROM two_factor_recovery_codes WHERE user_id = $1',
      [user.id],
    );
    expect(row!.n).toBe(0);
    // Signing in now needs no second factor at all; the old code is simply not asked for.
    expect((await login({ email: user.email, password: testPassword }, client)).statusCode).toBe(
      200,
    );
    expect(codes).toHaveLength(10);

    const other = await enrolled('pulih.lima@test.seleksi.id');
    await t.call(t.users.admin, 'POST', `/api/admin/users/${other.user.id}/two-factor/reset`);
    const [left] = await t.db.query<{ n: number }>(
      'SELECT count(*)::int AS n FROM two_factor_recovery_codes WHERE user_id = $1',
      [other.user.id],
    );
    expect(left!.n).toBe(0);
  });

  test('a user who turned two-factor on before codes existed has none, and can make a set', async () => {
    const { user, session } = await enrolled('pulih.enam@test.seleksi.id');
    await t.db.query('DELETE FROM two_factor_recovery_codes WHERE user_id = $1', [user.id]);
    expect((await t.call(session, 'GET', '/api/auth/two-factor')).body).toMatchObject({
      enabled: true,
      recoveryCodesLeft: 0,
    });
    const made = await t.call(session, 'POST', '/api/auth/two-factor/recovery-codes', {
      password: testPassword,
    });
    expect(made.body.recoveryCodes).toHaveLength(10);
    expect((await t.call(session, 'GET', '/api/auth/two-factor')).body.recoveryCodesLeft).toBe(10);
  });
});
