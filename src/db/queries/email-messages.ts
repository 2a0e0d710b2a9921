import type { Queryable } from '../database';
import type { BundleRead } from './read-bundle';

export type { EmailStatus } from '../../domain/email/email-delivery';
import type {
  CalendarMethod,
  EmailStatus,
  EmailTransport,
} from '../../domain/email/email-delivery';

export interface NewEmailMessage {
  idempotencyKey: string;
  template: string;
  locale: 'id' | 'en';
  toEmail: string;
  toName: string;
  subject: string;
  /** The copy staff can read (one-time links masked). */
  body: string;
  /** What goes out when it differs from `body`; never part of a listing. */
  deliveryBody?: string | null;
  calendarMethod: CalendarMethod | null;
  calendarIcs: string | null;
  applicationId: string | null;
  interviewId: string | null;
  /** The candidate the message is to or about: erasure removes it with them. */
  candidateId?: string | null;
  /** A file sent with the message (the offer letter); its bytes are read by delivery only. */
  attachment?: EmailAttachment | null;
  /** Where a reply goes (the sender is a no-reply address); null: no Reply-To. */
  replyTo?: string | null;
}

export interface EmailAttachment {
  fileName: string;
  contentType: string;
  content: Uint8Array;
}

export interface EmailMessageRow extends Omit<NewEmailMessage, 'deliveryBody' | 'attachment'> {
  id: string;
  /** The attached file's name, if any (listings show it; the bytes stay with delivery). */
  attachmentName: string | null;
  status: EmailStatus;
  transport: EmailTransport | null;
  attempts: number;
  lastError: string | null;
  createdAt: Date;
  sentAt: Date | null;
}

/** Everything but the body, which staff and delivery read differently. */
const envelopeColumns = `id, idempotency_key AS "idempotencyKey", template, locale, to_email AS "toEmail",
  to_name AS "toName", subject, calendar_method AS "calendarMethod", calendar_ics AS "calendarIcs",
  application_id AS "applicationId", interview_id AS "interviewId", candidate_id AS "candidateId",
  attachment_name AS "attachmentName", reply_to AS "replyTo", status, transport, attempts,
  last_error AS "lastError", created_at AS "createdAt", sent_at AS "sentAt"`;
/** The copy staff may read: one-time links masked, never `delivery_body`. */
const messageColumns = `${envelopeColumns}, body`;

/** Returns the new message's id, or undefined when a message with that key already exists. */
export async function insertEmailMessage(
  db: Queryable,
  message: NewEmailMessage,
): Promise<string | undefined> {
  const [row] = await db.query<{ id: string }>(
    `INSERT INTO email_messages (idempotency_key, template, locale, to_email, to_name, subject, body,
       calendar_method, calendar_ics, application_id, interview_id, candidate_id, delivery_body,
       attachment_name, attachment_type, attachment_content, reply_to)
     VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14, $15, $16, $17)
     ON CONFLICT (idempotency_key) DO NOTHING RETURNING id`,
    [
      message.idempotencyKey,
      message.template,
      message.locale,
      message.toEmail,
      message.toName,
      message.subject,
      message.body,
      message.calendarMethod,
      message.calendarIcs,
      message.applicationId,
      message.interviewId,
      message.candidateId ?? null,
      message.deliveryBody ?? null,
      message.attachment?.fileName ?? null,
      message.attachment?.contentType ?? null,
      message.attachment ? Buffer.from(message.attachment.content) : null,
      message.replyTo ?? null,
    ],
  );
  return row?.id;
}

export async function findEmailMessage(
  db: Queryable,
  id: string,
): Promise<EmailMessageRow | undefined> {
  const [row] = await db.query<EmailMessageRow>(
    `SELECT ${messageColumns} FROM email_messages WHERE id = $1`,
    [id],
  );
  return row;
}

/**
 * A message as it goes out: its body is the working text held apart for delivery where there is
 * one (a one-time link), otherwise the kept copy. Only delivery reads this.
 */
export async function findEmailForDelivery(
  db: Queryable,
  id: string,
): Promise<DeliverableEmail | undefined> {
  const [row] = await db.query<
    EmailMessageRow & { attachmentType: string | null; attachmentContent: Uint8Array | null }
  >(
    `SELECT ${envelopeColumns}, coalesce(delivery_body, body) AS body,
       attachment_type AS "attachmentType", attachment_content AS "attachmentContent"
     FROM email_messages WHERE id = $1`,
    [id],
  );
  if (!row) return undefined;
  const { attachmentType, attachmentContent, ...message } = row;
  return {
    ...message,
    attachment:
      message.attachmentName && attachmentType && attachmentContent
        ? {
            fileName: message.attachmentName,
            contentType: attachmentType,
            content: attachmentContent,
          }
        : null,
  };
}

/** A message as delivery reads it: the working text and the attached file's bytes. */
export interface DeliverableEmail extends EmailMessageRow {
  attachment: EmailAttachment | null;
}

export async function listEmailMessages(
  db: Queryable,
  filter: {
    applicationIds?: readonly string[] | undefined;
    /**
     * With applicationIds: also this candidate's messages that belong to no application (the
     * privacy notice sent when HR entered or imported them), so they count on each application.
     */
    alsoCandidateLevelOf?: string | undefined;
    limit: number;
    offset: number;
  },
): Promise<{ rows: EmailMessageRow[]; total: number }> {
  // The filter's own parameters come first in the count, after limit and offset in the page.
  const scoped: unknown[] = filter.applicationIds
    ? [filter.applicationIds, ...(filter.alsoCandidateLevelOf ? [filter.alsoCandidateLevelOf] : [])]
    : [];
  const where = (first: number) =>
    filter.applicationIds
      ? `WHERE application_id = ANY($${first}::uuid[])${
          filter.alsoCandidateLevelOf
            ? ` OR (application_id IS NULL AND candidate_id = $${first + 1})`
            : ''
        }`
      : '';
  const rows = await db.query<EmailMessageRow>(
    `SELECT ${messageColumns} FROM email_messages ${where(3)} ORDER BY created_at DESC LIMIT $1 OFFSET $2`,
    [filter.limit, filter.offset, ...scoped],
  );
  const [count] = await db.query<{ total: number }>(
    `SELECT count(*)::int AS total FROM email_messages ${where(1)}`,
    scoped,
  );
  return { rows, total: count?.total ?? 0 };
}

export interface PrivacyNoticeRow {
  queuedAt: Date;
  sentAt: Date | null;
}

/** The newest privacy notice sent to a candidate ($1) HR entered or imported (none: no row). */
export const privacyNoticeOf: BundleRead<PrivacyNoticeRow> = {
  sql: `SELECT created_at AS "queuedAt", sent_at AS "sentAt" FROM email_messages
     WHERE candidate_id = $1 AND template = 'imported_notice'
     ORDER BY created_at DESC LIMIT 1`,
  dates: ['queuedAt', 'sentAt'],
};

export async function recordDeliveryAttempt(db: Queryable, id: string): Promise<void> {
  await db.query(`UPDATE email_messages SET attempts = attempts + 1 WHERE id = $1`, [id]);
}

/** Sent: the working text held for delivery is no longer needed, so it goes. */
export async function markEmailSent(
  db: Queryable,
  id: string,
  transport: EmailTransport,
): Promise<void> {
  await db.query(
    `UPDATE email_messages SET status = 'sent', transport = $2, sent_at = now(), last_error = NULL,
       delivery_body = NULL
     WHERE id = $1`,
    [id, transport],
  );
}

/**
 * A failed attempt: still queued while retries remain, failed after the last one. A message that
 * failed for good is never sent again with its one-time link (a new link replaces it), so the
 * working text goes then too.
 */
export async function markEmailAttemptFailed(
  db: Queryable,
  id: string,
  error: string,
  final: boolean,
): Promise<void> {
  await db.query(
    `UPDATE email_messages SET last_error = $2, status = CASE WHEN $3 THEN 'failed' ELSE status END,
       delivery_body = CASE WHEN $3 THEN NULL ELSE delivery_body END
     WHERE id = $1 AND status <> 'sent'`,
    [id, error, final],
  );
}

/**
 * A failed message goes back in the queue, to `to` when given (the candidate's current address);
 * false when it had not failed (sent, or still trying).
 */
export async function requeueFailedEmail(
  db: Queryable,
  id: string,
  to?: { email: string; name: string },
): Promise<boolean> {
  const rows = await db.query(
    `UPDATE email_messages SET status = 'queued',
       to_email = coalesce($2, to_email), to_name = coalesce($3, to_name)
     WHERE id = $1 AND status = 'failed' RETURNING id`,
    [id, to?.email ?? null, to?.name ?? null],
  );
  return rows.length > 0;
}

/**
 * Whether one of `templates` went (or is going) to the application's candidate since HR last
 * reopened it: a failed message never reached them, and a reopening already took back older ones.
 */
export async function sentSinceLastReopening(
  db: Queryable,
  applicationId: string,
  templates: readonly string[],
): Promise<boolean> {
  const rows = await db.query(
    `SELECT 1 FROM email_messages m
     WHERE m.application_id = $1 AND m.template = ANY ($2::text[]) AND m.status <> 'failed'
       AND m.created_at > coalesce(
         (SELECT max(r.created_at) FROM email_messages r
           WHERE r.application_id = $1 AND r.template = 'application_reopened'),
         '-infinity')
     LIMIT 1`,
    [applicationId, templates],
  );
  return rows.length > 0;
}
