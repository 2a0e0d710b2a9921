import { afterAll, beforeAll } from 'vitest';
import { deliverEmail } from '../../src/services/email/email-delivery';
import { emailTransport } from '../../src/services/email/email-transport';
import { startSmtpInbox, type SmtpInbox } from './smtp-inbox';
import { createTestApp, testMail, type TestApp } from './test-app';

/** A test app whose e-mail a test delivers by hand into a real SMTP inbox, to read what arrived. */
export interface AppWithInbox {
  t: TestApp;
  inbox: SmtpInbox;
}

export async function startAppWithInbox(): Promise<AppWithInbox> {
  return { t: await createTestApp(), inbox: await startSmtpInbox() };
}

export async function closeAppWithInbox({ t, inbox }: AppWithInbox): Promise<void> {
  await inbox.stop();
  await t.close();
}

/**
 * A test app and an inbox for the tests of this file (or describe block): started before them,
 * stopped after. The tests read `env.t` and `env.inbox`.
 */
export function useAppWithInbox(timeout = 180_000): AppWithInbox {
  const env = {} as AppWithInbox;
  beforeAll(async () => {
    Object.assign(env, await startAppWithInbox());
  }, timeout);
  afterAll(() => closeAppWithInbox(env));
  return env;
}

/** Delivers one queued message into the inbox now, as the last try of the background sender. */
export async function deliverToInbox({ t, inbox }: AppWithInbox, messageId: string): Promise<void> {
  await deliverEmail(t.db, emailTransport(inbox.url, testMail), messageId, { final: true });
}

/** Delivers every message of the application still queued, oldest first: what went, and to whom. */
export async function deliverQueued(
  env: AppWithInbox,
  applicationId: string,
): Promise<{ template: string; toEmail: string }[]> {
  const queued = await env.t.db.query<{ id: string; template: string; toEmail: string }>(
    `SELECT id, template, to_email AS "toEmail" FROM email_messages
     WHERE application_id = $1 AND status = 'queued' ORDER BY created_at`,
    [applicationId],
  );
  for (const message of queued) await deliverToInbox(env, message.id);
  return queued.map(({ template, toEmail }) => ({ template, toEmail }));
}
