import type { Queryable } from '../../db/database';
import { isProcessingRestricted } from '../../db/queries/data-requests';
import { insertEmailMessage, type EmailAttachment } from '../../db/queries/email-messages';
import { findStoredEmailTemplate } from '../../db/queries/email-templates';
import {
  defaultEmailTemplate,
  renderEmail,
  type EmailLocale,
  type EmailTemplate,
  type EmailTemplateKey,
} from '../../domain/email/email-templates';
import { carriesOneTimeLink, keptCopyValues } from '../../domain/email/one-time-links';
import { emailPriority, type EmailPriority } from '../../domain/email/email-priority';
import { enqueueTask, taskQueues } from '../background/task-queue';
import { candidateReplyTo } from '../brand/brand-service';

export interface OutgoingEmail {
  /** Names the cause and the recipient, e.g. `interview:<id>:3:candidate`: one message per key. */
  idempotencyKey: string;
  template: EmailTemplateKey;
  locale: EmailLocale;
  to: { name: string; email: string };
  values: Readonly<Record<string, string>>;
  applicationId?: string | null;
  interviewId?: string | null;
  calendar?: { method: 'REQUEST' | 'CANCEL'; ics: string } | undefined;
  /** Set when the message goes to a candidate: none is sent once they withdrew consent. */
  candidateId?: string | undefined;
  /** The candidate a message to staff is about, when no application names them (for erasure). */
  aboutCandidateId?: string | undefined;
  /** A file to send with it, e.g. the offer letter. */
  attachment?: EmailAttachment | undefined;
  /**
   * The HR user on whose behalf a message to a candidate goes: their address is the Reply-To
   * when the company set no contact inbox (see candidateReplyTo).
   */
  actingHr?: { email: string } | undefined;
}

/**
 * Writes the message (rendered now, so it reads as it did when the change was made) and queues its
 * delivery, inside the caller's transaction: no e-mail for a change that rolled back, no change
 * without its e-mail. A second call with the same key changes nothing.
 */
export async function queueEmail(tx: Queryable, email: OutgoingEmail): Promise<void> {
  if (email.candidateId && (await isProcessingRestricted(tx, email.candidateId))) return;
  const template = await effectiveTemplate(tx, email.template, email.locale);
  // A one-time link is for its recipient alone: the copy staff read holds it masked, and the
  // working text waits apart until the message leaves (see one-time-links.ts).
  const kept = renderEmail(template, keptCopyValues(email.values));
  const deliveryBody = carriesOneTimeLink(email.values)
    ? renderEmail(template, email.values).body
    : null;
  const messageId = await insertEmailMessage(tx, {
    idempotencyKey: email.idempotencyKey,
    template: email.template,
    locale: email.locale,
    toEmail: email.to.email,
    toName: email.to.name,
    subject: kept.subject,
    body: kept.body,
    deliveryBody,
    calendarMethod: email.calendar?.method ?? null,
    calendarIcs: email.calendar?.ics ?? null,
    applicationId: email.applicationId ?? null,
    interviewId: email.interviewId ?? null,
    candidateId: email.candidateId ?? email.aboutCandidateId ?? null,
    attachment: email.attachment ?? null,
    // A candidate may answer what HR sent; staff's own messages need no Reply-To.
    replyTo: email.candidateId ? await candidateReplyTo(tx, email.actingHr) : null,
  });
  if (messageId) await queueDelivery(tx, messageId, email.template);
}

/** pg-boss takes the highest number first. */
const queuePriority: Record<EmailPriority, number> = { urgent: 1, bulk: 0 };

/** Queues the delivery of a stored message: urgent ones before any bulk backlog. */
export async function queueDelivery(
  tx: Queryable,
  messageId: string,
  template: string,
): Promise<void> {
  await enqueueTask(
    tx,
    taskQueues.sendEmail,
    { messageId },
    { priority: queuePriority[emailPriority(template)] },
  );
}

/** The admin's text when there is one, otherwise the built-in text. */
export async function effectiveTemplate(
  db: Queryable,
  key: EmailTemplateKey,
  locale: EmailLocale,
): Promise<EmailTemplate> {
  return (await findStoredEmailTemplate(db, key, locale)) ?? defaultEmailTemplate(key, locale);
}
