import { randomUUID } from 'node:crypto';
import type { MailSettings } from '../../config';
import type { Database, Queryable } from '../../db/database';
import { findApplication, type ApplicationRow } from '../../db/queries/applications';
import { findActivePortalLink, revokePortalLinks } from '../../db/queries/portal-links';
import { findUserById } from '../../db/queries/users';
import type { Actor } from '../actor';
import { requireHr, requireJobAccess } from '../access-policy';
import { recordAudit } from '../audit-log/audit-service';
import { applicationMessageValues } from '../email/candidate-message-values';
import { queueEmail } from '../email/email-service';
import { Conflict, NotFound } from '../errors';
import { portalUrl, replacePortalToken } from './portal-link-service';

export interface RenewPortalLink {
  /** The token the page showed (null: none); absent: replace whatever link there is. */
  shown?: string | null | undefined;
  /** E-mail the new link to the candidate, in their language. */
  emailCandidate?: boolean | undefined;
}

/**
 * HR issues a fresh link (every link already e-mailed stops working at once) or revokes it
 * outright; either is in the audit log. `shown` is the token the page showed: if the link changed
 * since (an offer reply or a reschedule e-mailed one, or a colleague replaced it), the e-mailed
 * link is not silently killed. With `emailCandidate`, the candidate gets the new link.
 */
export async function renewPortalLink(
  db: Database,
  mail: MailSettings,
  actor: Actor,
  applicationId: string,
  { shown, emailCandidate = false }: RenewPortalLink = {},
): Promise<string> {
  return db.transaction(async (tx) => {
    const application = await requireLinkManager(tx, actor, applicationId);
    const active = await findActivePortalLink(tx, applicationId);
    if (shown !== undefined && (active?.token ?? null) !== shown) throw linkChanged();
    const token = await replacePortalToken(tx, applicationId);
    await recordAudit(tx, {
      actor,
      action: 'portal.link_renewed',
      entityId: applicationId,
      candidateId: application.candidateId,
      detail: { replaced: active !== undefined, emailed: emailCandidate },
    });
    if (emailCandidate) await emailNewLink(tx, mail, actor, application);
    return portalUrl(mail, token);
  });
}

async function emailNewLink(
  tx: Queryable,
  mail: MailSettings,
  actor: Actor,
  application: ApplicationRow,
): Promise<void> {
  const { candidate, recruiter, values } = await applicationMessageValues(tx, mail, application.id);
  const hr = await findUserById(tx, actor.id);
  await queueEmail(tx, {
    idempotencyKey: `portal-link:${application.id}:${randomUUID()}`,
    template: 'portal_link_renewed',
    locale: candidate.locale,
    to: { name: candidate.fullName, email: candidate.email },
    candidateId: candidate.id,
    values: {
      ...values,
      recruiterName: recruiter?.name ?? hr?.name ?? '',
    },
    applicationId: application.id,
    actingHr: hr,
  });
}

const linkChanged = () =>
  new Conflict(
    [
      {
        path: 'current',
        code: 'portal_link_changed',
        message:
          'The link changed since this page was opened: reload to see the one that works now.',
      },
    ],
    'The portal link changed.',
  );

export async function revokePortalLink(
  db: Database,
  actor: Actor,
  applicationId: string,
): Promise<void> {
  await db.transaction(async (tx) => {
    const application = await requireLinkManager(tx, actor, applicationId);
    await revokePortalLinks(tx, applicationId);
    await recordAudit(tx, {
      actor,
      action: 'portal.link_revoked',
      entityId: applicationId,
      candidateId: application.candidateId,
    });
  });
}

async function requireLinkManager(
  tx: Queryable,
  actor: Actor,
  applicationId: string,
): Promise<ApplicationRow> {
  requireHr(actor);
  const application = await findApplication(tx, applicationId);
  if (!application) throw new NotFound('Application');
  await requireJobAccess(tx, actor, application.jobId);
  return application;
}
