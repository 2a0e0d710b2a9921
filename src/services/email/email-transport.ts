import nodemailer from 'nodemailer';
import type { EmailMessageRow } from '../../db/queries/email-messages';
import { mailSettings } from './mail-settings';

/** Where delivered messages go: an SMTP server, or (without SMTP_URL) only the built-in outbox. */
export interface EmailTransport {
  kind: 'smtp' | 'outbox';
  send(message: EmailMessageRow): Promise<void>;
  close(): void;
}

export function emailTransport(smtpUrl: string | undefined): EmailTransport {
  return smtpUrl ? smtpTransport(smtpUrl) : outboxTransport();
}

function outboxTransport(): EmailTransport {
  // The message row is the outbox copy; nothing leaves the machine.
  return { kind: 'outbox', send: async () => undefined, close: () => undefined };
}

function smtpTransport(url: string): EmailTransport {
  const transporter = nodemailer.createTransport(url);
  return {
    kind: 'smtp',
    async send(message) {
      await transporter.sendMail({
        from: mailSettings().from,
        to: { name: message.toName, address: message.toEmail },
        subject: message.subject,
        text: message.body,
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
      });
    },
    close: () => transporter.close(),
  };
}
