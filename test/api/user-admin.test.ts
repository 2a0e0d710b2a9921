import { describe, expect, test } from 'vitest';
import { type TestUser, testMail, useTestApp } from '../support/test-app';
import { expectError, expectInvalid, unknownId } from '../support/expectations';
import { consolePasswordLink } from '../../src/services/user-admin/create-password-link';
import { jobInput } from '../support/factories';

const t = useTestApp();

const newPassword = 'kopi-tubruk-pagi-hujan-deras';

function signIn(email: string, password: string) {
  return t.app.inject({ method: 'POST', url: '/api/auth/login', payload: { email, password } });
}

async function invite(email: string, role = 'interviewer') {
  const reply = await t.call(t.users.admin, 'POST', '/api/admin/users', {
    email,
    name: 'Nadia Baru',
    role,
    title: 'QA Lead',
    locale: 'en',
  });
  expect(reply.status, JSON.stringify(reply.body)).toBe(201);
  return reply.body as { user: { id: string; email: string }; link: { token: string } };
}

async function sessionOf(email: string, password = newPassword): Promise<TestUser> {
  const reply = await signIn(email, password);
  const cookie = reply.cookies.find((c) => c.name === 'seleksi_session');
  if (!cookie) throw new Error(reply.body);
  return { id: '', email, role: 'interviewer', cookie: `seleksi_session=${cookie.value}` };
}

describe('admin user administration', () => {
  test('only admins list and invite users', async () => {
    for (const user of [t.users.recruiter, t.users.hiringManager, t.users.interviewer]) {
      expectError(await t.call(user, 'GET', '/api/admin/users'), 403, 'forbidden');
      expectError(
        await t.call(user, 'POST', '/api/admin/users', {
          email: 'x@y.id',
          name: 'X',
          role: 'admin',
        }),
        403,
        'forbidden',
      );
    }
    const list = await t.call(t.users.admin, 'GET', '/api/admin/users');
    expect(list.status).toBe(200);
    expect(list.body.items.map((u: { email: string }) => u.email)).toContain(t.users.admin.email);
    expect(JSON.stringify(list.body)).not.toMatch(/password_hash|argon|totp/i);
  });

  test('an invitation names bad fields and refuses a taken e-mail', async () => {
    expectInvalid(
      await t.call(t.users.admin, 'POST', '/api/admin/users', {
        email: 'nope',
        name: '',
        role: 'boss',
      }),
      { email: 'invalid_email', name: 'required', role: 'invalid_value' },
    );
    const taken = await t.call(t.users.admin, 'POST', '/api/admin/users', {
      email: t.users.recruiter.email.toUpperCase(),
      name: 'Dobel',
      role: 'recruiter',
    });
    expect(expectError(taken, 409, 'conflict')).toEqual([
      expect.objectContaining({ path: 'email', code: 'email_taken' }),
    ]);
  });

  test('invite → set a password with the one-time link → sign in; the link works once', async () => {
    const { user, link } = await invite('nadia.baru@test.seleksi.id');
    expect(link.token.length).toBeGreaterThanOrEqual(40);
    // No password yet: signing in fails like any wrong password.
    expect((await signIn(user.email, newPassword)).statusCode).toBe(401);

    const described = await t.call(null, 'POST', '/api/auth/password-links/check', {
      token: link.token,
    });
    expect(described.body).toMatchObject({ purpose: 'invitation', email: user.email });

    const weak = await t.call(null, 'POST', '/api/auth/password-links/use', {
      token: link.token,
      password: 'password123',
    });
    expectInvalid(weak, { password: 'password_too_weak' });
    const short = await t.call(null, 'POST', '/api/auth/password-links/use', {
      token: link.token,
      password: 'a1b2',
    });
    expectInvalid(short, { password: 'password_too_short' });
    const ownName = await t.call(null, 'POST', '/api/auth/password-links/use', {
      token: link.token,
      password: 'nadiabaru123',
    });
    expectInvalid(ownName, { password: 'password_too_weak' });
    // The product's and the company's own words (the company here is the default, PT Pasar Rakyat
    // Digital) are the first an attacker tries.
    for (const guessable of ['seleksi-demo', 'Seleksi2026!', 'PasarRakyat2026']) {
      const reply = await t.call(null, 'POST', '/api/auth/password-links/use', {
        token: link.token,
        password: guessable,
      });
      expectInvalid(reply, { password: 'password_too_weak' });
    }

    const used = await t.call(null, 'POST', '/api/auth/password-links/use', {
      token: link.token,
      password: newPassword,
    });
    expect(used).toEqual({ status: 200, body: { email: user.email } });
    expect((await signIn(user.email, newPassword)).statusCode).toBe(200);

    const again = await t.call(null, 'POST', '/api/auth/password-links/use', {
      token: link.token,
      password: 'another-long-passphrase-here',
    });
    expectError(again, 404, 'not_found');
    expectError(
      await t.call(null, 'POST', '/api/auth/password-links/check', { token: 'x'.repeat(43) }),
      404,
      'not_found',
    );
  });

  test('an expired link does not work', async () => {
    const { link } = await invite('lambat@test.seleksi.id');
    await t.db.query("UPDATE password_links SET expires_at = now() - interval '1 minute'");
    expectError(
      await t.call(null, 'POST', '/api/auth/password-links/use', {
        token: link.token,
        password: newPassword,
      }),
      404,
      'not_found',
    );
  });

  test('the link is stored only as a hash', async () => {
    const { link } = await invite('hash@test.seleksi.id');
    const rows = await t.db.query<{ tokenHash: string }>(
      'SELECT token_hash AS "tokenHash" FROM password_links',
    );
    expect(rows.some((r) => r.tokenHash === link.token)).toBe(false);
    expect(rows.every((r) => /^[0-9a-f]{64}$/.test(r.tokenHash))).toBe(true);
  });

  test('changing a role, and an admin cannot change their own role or deactivate themselves', async () => {
    const { user } = await invite('peran@test.seleksi.id');
    const changed = await t.call(t.users.admin, 'PATCH', `/api/admin/users/${user.id}`, {
      name: 'Nadia Peran',
      role: 'hiring_manager',
      title: '',
    });
    expect(changed.body).toMatchObject({
      role: 'hiring_manager',
      name: 'Nadia Peran',
      title: null,
    });
    const own = await t.call(t.users.admin, 'PATCH', `/api/admin/users/${t.users.admin.id}`, {
      name: 'Ani Admin',
      role: 'recruiter',
    });
    expect(expectError(own, 409, 'conflict')[0]).toMatchObject({
      path: 'role',
      code: 'own_account',
    });
    expectError(
      await t.call(t.users.admin, 'POST', `/api/admin/users/${t.users.admin.id}/deactivate`),
      409,
      'conflict',
    );
    expectError(
      await t.call(t.users.admin, 'PATCH', `/api/admin/users/${unknownId()}`, {
        name: 'X',
        role: 'admin',
      }),
      404,
      'not_found',
    );
  });

  test('a PATCH changes only the fields it is given (retrial25 L6)', async () => {
    const { user } = await invite('sebagian@test.seleksi.id');
    const named = await t.call(t.users.admin, 'PATCH', `/api/admin/users/${user.id}`, {
      name: 'Sari Sebagian',
      role: 'recruiter',
      title: 'Staf HR',
    });
    expect(named.status).toBe(200);
    const roleOnly = await t.call(t.users.admin, 'PATCH', `/api/admin/users/${user.id}`, {
      role: 'interviewer',
    });
    expect(roleOnly.status, JSON.stringify(roleOnly.body)).toBe(200);
    expect(roleOnly.body).toMatchObject({
      name: 'Sari Sebagian',
      role: 'interviewer',
      title: 'Staf HR',
    });
    const blankName = await t.call(t.users.admin, 'PATCH', `/api/admin/users/${user.id}`, {
      name: ' ',
    });
    expect(expectError(blankName, 400, 'invalid')[0]).toMatchObject({ path: 'name' });
  });

  test('deactivating ends the sessions at once; the user cannot sign in until reactivated', async () => {
    const { user, link } = await invite('pergi@test.seleksi.id');
    await t.call(null, 'POST', '/api/auth/password-links/use', {
      token: link.token,
      password: newPassword,
    });
    const session = await sessionOf(user.email);
    expect((await t.call(session, 'GET', '/api/auth/me')).status).toBe(200);

    const off = await t.call(t.users.admin, 'POST', `/api/admin/users/${user.id}/deactivate`);
    expect(off.body.active).toBe(false);
    expectError(await t.call(session, 'GET', '/api/auth/me'), 401, 'unauthenticated');
    const sessions = await t.db.query('SELECT 1 FROM sessions WHERE user_id = $1', [user.id]);
    expect(sessions).toEqual([]);
    const refused = await signIn(user.email, newPassword);
    expect(refused.statusCode).toBe(401);
    expect(refused.json().error.message).toBe('The e-mail or password is wrong.');

    await t.call(t.users.admin, 'POST', `/api/admin/users/${user.id}/reactivate`);
    expect((await signIn(user.email, newPassword)).statusCode).toBe(200);
  });

  test('a reset link replaces the password and ends the old sessions', async () => {
    const { user, link } = await invite('lupa@test.seleksi.id');
    await t.call(null, 'POST', '/api/auth/password-links/use', {
      token: link.token,
      password: newPassword,
    });
    const session = await sessionOf(user.email);
    const reset = await t.call(t.users.admin, 'POST', `/api/admin/users/${user.id}/password-link`);
    expect(reset.status).toBe(201);
    expect(reset.body.purpose).toBe('reset');
    const fresh = 'sambal-terasi-nasi-uduk-pagi';
    await t.call(null, 'POST', '/api/auth/password-links/use', {
      token: reset.body.token,
      password: fresh,
    });
    expectError(await t.call(session, 'GET', '/api/auth/me'), 401, 'unauthenticated');
    expect((await signIn(user.email, newPassword)).statusCode).toBe(401);
    expect((await signIn(user.email, fresh)).statusCode).toBe(200);
  });
});

describe('a role change and the hiring-team places the user holds', () => {
  /** A job whose team puts `place` in the given user's hands, in the given status. */
  async function jobWith(
    title: string,
    team: { recruiterId?: string; hiringManagerId?: string; interviewerIds?: string[] },
    status: 'draft' | 'open' | 'closed',
  ) {
    const created = await t.call(
      t.users.recruiter,
      'POST',
      '/api/jobs',
      jobInput(t, {
        title,
        team: {
          recruiterId: team.recruiterId ?? t.users.recruiter.id,
          hiringManagerId: team.hiringManagerId ?? t.users.hiringManager.id,
          interviewerIds: team.interviewerIds ?? [],
        },
      }),
    );
    expect(created.status, JSON.stringify(created.body)).toBe(201);
    const id = created.body.id as string;
    if (status !== 'draft') await t.call(t.users.recruiter, 'POST', `/api/jobs/${id}/open`);
    if (status === 'closed') await t.call(t.users.recruiter, 'POST', `/api/jobs/${id}/close`);
    return id;
  }
  const changeRole = (id: string, role: string, name = 'Bayu Atasan') =>
    t.call(t.users.admin, 'PATCH', `/api/admin/users/${id}`, { name, role, title: '' });
  const stored = async (id: string) =>
    (
      await t.db.query<{ name: string; role: string }>(
        'SELECT name, role FROM users WHERE id = $1',
        [id],
      )
    )[0];
  const roleChanges = async (id: string) =>
    (
      await t.db.query(
        "SELECT 1 FROM audit_log WHERE action = 'user.role_changed' AND entity_id = $1",
        [id],
      )
    ).length;

  test('refused with 409 naming the jobs and places the new role cannot hold; nothing changes', async () => {
    const { user } = await invite('bayu.atasan@test.seleksi.id', 'hiring_manager');
    const open = await jobWith('Data Engineer', { hiringManagerId: user.id }, 'open');
    const draft = await jobWith('Android Developer', { hiringManagerId: user.id }, 'draft');
    await jobWith('Arsip Lama', { hiringManagerId: user.id }, 'closed');
    // An interviewer place does not stand in the way.
    await jobWith('QA Engineer', { interviewerIds: [user.id] }, 'open');

    const refused = await changeRole(user.id, 'interviewer', 'Nama Baru');
    const [problem] = expectError(refused, 409, 'conflict');
    expect(problem).toMatchObject({ path: 'role', code: 'holds_team_places' });
    expect(problem!.params?.places).toEqual([
      { jobId: draft, jobTitle: 'Android Developer', teamRole: 'hiring_manager' },
      { jobId: open, jobTitle: 'Data Engineer', teamRole: 'hiring_manager' },
    ]);
    expect(problem!.message).toContain('Data Engineer');
    expect(problem!.message).not.toContain('Arsip Lama');
    // Neither the role nor the name in the same request changed, and nothing was logged.
    expect(await stored(user.id)).toEqual({ name: 'Nadia Baru', role: 'hiring_manager' });
    expect(await roleChanges(user.id)).toBe(0);
    const team = await t.call(t.users.recruiter, 'GET', `/api/jobs/${open}`);
    expect(team.body.team).toContainEqual(
      expect.objectContaining({ userId: user.id, teamRole: 'hiring_manager' }),
    );
  });

  test('allowed when the new role can hold the places (hiring manager → admin), and when only closed jobs remain', async () => {
    const { user } = await invite('bayu.admin@test.seleksi.id', 'hiring_manager');
    const open = await jobWith('Product Manager', { hiringManagerId: user.id }, 'open');
    expect((await changeRole(user.id, 'admin')).body.role).toBe('admin');
    // Admin → interviewer: refused while the job is open, allowed once it is closed.
    expectError(await changeRole(user.id, 'interviewer'), 409, 'conflict');
    await t.call(t.users.recruiter, 'POST', `/api/jobs/${open}/close`);
    expect((await changeRole(user.id, 'interviewer')).body.role).toBe('interviewer');
    expect(await stored(user.id)).toMatchObject({ role: 'interviewer' });
    expect(await roleChanges(user.id)).toBe(2);
    // Reopening that job would give an interviewer the hiring manager's place: refused until
    // HR chooses someone else.
    const reopen = await t.call(t.users.recruiter, 'POST', `/api/jobs/${open}/open`);
    const [problem] = expectError(reopen, 409, 'conflict');
    expect(problem).toMatchObject({ path: 'team', code: 'team_place_wrong_role' });
    expect(problem!.params?.places).toEqual([
      { userId: user.id, name: 'Bayu Atasan', teamRole: 'hiring_manager' },
    ]);
    await t.call(
      t.users.recruiter,
      'PUT',
      `/api/jobs/${open}`,
      jobInput(t, { title: 'Product Manager' }),
    );
    expect((await t.call(t.users.recruiter, 'POST', `/api/jobs/${open}/open`)).body.status).toBe(
      'open',
    );
  });

  test('a recruiter holding the recruiter place cannot become a hiring manager', async () => {
    const { user } = await invite('rekruter.pindah@test.seleksi.id', 'recruiter');
    const draft = await jobWith('Akuntan', { recruiterId: user.id }, 'draft');
    const [problem] = expectError(await changeRole(user.id, 'hiring_manager'), 409, 'conflict');
    expect(problem!.params?.places).toEqual([
      { jobId: draft, jobTitle: 'Akuntan', teamRole: 'recruiter' },
    ]);
    // Once HR puts someone else in the place, the change goes through.
    await t.call(t.users.recruiter, 'PUT', `/api/jobs/${draft}`, jobInput(t, { title: 'Akuntan' }));
    expect((await changeRole(user.id, 'hiring_manager')).body.role).toBe('hiring_manager');
  });
});

describe('the one-time link goes out by e-mail', () => {
  const outbox = (email: string) =>
    t.db.query<{ template: string; locale: string; subject: string; body: string }>(
      // The text as it goes out; the copy staff can read is masked (one-time-links.test.ts).
      `SELECT template, locale, subject, coalesce(delivery_body, body) AS body
       FROM email_messages WHERE to_email = $1 ORDER BY created_at`,
      [email],
    );

  test('an invitation and a reset each queue an e-mail in the user’s language with their link', async () => {
    const { user, link } = await invite('surat@test.seleksi.id');
    const [invitation] = await outbox(user.email);
    expect(invitation).toMatchObject({ template: 'account_invitation', locale: 'en' });
    expect(invitation!.subject).toContain('invitation to Seleksi');
    expect(invitation!.body).toContain(`/set-password#${link.token}`);
    expect(invitation!.body).toContain('Nadia Baru');
    // The set-password page opens in the invitee's language, as the e-mail is written.
    const check = await t.call(null, 'POST', '/api/auth/password-links/check', {
      token: link.token,
    });
    expect(check.body).toMatchObject({ purpose: 'invitation', locale: 'en' });

    const reset = await t.call(t.users.admin, 'POST', `/api/admin/users/${user.id}/password-link`);
    const messages = await outbox(user.email);
    // No password yet: the new link is a fresh invitation, and the old link stops working.
    expect(messages.map((m) => m.template)).toEqual(['account_invitation', 'account_invitation']);
    expect(messages[1]!.body).toContain(`/set-password#${reset.body.token}`);
    expectError(
      await t.call(null, 'POST', '/api/auth/password-links/check', { token: link.token }),
      404,
      'not_found',
    );
    await t.call(null, 'POST', '/api/auth/password-links/use', {
      token: reset.body.token,
      password: newPassword,
    });
    await t.call(t.users.admin, 'POST', `/api/admin/users/${user.id}/password-link`);
    expect((await outbox(user.email)).at(-1)).toMatchObject({
      template: 'password_reset',
      subject: 'Reset your Seleksi password',
    });
  });
});

describe('staff e-mails carry the brand name the admin saved (walk27)', () => {
  const outbox = (email: string) =>
    t.db.query<{ template: string; subject: string; body: string }>(
      `SELECT template, subject, coalesce(delivery_body, body) AS body
       FROM email_messages WHERE to_email = $1 ORDER BY created_at`,
      [email],
    );

  test('an invitation and a reset, in Indonesian and English, name the saved company', async () => {
    const saved = await t.call(t.users.admin, 'PUT', '/api/admin/brand', {
      companyName: 'PT Maju Bersama',
      brandColour: '#0B5CAD',
      aboutId: '',
      aboutEn: '',
      careersIntroId: '',
      careersIntroEn: '',
    });
    expect(saved.status, JSON.stringify(saved.body)).toBe(200);
    for (const locale of ['id', 'en'] as const) {
      const email = `merek.${locale}@test.seleksi.id`;
      const reply = await t.call(t.users.admin, 'POST', '/api/admin/users', {
        email,
        name: 'Nadia Baru',
        role: 'interviewer',
        title: 'QA Lead',
        locale,
      });
      expect(reply.status, JSON.stringify(reply.body)).toBe(201);
      const { user } = reply.body as { user: { id: string } };
      await t.call(t.users.admin, 'POST', `/api/admin/users/${user.id}/password-link`);
      const messages = await outbox(email);
      expect(messages).toHaveLength(2);
      expect(messages.map((m) => m.template)).toEqual(['account_invitation', 'account_invitation']);
      expect(messages[0]!.subject).toContain('PT Maju Bersama');
      for (const message of messages) {
        // In the text and in the sign-off below "Salam," / "Kind regards,".
        expect(message.body).toMatch(/PT Maju Bersama[\s\S]*PT Maju Bersama\s*$/);
        expect(`${message.subject} ${message.body}`).not.toContain('Pasar Rakyat');
      }
    }
  });
});

describe('seleksi admin-link (the server console)', () => {
  test('creates the first admin with an invitation, or gives an existing user a new link', async () => {
    await expect(
      consolePasswordLink(t.db, testMail, { email: 'pertama@test.seleksi.id' }),
    ).rejects.toThrow('Some fields are not valid.');
    const { link, created } = await consolePasswordLink(t.db, testMail, {
      email: ' Pertama@Test.Seleksi.id ',
      name: 'Admin Pertama',
    });
    expect({ created, purpose: link.purpose }).toEqual({ created: true, purpose: 'invitation' });
    await t.call(null, 'POST', '/api/auth/password-links/use', {
      token: link.token,
      password: newPassword,
    });
    const admin = await sessionOf('pertama@test.seleksi.id');
    expect((await t.call(admin, 'GET', '/api/admin/users')).status).toBe(200);

    const again = await consolePasswordLink(t.db, testMail, { email: 'pertama@test.seleksi.id' });
    expect({ created: again.created, purpose: again.link.purpose }).toEqual({
      created: false,
      purpose: 'reset',
    });
    const [entry] = await t.db.query<{ actorId: string | null; detail: unknown }>(
      `SELECT actor_id AS "actorId", detail FROM audit_log WHERE action = 'user.invited'
       ORDER BY id DESC LIMIT 1`,
    );
    expect(entry).toEqual({ actorId: null, detail: { role: 'admin', via: 'console' } });
  });
});

describe('POST /api/auth/password (changing one’s own password)', () => {
  test('needs the current password and a good new one; ends the other sessions, keeps this one', async () => {
    const { user, link } = await invite('ganti@test.seleksi.id');
    await t.call(null, 'POST', '/api/auth/password-links/use', {
      token: link.token,
      password: newPassword,
    });
    const here = await sessionOf(user.email);
    const elsewhere = await sessionOf(user.email);
    const change = (body: unknown) => t.call(here, 'POST', '/api/auth/password', body);

    expectInvalid(await change({ currentPassword: 'salah-sekali', newPassword: 'x' }), {
      currentPassword: 'wrong_password',
    });
    expectInvalid(await change({ currentPassword: newPassword, newPassword: 'password123' }), {
      newPassword: 'password_too_weak',
    });
    expectInvalid(await change({}), { currentPassword: 'required', newPassword: 'required' });
    const fresh = 'rendang-padang-tanpa-santan';
    expect(await change({ currentPassword: newPassword, newPassword: fresh })).toEqual({
      status: 200,
      body: { ok: true },
    });
    expect((await t.call(here, 'GET', '/api/auth/me')).status).toBe(200);
    expectError(await t.call(elsewhere, 'GET', '/api/auth/me'), 401, 'unauthenticated');
    expect((await signIn(user.email, newPassword)).statusCode).toBe(401);
    expect((await signIn(user.email, fresh)).statusCode).toBe(200);
  });
});
