import type { Queryable } from '../../db/database';
import { listTeamMembers } from '../../db/queries/jobs';
import { findOfferSettings } from '../../db/queries/offers';
import { findActiveUsersByIds } from '../../db/queries/users';
import { offerApproverIds } from '../../domain/permissions';

/** An offer awaiting approval: its job, and who wrote the version to approve. */
export interface AwaitingOffer {
  id: string;
  jobId: string;
  versionAuthorId: string | null;
}

/**
 * Who may decide each offer awaiting approval, by name: the job's hiring manager and the
 * company's named approver, never the author of the version (`offerApproverIds`), and only
 * people still active. Keyed by offer id.
 */
export async function approverNamesOf(
  db: Queryable,
  offers: readonly AwaitingOffer[],
): Promise<Map<string, string[]>> {
  if (offers.length === 0) return new Map();
  const namedApproverId = (await findOfferSettings(db)).approverId;
  const team = await listTeamMembers(db, [...new Set(offers.map((offer) => offer.jobId))]);
  const managers = team.filter((member) => member.teamRole === 'hiring_manager');
  const ids = [...managers.map((m) => m.userId), ...(namedApproverId ? [namedApproverId] : [])];
  const active = new Map(
    (await findActiveUsersByIds(db, [...new Set(ids)])).map((user) => [user.id, user.name]),
  );
  return new Map(
    offers.map((offer) => {
      const approvers = offerApproverIds(
        managers.filter((m) => m.jobId === offer.jobId).map((m) => m.userId),
        namedApproverId,
        offer.versionAuthorId,
      );
      const names = approvers.flatMap((id) => active.get(id) ?? []);
      return [offer.id, names];
    }),
  );
}
