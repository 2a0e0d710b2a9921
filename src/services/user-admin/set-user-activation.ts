import type { Database } from '../../db/database';
import { deletePasswordLinksOf } from '../../db/queries/password-links';
import { deleteSessionsOf } from '../../db/queries/sessions';
import { findManagedUser, setUserActive, type ManagedUserRow } from '../../db/queries/users';
import type { Actor } from '../actor';
import { recordAudit } from '../audit-log/audit-service';
import { administerUser } from './administer-user';
import { ownAccount } from './own-account';

/** Deactivating ends the user's sessions at once and voids their unused links; they cannot sign in. */
export async function setUserActivation(
  db: Database,
  actor: Actor,
  userId: string,
  active: boolean,
): Promise<ManagedUserRow> {
  await administerUser(db, actor, userId, async (tx, user) => {
    if (userId === actor.id) throw ownAccount('active');
    if (user.active === active) return;
    await setUserActive(tx, userId, active);
    if (!active) {
      await deleteSessionsOf(tx, userId);
      await deletePasswordLinksOf(tx, userId);
    }
    await recordAudit(tx, {
      actor,
      action: active ? 'user.reactivated' : 'user.deactivated',
      entityId: userId,
    });
  });
  return (await findManagedUser(db, userId))!;
}
