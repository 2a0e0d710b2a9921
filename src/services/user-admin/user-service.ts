import type { Database } from '../../db/database';
import { listActiveUsers, updateUserLocale, type UserRow } from '../../db/queries/users';
import type { Actor } from '../actor';
import { requireHr } from '../access-policy';

/** The people HR can put on a hiring team. */
export async function listTeamCandidates(db: Database, actor: Actor): Promise<UserRow[]> {
  requireHr(actor);
  return listActiveUsers(db);
}

export async function setPreferredLocale(
  db: Database,
  actor: Actor,
  locale: 'id' | 'en',
): Promise<void> {
  await updateUserLocale(db, actor.id, locale);
}
