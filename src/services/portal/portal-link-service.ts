import { randomBytes } from 'node:crypto';
import type { MailSettings } from '../../config';
import type { Queryable } from '../../db/database';
import {
  findApplication,
  lastStageChangeAt,
  type ApplicationRow,
} from '../../db/queries/applications';
import {
  findActivePortalLink,
  findPortalLink,
  insertPortalLink,
  portalLinkRevoked,
  revokePortalLinks,
} from '../../db/queries/portal-links';
import { portalLinkExpired } from '../../domain/portal/candidate-portal';
import { NotFound } from '../errors';

/**
 * The application's private portal link, made on first use. The token is kept as-is (256 random
 * bits) rather than hashed because later e-mails (reminders, reschedules) must repeat the same
 * link; revoking it and issuing a new one is one click for the recruiter.
 */
export async function ensurePortalToken(
  tx: Queryable,
  applicationId: string,
): Promise<string | undefined> {
  const existing = await findActivePortalLink(tx, applicationId);
  if (existing) return existing.token;
  // A revoked link stays revoked: later e-mails go without one until HR issues a new link.
  if (await portalLinkRevoked(tx, applicationId)) return undefined;
  return issueToken(tx, applicationId);
}

async function issueToken(tx: Queryable, applicationId: string): Promise<string> {
  await insertPortalLink(tx, applicationId, randomBytes(32).toString('base64url'));
  return (await findActivePortalLink(tx, applicationId))!.token;
}

/** Revokes the current link (a forwarded e-mail, a lost phone) and issues a fresh one. */
export async function replacePortalToken(tx: Queryable, applicationId: string): Promise<string> {
  await revokePortalLinks(tx, applicationId);
  return issueToken(tx, applicationId);
}

/**
 * The application behind a private link, what every portal page and act starts from. A wrong,
 * revoked or expired token is the same NotFound, so a guess learns nothing.
 */
export async function applicationOfToken(db: Queryable, token: string): Promise<ApplicationRow> {
  const link = await findPortalLink(db, token);
  const application = link && !link.revokedAt && (await findApplication(db, link.applicationId));
  if (
    !application ||
    portalLinkExpired(application.stage, await lastStageChangeAt(db, application.id), new Date())
  ) {
    throw new NotFound('Portal link');
  }
  return application;
}

export function portalUrl(mail: MailSettings, token: string): string {
  return `${mail.publicUrl}/portal/${token}`;
}
