import { simpleParser, type ParsedMail } from 'mailparser';
import type { AddressInfo } from 'node:net';
import { SMTPServer } from 'smtp-server';

/** A real SMTP server on loopback that keeps what it receives; it can stop and start again. */
export interface SmtpInbox {
  url: string;
  messages: ParsedMail[];
  /** Raw message sources, for asserting on MIME parts such as text/calendar. */
  raw: string[];
  to(address: string): ParsedMail[];
  stop(): Promise<void>;
  start(): Promise<void>;
}

export async function startSmtpInbox(): Promise<SmtpInbox> {
  const messages: ParsedMail[] = [];
  const raw: string[] = [];
  let server: SMTPServer | undefined;
  let port = 0;
  const listen = async () => {
    server = new SMTPServer({
      authOptional: true,
      disabledCommands: ['STARTTLS'],
      logger: false,
      onData(stream, _session, callback) {
        const chunks: Buffer[] = [];
        stream.on('data', (chunk: Buffer) => chunks.push(chunk));
        stream.on('end', () => {
          const source = Buffer.concat(chunks).toString('utf8');
          simpleParser(source).then((mail) => {
            raw.push(source);
            messages.push(mail);
            callback();
          }, callback);
        });
      },
    });
    await new Promise<void>((resolve) => server!.listen(port, '127.0.0.1', resolve));
    port = (server.server.address() as AddressInfo).port;
  };
  await listen();
  return {
    url: `smtp://127.0.0.1:${port}`,
    messages,
    raw,
    to: (address) =>
      messages.filter((mail) =>
        [mail.to].flat().some((to) => to?.value.some((entry) => entry.address === address)),
      ),
    stop: () => new Promise<void>((resolve) => server!.close(() => resolve())),
    start: listen,
  };
}
