import type { Database } from '../../db/database';
import {
  listActiveUsers,
  listManagedUsers,
  type ManagedUserRow,
  type UserRow,
} from '../../db/queries/users';
import type { Actor } from '../actor';
import { requireAdmin, requireHr } from '../access-policy';

/** Every account, active or not, with its sign-in status: the admin's list. */
export async function listUsers(db: Database, actor: Actor): Promise<ManagedUserRow[]> {
  requireAdmin(actor);
  return listManagedUsers(db);
}

/** The people HR can put on a hiring team: the active accounts. */
export async function listTeamCandidates(db: Database, actor: Actor): Promise<UserRow[]> {
  requireHr(actor);
  return listActiveUsers(db);
}
