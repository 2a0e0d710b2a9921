import type { MailSettings } from '../../config';
import type { Database, Queryable } from '../../db/database';
import {
  findApplication,
  lastStageChangeAt,
  type ApplicationRow,
} from '../../db/queries/applications';
import { isProcessingRestricted } from '../../db/queries/data-requests';
import { findActivePortalLink, revokePortalLinks } from '../../db/queries/portal-links';
import { portalDaysAfterEnd, portalLinkExpired } from '../../domain/portal/candidate-portal';
import type { Actor } from '../actor';
import { requireHr, requireJobAccess } from '../access-policy';
import { recordAudit } from '../audit-log/audit-service';
import { queueApplicationEmail } from '../email/candidate-email-service';
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
    await requirePortalCanOpen(tx, application);
    const token = await replacePortalToken(tx, applicationId);
    await recordAudit(tx, {
      actor,
      action: 'portal.link_renewed',
      entityId: applicationId,
      candidateId: application.candidateId,
      detail: { replaced: active !== undefined, emailed: emailCandidate },
    });
    if (emailCandidate)
      await queueApplicationEmail(tx, mail, actor, application, 'portal_link_renewed');
    return portalUrl(mail, token);
  });
}

/**
 * A new link only where the portal opens: not once the application ended more than
 * {@link portalDaysAfterEnd} days ago (the candidate would click and be refused), and not for a
 * candidate whose processing is restricted (no portal, no e-mail). Refused naming why.
 */
async function requirePortalCanOpen(tx: Queryable, application: ApplicationRow): Promise<void> {
  if (await isProcessingRestricted(tx, application.candidateId)) {
    throw new Conflict(
      [
        {
          path: 'application',
          code: 'processing_restricted',
          message: 'The candidate withdrew consent: no portal, no e-mail.',
        },
      ],
      'No portal link for a candidate whose processing is restricted.',
    );
  }
  const endedAt = await lastStageChangeAt(tx, application.id);
  if (portalLinkExpired(application.stage, endedAt, new Date())) {
    throw new Conflict(
      [
        {
          path: 'application',
          code: 'portal_closed',
          message: `The application ended more than ${portalDaysAfterEnd} days ago: its portal no longer opens, so a new link would not work.`,
          params: { days: portalDaysAfterEnd },
        },
      ],
      'The portal of this application is closed.',
    );
  }
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
