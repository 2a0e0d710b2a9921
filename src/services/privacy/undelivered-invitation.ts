import type { Queryable } from '../../db/database';
import { endUnansweredInvitation } from '../../db/queries/talent-pool-invitations';
import { invitationOfEmailKey } from '../../domain/privacy/talent-pool';

/**
 * A talent-pool invitation whose e-mail will never reach the candidate (it failed for good, or
 * there is no mail server and it stays in the outbox, where nobody may read its link) ends at
 * once, so it does not block HR from asking again for 30 days.
 */
export async function endUndeliveredInvitation(db: Queryable, emailKey: string): Promise<void> {
  const invitation = invitationOfEmailKey(emailKey);
  if (invitation) await endUnansweredInvitation(db, invitation);
}
