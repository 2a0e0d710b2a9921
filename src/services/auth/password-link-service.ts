import type { MailSettings } from '../../config';
import type { Database, Queryable } from '../../db/database';
import {
  findUsablePasswordLink,
  markPasswordLinkUsed,
  replacePasswordLink,
  type PasswordLinkPurpose,
} from '../../db/queries/password-links';
import { deleteSessionsOf } from '../../db/queries/sessions';
import { clearFailures } from '../../db/queries/sign-in-throttles';
import { findUserById, setPasswordHash } from '../../db/queries/users';
import type { Locale } from '../../domain/locale';
import { checkNewPassword } from '../../domain/password-policy';
import { formatInterviewTime } from '../../domain/scheduling/zoned-time';
import type { Actor } from '../actor';
import { recordAudit } from '../audit-log/audit-service';
import { companyNameOf } from '../brand/brand-service';
import { hashPassword, newToken, tokenHash } from './auth-service';
import { queueEmail } from '../email/email-service';
import { NotFound, valueOrInvalid } from '../errors';
import { guessableFor } from './password-service';

/** How long a one-time link works: an invitation waits for someone to start, a reset is urgent. */
export const passwordLinkLifetimeMs: Record<PasswordLinkPurpose, number> = {
  invitation: 72 * 60 * 60 * 1000,
  reset: 24 * 60 * 60 * 1000,
};

export interface PasswordLink {
  /** The secret: shown once, stored only as its hash. The web page is /set-password#<token>. */
  token: string;
  purpose: PasswordLinkPurpose;
  expiresAt: Date;
}

/**
 * Makes a one-time link for a user, replacing their earlier unused ones, and queues the e-mail that
 * carries it, inside the caller's transaction. The admin also sees the link, to pass on by hand
 * should the e-mail not arrive.
 */
export async function issuePasswordLink(
  tx: Queryable,
  mail: MailSettings,
  /** The admin who asked; null for the server's own console (`seleksi admin-link`). */
  actor: Actor | null,
  userId: string,
  purpose: PasswordLinkPurpose,
): Promise<PasswordLink> {
  const token = newToken();
  const expiresAt = new Date(Date.now() + passwordLinkLifetimeMs[purpose]);
  await replacePasswordLink(tx, {
    tokenHash: tokenHash(token),
    userId,
    purpose,
    expiresAt,
    createdBy: actor?.id ?? null,
  });
  const user = await findUserById(tx, userId);
  if (!user) throw new NotFound('User');
  // The admin's saved brand name, as candidates' e-mails carry it; the environment's only if none.
  const companyName = await companyNameOf(tx, mail);
  const { publicUrl } = mail;
  const expires = formatInterviewTime(expiresAt, 'Asia/Jakarta', user.locale);
  await queueEmail(tx, {
    idempotencyKey: `password-link:${tokenHash(token)}`,
    template: purpose === 'invitation' ? 'account_invitation' : 'password_reset',
    locale: user.locale,
    to: { name: user.name, email: user.email },
    values: {
      userName: user.name,
      companyName,
      passwordLink: `${publicUrl}/set-password#${token}`,
      linkExpiresAt: `${expires.date}, ${expires.time}`,
    },
  });
  await recordAudit(tx, {
    actor,
    action: 'user.password_link_created',
    entityId: userId,
    detail: { purpose },
  });
  return { token, purpose, expiresAt };
}

/** What the set-password page shows about a link; unusable links are simply not found. */
export async function describePasswordLink(
  db: Database,
  token: string,
): Promise<{
  purpose: PasswordLinkPurpose;
  email: string;
  name: string;
  locale: Locale;
  expiresAt: Date;
}> {
  const link = await findUsablePasswordLink(db, tokenHash(token));
  const user = link && (await findUserById(db, link.userId));
  if (!link || !user) throw new NotFound('Link');
  // The user's language, so the page speaks it as their e-mail did.
  const { email, name, locale } = user;
  return { purpose: link.purpose, email, name, locale, expiresAt: link.expiresAt };
}

/**
 * Sets the password through a one-time link: the link is used up, the user's sessions end (a reset
 * locks out whoever knew the old password) and the sign-in pause on the account is lifted.
 */
export async function usePasswordLink(
  db: Database,
  mail: MailSettings,
  token: string,
  password: string,
): Promise<{ email: string }> {
  const hashed = tokenHash(token);
  const user = await db.transaction(async (tx) => {
    const link = await findUsablePasswordLink(tx, hashed, { forUpdate: true });
    const owner = link && (await findUserById(tx, link.userId));
    if (!link || !owner) throw new NotFound('Link');
    valueOrInvalid(checkNewPassword(password, await guessableFor(tx, mail, owner)));
    await setPasswordHash(tx, owner.id, await hashPassword(password));
    await markPasswordLinkUsed(tx, hashed);
    await deleteSessionsOf(tx, owner.id);
    await clearFailures(tx, `account:${tokenHash(owner.email)}`);
    await recordAudit(tx, {
      actor: owner,
      action: 'user.password_set',
      entityId: owner.id,
      detail: { via: link.purpose },
    });
    return owner;
  });
  return { email: user.email };
}
