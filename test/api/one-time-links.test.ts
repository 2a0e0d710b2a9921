import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { deliverEmail } from '../../src/services/email/email-delivery';
import { emailTransport, type EmailTransport } from '../../src/services/email/email-transport';
import { applicantFields, applyFromCareers, makePdf } from '../support/cv-files';
import { buildJob } from '../support/factories';
import { freePort } from '../support/free-port';
import type { SmtpInbox } from '../support/smtp-inbox';
import { testMail, type TestApp } from '../support/test-app';
import { closeAppWithInbox, startAppWithInbox } from '../support/app-with-inbox';

/**
 * Security round 2, finding 1: the outbox (open to HR) showed the working set-password link of an
 * admin's invitation, so a recruiter could take over an admin account. A one-time link is for its
 * recipient alone, in every state of its message.
 */
let t: TestApp;
let inbox: SmtpInbox;
beforeAll(async () => {
  ({ t, inbox } = await startAppWithInbox());
});
afterAll(() => closeAppWithInbox({ t, inbox }));

interface Secret {
  messageId: string;
  token: string;
  to: string;
  candidateId?: string;
}

/** The admin invites a new admin: the situation of the outside test's finding. */
async function adminInvitation(email: string): Promise<Secret> {
  const reply = await t.call(t.users.admin, 'POST', '/api/admin/users', {
    email,
    name: 'Admin Baru',
    role: 'admin',
    title: 'IT',
    locale: 'id',
  });
  expect(reply.status, JSON.stringify(reply.body)).toBe(201);
  return { messageId: await lastMessageTo(email), token: reply.body.link.token, to: email };
}

/** A reset link the admin makes for another admin, who has set a password already. */
async function adminPasswordReset(): Promise<Secret> {
  const invited = await adminInvitation(`admin.lupa.${Date.now()}@test.seleksi.id`);
  const used = await t.call(null, 'POST', '/api/auth/password-links/use', {
    token: invited.token,
    password: 'kopi-tubruk-pagi-hujan-deras',
  });
  expect(used.status, JSON.stringify(used.body)).toBe(200);
  const [user] = await t.db.query<{ id: string }>('SELECT id FROM users WHERE email = $1', [
    invited.to,
  ]);
  const reply = await t.call(t.users.admin, 'POST', `/api/admin/users/${user!.id}/password-link`);
  expect(reply.status, JSON.stringify(reply.body)).toBe(201);
  expect(reply.body.purpose).toBe('reset');
  return { messageId: await lastMessageTo(invited.to), token: reply.body.token, to: invited.to };
}

/** HR asks a careers-page candidate to join the talent pool; only the candidate may answer. */
async function talentPoolInvitation(): Promise<Secret> {
  const job = await buildJob(t);
  const other = await buildJob(t);
  const email = `kandidat.${Math.random().toString(36).slice(2)}@example.test`;
  const applied = await applyFromCareers(t, job.id, applicantFields('Kandidat Rahasia', email), {
    name: 'cv.pdf',
    contentType: 'application/pdf',
    bytes: await makePdf(['Akuntansi']),
  });
  expect(applied.status, JSON.stringify(applied.body)).toBe(201);
  const [candidate] = await t.db.query<{ id: string }>(
    'SELECT id FROM candidates WHERE email = $1',
    [email],
  );
  const sent = await t.call(
    t.users.recruiter,
    'POST',
    `/api/candidates/${candidate!.id}/talent-pool/invitations`,
    { jobId: other.id },
  );
  expect(sent.status, JSON.stringify(sent.body)).toBe(201);
  const messageId = await lastMessageTo(email, 'talent_pool_invitation');
  const [held] = await t.db.query<{ body: string }>(
    'SELECT delivery_body AS body FROM email_messages WHERE id = $1',
    [messageId],
  );
  const token = /\/talent-pool\/([\w-]+)/.exec(held?.body ?? '')?.[1];
  if (!token) throw new Error('the invitation holds no working link for delivery');
  return { messageId, token, to: email, candidateId: candidate!.id };
}

async function lastMessageTo(email: string, template?: string): Promise<string> {
  const [row] = await t.db.query<{ id: string }>(
    `SELECT id FROM email_messages WHERE to_email = $1 AND ($2::text IS NULL OR template = $2)
     ORDER BY created_at DESC LIMIT 1`,
    [email, template ?? null],
  );
  if (!row) throw new Error(`no message to ${email}`);
  return row.id;
}

/** Everything HR can read about the message: the outbox page and the message itself. */
async function whatHrReads(secret: Secret): Promise<string> {
  const list = await t.call(t.users.recruiter, 'GET', '/api/outbox');
  const one = await t.call(t.users.recruiter, 'GET', `/api/outbox/${secret.messageId}`);
  expect(list.status).toBe(200);
  expect(one.status).toBe(200);
  expect(JSON.stringify(list.body)).toContain(secret.messageId);
  return JSON.stringify(list.body) + JSON.stringify(one.body);
}

async function status(messageId: string) {
  const [row] = await t.db.query<{ status: string; held: string | null }>(
    'SELECT status, delivery_body AS held FROM email_messages WHERE id = $1',
    [messageId],
  );
  return row;
}

const kinds = {
  'an admin invitation': () => adminInvitation(`admin.baru.${Date.now()}@test.seleksi.id`),
  'a password reset': adminPasswordReset,
  'a talent-pool invitation': talentPoolInvitation,
};

describe.each(Object.entries(kinds))('%s', (_kind, make) => {
  test('is never readable by HR: queued, then kept in the outbox without SMTP', async () => {
    const secret = await make();
    const queued = await whatHrReads(secret);
    expect(queued).not.toContain(secret.token);
    expect(queued).toContain('[•••]');
    expect(await status(secret.messageId)).toMatchObject({ status: 'queued' });

    await deliverEmail(t.db, emailTransport(undefined, testMail), secret.messageId, {
      final: false,
    });
    expect(await status(secret.messageId)).toEqual({ status: 'sent', held: null });
    expect(await whatHrReads(secret)).not.toContain(secret.token);
  });

  test('is never readable by HR while SMTP is down, nor after it failed for good', async () => {
    const secret = await make();
    const down: EmailTransport = emailTransport(`smtp://127.0.0.1:${await freePort()}`, testMail);
    await expect(deliverEmail(t.db, down, secret.messageId, { final: false })).rejects.toThrow();
    expect(await status(secret.messageId)).toMatchObject({ status: 'queued' });
    expect(await whatHrReads(secret)).not.toContain(secret.token);

    await expect(deliverEmail(t.db, down, secret.messageId, { final: true })).rejects.toThrow();
    down.close();
    expect(await status(secret.messageId)).toEqual({ status: 'failed', held: null });
    expect(await whatHrReads(secret)).not.toContain(secret.token);
  });

  test('reaches its recipient whole by SMTP, and the kept copy stays masked', async () => {
    const secret = await make();
    const smtp = emailTransport(inbox.url, testMail);
    await deliverEmail(t.db, smtp, secret.messageId, { final: false });
    smtp.close();
    const received = inbox.to(secret.to).at(-1);
    expect(received?.text).toContain(secret.token);
    expect(await status(secret.messageId)).toEqual({ status: 'sent', held: null });
    expect(await whatHrReads(secret)).not.toContain(secret.token);
  });
});

test('the link HR cannot read still works for the person it is for', async () => {
  const secret = await adminInvitation(`admin.sah.${Date.now()}@test.seleksi.id`);
  const check = await t.call(null, 'POST', '/api/auth/password-links/check', {
    token: secret.token,
  });
  expect(check.status).toBe(200);
  expect(check.body.email).toBe(secret.to);
});

test('a talent-pool invitation that can never reach the candidate ends, so HR may ask again', async () => {
  const down = emailTransport(`smtp://127.0.0.1:${await freePort()}`, testMail);
  const undeliverable = [
    (id: string) => deliverEmail(t.db, emailTransport(undefined, testMail), id, { final: false }),
    (id: string) => deliverEmail(t.db, down, id, { final: true }).catch(() => undefined),
  ];
  for (const deliver of undeliverable) {
    const secret = await talentPoolInvitation();
    const candidatePath = `/api/candidates/${secret.candidateId}`;
    const pending = await t.call(t.users.recruiter, 'GET', candidatePath);
    expect(pending.body.talentPool.invitationRefusal).toBe('invitation_pending');
    await deliver(secret.messageId);
    const ended = await t.call(t.users.recruiter, 'GET', candidatePath);
    expect(ended.body.talentPool.invitationRefusal).toBeNull();
    expect((await t.call(null, 'GET', `/api/talent-pool/${secret.token}`)).status).toBe(404);
  }
  down.close();
});
