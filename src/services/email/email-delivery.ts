import type { Database } from '../../db/database';
import {
  findEmailForDelivery,
  markEmailAttemptFailed,
  markEmailSent,
  recordDeliveryAttempt,
} from '../../db/queries/email-messages';
import { endUndeliveredInvitation } from '../privacy/undelivered-invitation';
import type { EmailTransport } from './email-transport';

/**
 * Delivers one queued message. A message already sent is never sent again (a job retried after
 * its success, or run twice); a failure is recorded and thrown so the queue retries with backoff.
 */
export async function deliverEmail(
  db: Database,
  transport: EmailTransport,
  messageId: string,
  attempt: { final: boolean },
): Promise<void> {
  const message = await findEmailForDelivery(db, messageId);
  if (!message || message.status === 'sent') return;
  await recordDeliveryAttempt(db, messageId);
  try {
    await transport.send(message);
  } catch (error) {
    await db.transaction(async (tx) => {
      await markEmailAttemptFailed(tx, messageId, describe(error), attempt.final);
      if (attempt.final) await endUndeliveredInvitation(tx, message.idempotencyKey);
    });
    throw error;
  }
  await db.transaction(async (tx) => {
    await markEmailSent(tx, messageId, transport.kind);
    // Kept in the outbox only: the candidate never gets the link (nobody may read it there).
    if (transport.kind === 'outbox') await endUndeliveredInvitation(tx, message.idempotencyKey);
  });
}

/** The reason shown on the application: the SMTP error, without the message's content. */
function describe(error: unknown): string {
  if (!(error instanceof Error)) return 'Unknown error';
  const code = (error as { code?: unknown }).code;
  return `${typeof code === 'string' ? `${code}: ` : ''}${error.message}`.slice(0, 300);
}
