import { testMail } from '../support/test-app';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Database } from '../../src/db/database';
import { startBackgroundWork } from '../../src/services/background/background-work';
import { insertCandidate } from '../../src/db/queries/candidates';
import { insertUser } from '../../src/db/queries/users';
import { type OutgoingEmail, queueEmail } from '../../src/services/email/email-service';
import { sendEmailAgain } from '../../src/services/email/outbox-service';
import type { TaskWorkers } from '../../src/services/background/task-queue';
import { startSmtpInbox, type SmtpInbox } from '../support/smtp-inbox';
import { openTestDatabase } from '../support/test-database';
import { waitFor } from '../support/wait-for';

const values = {
  candidateName: 'Sari Wulandari',
  jobTitle: 'Analis Data',
  companyName: 'PT Uji Coba',
  portalLink: 'http://127.0.0.1/portal/x',
  recruiterName: 'Rina',
};

describe('durable e-mail delivery through a real SMTP server', () => {
  let db: Database;
  let inbox: SmtpInbox;
  let workers: TaskWorkers;
  beforeAll(async () => {
    db = await openTestDatabase();
    inbox = await startSmtpInbox();
    workers = await startBackgroundWork(db, {
      mail: testMail,
      smtpUrl: inbox.url,
      retry: { retryLimit: 6, retryDelaySeconds: 1 },
      pollingIntervalSeconds: 0.5,
    });
  });
  afterAll(async () => {
    await workers.stop();
    await inbox.stop();
    await db.close();
  });

  /** Queues one message in a transaction of its own, as a use case would. */
  const queue = (message: OutgoingEmail) => db.transaction((tx) => queueEmail(tx, message));

  const status = async (key: string) => {
    const [row] = await db.query<{ status: string; attempts: number; lastError: string | null }>(
      `SELECT status, attempts, last_error AS "lastError" FROM email_messages WHERE idempotency_key = $1`,
      [key],
    );
    return row;
  };

  it('sends a queued message once, even when the same cause queues it twice', async () => {
    for (let i = 0; i < 2; i++) {
      await queue({
        idempotencyKey: 'thanks:1',
        template: 'thank_you',
        locale: 'en',
        to: { name: 'Sari Wulandari', email: 'sari@example.test' },
        values,
      });
    }
    await waitFor(async () => (await status('thanks:1'))?.status === 'sent', 15_000);
    const received = inbox.to('sari@example.test');
    expect(received).toHaveLength(1);
    expect(received[0]!.subject).toBe('Thank you for interviewing for Analis Data');
    expect(received[0]!.text).toContain('Hello Sari Wulandari');
  });

  it('keeps a message while the SMTP server is down and delivers it exactly once when it is back', async () => {
    await inbox.stop();
    await queue({
      idempotencyKey: 'offer:1',
      template: 'offer',
      locale: 'id',
      to: { name: 'Budi Hartono', email: 'budi@example.test' },
      values: { ...values, candidateName: 'Budi Hartono' },
    });
    // An attempt is counted when it starts and its error written when it ends: wait for the end.
    await waitFor(async () => Boolean((await status('offer:1'))?.lastError), 15_000);
    const waiting = await status('offer:1');
    expect(waiting?.status).toBe('queued');
    expect(waiting?.lastError).toMatch(/ECONNREFUSED|connect/i);
    expect(inbox.to('budi@example.test')).toHaveLength(0);

    await inbox.start();
    await waitFor(() => inbox.to('budi@example.test').length > 0, 30_000);
    // Give a duplicate every chance to show up before counting.
    await new Promise((resolve) => setTimeout(resolve, 3000));
    expect(inbox.to('budi@example.test')).toHaveLength(1);
    expect(inbox.to('budi@example.test')[0]!.subject).toBe(
      'Kabar baik: penawaran untuk posisi Analis Data',
    );
    expect((await status('offer:1'))?.status).toBe('sent');
  });

  it('sends a failed message again when HR asks, once, with a fresh set of retries', async () => {
    await queue({
      idempotencyKey: 'thanks:failed',
      template: 'thank_you',
      locale: 'en',
      to: { name: 'Wati', email: 'wati@example.test' },
      values: { ...values, candidateName: 'Wati' },
    });
    await waitFor(async () => (await status('thanks:failed'))?.status === 'sent', 15_000);
    const [{ id }] = (await db.query<{ id: string }>(
      `UPDATE email_messages SET status = 'failed', last_error = 'ECONNREFUSED'
       WHERE idempotency_key = 'thanks:failed' RETURNING id`,
    )) as [{ id: string }];
    const hr = await insertUser(db, {
      email: 'hr.resend@test.seleksi.id',
      name: 'Rina',
      role: 'recruiter',
      title: null,
      locale: 'id',
      passwordHash: null,
    });
    const actor = { id: hr.id, role: 'recruiter' as const };
    await expect(sendEmailAgain(db, { ...actor, role: 'interviewer' }, id)).rejects.toThrow();
    await sendEmailAgain(db, actor, id);
    await waitFor(async () => (await status('thanks:failed'))?.status === 'sent', 15_000);
    expect(inbox.to('wati@example.test')).toHaveLength(2);
    // Only a failed message goes again.
    await expect(sendEmailAgain(db, actor, id)).rejects.toMatchObject({
      fields: [expect.objectContaining({ code: 'not_failed' })],
    });
  });

  it('sends again to the address HR corrected, and never resends a one-time link', async () => {
    const candidateId = await insertCandidate(db, {
      fullName: 'Yudi Salah Alamat',
      email: 'yudi@salah.example.test',
      phone: null,
      source: 'manual',
      tags: [],
      notes: '',
      createdBy: null,
    });
    await queue({
      idempotencyKey: 'thanks:wrong-address',
      template: 'thank_you',
      locale: 'en',
      to: { name: 'Yudi Salah Alamat', email: 'yudi@salah.example.test' },
      values: { ...values, candidateName: 'Yudi' },
      candidateId,
    });
    await waitFor(async () => (await status('thanks:wrong-address'))?.status === 'sent', 15_000);
    const [{ id }] = (await db.query<{ id: string }>(
      `UPDATE email_messages SET status = 'failed', last_error = '550 no such user'
       WHERE idempotency_key = 'thanks:wrong-address' RETURNING id`,
    )) as [{ id: string }];
    await db.query(`UPDATE candidates SET email = 'yudi@benar.example.test' WHERE id = $1`, [
      candidateId,
    ]);
    const hr = await insertUser(db, {
      email: 'hr.resend2@test.seleksi.id',
      name: 'Rina',
      role: 'recruiter',
      title: null,
      locale: 'id',
      passwordHash: null,
    });
    await sendEmailAgain(db, { id: hr.id, role: 'recruiter' }, id);
    await waitFor(() => inbox.to('yudi@benar.example.test').length > 0, 15_000);

    await queue({
      idempotencyKey: 'password:once',
      template: 'password_reset',
      locale: 'en',
      to: { name: 'Staf', email: 'staf@example.test' },
      values: { userName: 'Staf', companyName: 'PT', passwordLink: 'x', linkExpiresAt: 'y' },
    });
    await waitFor(async () => (await status('password:once'))?.status === 'sent', 15_000);
    const [link] = await db.query<{ id: string }>(
      `UPDATE email_messages SET status = 'failed' WHERE idempotency_key = 'password:once' RETURNING id`,
    );
    await expect(
      sendEmailAgain(db, { id: hr.id, role: 'recruiter' }, link!.id),
    ).rejects.toMatchObject({ fields: [expect.objectContaining({ code: 'one_time_link' })] });
  });

  it('writes nothing and sends nothing for a change that rolled back', async () => {
    await db
      .transaction(async (tx) => {
        await queueEmail(tx, {
          idempotencyKey: 'rejection:rolled-back',
          template: 'rejection',
          locale: 'en',
          to: { name: 'Dewi', email: 'dewi@example.test' },
          values,
        });
        throw new Error('the move failed');
      })
      .catch(() => undefined);
    await new Promise((resolve) => setTimeout(resolve, 1500));
    expect(await status('rejection:rolled-back')).toBeUndefined();
    expect(inbox.to('dewi@example.test')).toHaveLength(0);
  });
});
