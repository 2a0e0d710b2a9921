/**
 * Links that act once for their recipient: setting a first password, answering a talent-pool
 * invitation. Once the message has left by SMTP, the copy Seleksi keeps shows them masked, so
 * staff reading the outbox cannot use a link meant for someone else.
 */
const oneTimeLink = /(\/set-password#|\/talent-pool\/)[\w-]{16,}/g;

export const maskedLink = '[•••]';

export function maskOneTimeLinks(text: string): string {
  return text.replace(oneTimeLink, `$1${maskedLink}`);
}
