import { randomBytes } from 'node:crypto';
import type { Queryable } from '../../db/database';
import {
  findActivePortalLink,
  insertPortalLink,
  revokePortalLinks,
} from '../../db/queries/portal-links';
import { mailSettings } from '../email/mail-settings';

/**
 * The application's private portal link, made on first use. The token is kept as-is (256 random
 * bits) rather than hashed because later e-mails (reminders, reschedules) must repeat the same
 * link; revoking it and issuing a new one is one click for the recruiter.
 */
export async function ensurePortalToken(tx: Queryable, applicationId: string): Promise<string> {
  const existing = await findActivePortalLink(tx, applicationId);
  if (existing) return existing.token;
  const token = randomBytes(32).toString('base64url');
  await insertPortalLink(tx, applicationId, token);
  return token;
}

/** Revokes the current link (a forwarded e-mail, a lost phone) and issues a fresh one. */
export async function replacePortalToken(tx: Queryable, applicationId: string): Promise<string> {
  await revokePortalLinks(tx, applicationId);
  return ensurePortalToken(tx, applicationId);
}

export function portalUrl(token: string): string {
  return `${mailSettings().publicUrl}/portal/${token}`;
}
