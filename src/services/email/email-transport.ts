import nodemailer from 'nodemailer';
import type { DeliverableEmail } from '../../db/queries/email-messages';
import type { MailSettings } from '../../config';

/** Where delivered messages go: an SMTP server, or (without SMTP_URL) only the built-in outbox. */
export interface EmailTransport {
  kind: 'smtp' | 'outbox';
  send(message: DeliverableEmail): Promise<void>;
  close(): void;
}

export function emailTransport(smtpUrl: string | undefined, mail: MailSettings): EmailTransport {
  return smtpUrl ? smtpTransport(smtpUrl, mail.from) : outboxTransport();
}

function outboxTransport(): EmailTransport {
  // The message row is the outbox copy; nothing leaves the machine.
  return { kind: 'outbox', send: async () => undefined, close: () => undefined };
}

function smtpTransport(url: string, from: string): EmailTransport {
  // Every wait ends well inside the queue's two-minute limit for a job, so an attempt is over
  // before the queue could start another one for the same message.
  const transporter = nodemailer.createTransport({
    url,
    connectionTimeout: 20_000,
    greetingTimeout: 20_000,
    socketTimeout: 60_000,
  });
  return {
    kind: 'smtp',
    async send(message) {
      await transporter.sendMail({
        from,
        to: { name: message.toName, address: message.toEmail },
        subject: message.subject,
        text: message.body,
        ...(message.replyTo ? { replyTo: message.replyTo } : {}),
        // The same Message-ID on every attempt lets receiving servers drop a duplicate, should
        // an attempt succeed without our hearing back.
        messageId: `<${message.id}@seleksi.mail>`,
        ...(message.calendarIcs && message.calendarMethod
          ? {
              icalEvent: {
                method: message.calendarMethod,
                filename: 'interview.ics',
                content: message.calendarIcs,
              },
            }
          : {}),
        ...(message.attachment
          ? {
              attachments: [
                {
                  filename: message.attachment.fileName,
                  contentType: message.attachment.contentType,
                  content: Buffer.from(message.attachment.content),
                },
              ],
            }
          : {}),
      });
    },
    close: () => transporter.close(),
  };
}
