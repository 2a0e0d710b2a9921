import type { Database } from '../../db/database';
import {
  findOfferSettings,
  updateOfferSettings,
  type OfferSettingsRow,
} from '../../db/queries/offer-settings';
import { findActiveUsersByIds, listActiveUsers, type UserRow } from '../../db/queries/users';
import { mayApproveOffers } from '../../domain/offer-settings';
import type { Actor } from '../actor';
import { requireAbility } from '../access-policy';
import { recordAudit } from '../audit-log/audit-service';
import { Invalid } from '../errors';

export interface OfferSettingsView extends OfferSettingsRow {
  /** The active users an admin may name as approver. */
  eligibleApprovers: Pick<UserRow, 'id' | 'name' | 'role'>[];
}

export async function getOfferSettings(db: Database, actor: Actor): Promise<OfferSettingsView> {
  requireAdmin(actor);
  const [settings, users] = await Promise.all([findOfferSettings(db), listActiveUsers(db)]);
  return {
    ...settings,
    eligibleApprovers: users
      .filter((user) => mayApproveOffers(user.role))
      .map(({ id, name, role }) => ({ id, name, role })),
  };
}

/**
 * Whether every offer needs approval (otherwise only those outside the job's band), and the
 * approver an admin names besides the job's hiring manager: an active admin, recruiter or
 * hiring manager.
 */
export async function changeOfferSettings(
  db: Database,
  actor: Actor,
  settings: { everyOfferNeedsApproval: boolean; approverId: string | null },
): Promise<OfferSettingsView> {
  requireAdmin(actor);
  await db.transaction(async (tx) => {
    if (settings.approverId !== null) {
      // FOR SHARE: the approver's role cannot change under us before this commits.
      const [approver] = await findActiveUsersByIds(tx, [settings.approverId], { forShare: true });
      if (!approver || !mayApproveOffers(approver.role)) {
        throw new Invalid([
          {
            path: 'approverId',
            code: 'approver_not_eligible',
            message: 'Choose an active admin, recruiter or hiring manager.',
          },
        ]);
      }
    }
    await updateOfferSettings(tx, settings, actor.id);
    await recordAudit(tx, {
      actor,
      action: 'settings.offer_approval_changed',
      entityId: null,
      detail: {
        everyOfferNeedsApproval: settings.everyOfferNeedsApproval,
        approverNamed: settings.approverId !== null,
      },
    });
  });
  return getOfferSettings(db, actor);
}

function requireAdmin(actor: Actor): void {
  requireAbility(actor, 'editOfferSettings', 'Only admins change the offer approval rule.');
}
