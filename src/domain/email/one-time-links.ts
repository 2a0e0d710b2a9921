/**
 * Links that act once for their recipient: setting a password, answering a talent-pool
 * invitation. Only the person they are for may read them (and the admin who made a password link,
 * who is shown it once to pass on by hand). So the copy Seleksi keeps of such a message, which HR
 * reads in the outbox and on the candidate page, never holds the working link, in any state:
 * queued, failed, sent or kept in the outbox without SMTP. The working text lives apart, for
 * delivery only, until the message has left.
 */
const oneTimeLink = /(\/set-password#|\/talent-pool\/)[\w-]{16,}/g;

export const maskedLink = '[•••]';

/** The placeholders whose values are one-time links. */
export const oneTimeLinkPlaceholders: readonly string[] = ['passwordLink', 'invitationLink'];

export function maskOneTimeLinks(text: string): string {
  return text.replace(oneTimeLink, `$1${maskedLink}`);
}

/**
 * The placeholder values for the copy that is kept: each one-time link keeps its address up to
 * the token, so HR still sees where it pointed, and the token itself is masked. A value that is
 * not shaped like a known link is masked whole, so a change of link shape fails safe.
 */
export function keptCopyValues(
  values: Readonly<Record<string, string>>,
): Readonly<Record<string, string>> {
  const kept: Record<string, string> = { ...values };
  for (const name of oneTimeLinkPlaceholders) {
    const value = values[name];
    if (value === undefined) continue;
    const masked = maskOneTimeLinks(value);
    kept[name] = masked === value ? maskedLink : masked;
  }
  return kept;
}

export function carriesOneTimeLink(values: Readonly<Record<string, string>>): boolean {
  return oneTimeLinkPlaceholders.some((name) => values[name] !== undefined);
}
