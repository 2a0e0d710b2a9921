import type { Database } from '../../db/database';
import {
  findEmailMessage,
  listEmailMessages,
  type EmailMessageRow,
} from '../../db/queries/email-messages';
import type { Actor } from '../actor';
import { requireHr } from '../access-policy';
import { NotFound } from '../errors';

/**
 * Every message Seleksi has written, newest first: without SMTP this is where e-mail goes;
 * with it, where HR checks what was sent and why something failed. HR only (it holds contacts).
 */
export async function listOutbox(
  db: Database,
  actor: Actor,
  page: { limit: number; offset: number },
): Promise<{ messages: EmailMessageRow[]; total: number }> {
  requireHr(actor);
  const { rows, total } = await listEmailMessages(db, page);
  return { messages: rows, total };
}

export async function getOutboxMessage(
  db: Database,
  actor: Actor,
  messageId: string,
): Promise<EmailMessageRow> {
  requireHr(actor);
  const message = await findEmailMessage(db, messageId);
  if (!message) throw new NotFound('Message');
  return message;
}
