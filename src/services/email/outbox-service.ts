import type { Database } from '../../db/database';
import { findApplication } from '../../db/queries/applications';
import { findCandidateContact } from '../../db/queries/candidate-contacts';
import { isProcessingRestricted } from '../../db/queries/data-requests';
import {
  findEmailMessage,
  listEmailMessages,
  requeueFailedEmail,
  type EmailMessageRow,
} from '../../db/queries/email-messages';
import { oneTimeLinkTemplates, staffTemplates } from '../../domain/email/email-templates';
import type { Actor } from '../actor';
import { requireHr } from '../access-policy';
import { recordAudit } from '../audit-log/audit-service';
import { Conflict, NotFound } from '../errors';
import { queueDelivery } from './email-service';

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

/**
 * HR sends a failed message again once the cause is fixed (the mail server back, the candidate's
 * address corrected): the same message, to the candidate's current address, with a fresh set of
 * retries.
 */
export async function sendEmailAgain(db: Database, actor: Actor, messageId: string): Promise<void> {
  requireHr(actor);
  await db.transaction(async (tx) => {
    const message = await findEmailMessage(tx, messageId);
    if (!message) throw new NotFound('Message');
    if (oneTimeLinkTemplates.includes(message.template)) {
      throw refused('one_time_link', 'Send a new invitation or link instead.');
    }
    const candidateId =
      message.candidateId ??
      (message.applicationId
        ? (await findApplication(tx, message.applicationId))?.candidateId
        : undefined);
    if (candidateId && (await isProcessingRestricted(tx, candidateId))) {
      throw refused('processing_restricted', 'The candidate withdrew consent.');
    }
    const to =
      candidateId && !staffTemplates.includes(message.template)
        ? await findCandidateContact(tx, candidateId)
        : undefined;
    const requeued = await requeueFailedEmail(
      tx,
      messageId,
      to ? { email: to.email, name: to.fullName } : undefined,
    );
    if (!requeued) throw refused('not_failed', 'Only a message that failed can be sent again.');
    await queueDelivery(tx, messageId, message.template);
    await recordAudit(tx, {
      actor,
      action: 'email.sent_again',
      entityId: message.applicationId,
      candidateId: candidateId ?? null,
      detail: { messageId, template: message.template },
    });
  });
}

function refused(code: string, message: string): Conflict {
  return new Conflict([{ path: 'messageId', code, message }], message);
}
