import type { Queryable } from '../../db/database';
import { countUsers, countUsersWithEmails } from '../../db/queries/users';
import { demoUsers } from './demo-company';

/**
 * What a start can tell about signing in: the demo accounts (only when the demo company is
 * loaded, now or at an earlier start), that there is no account yet (an empty installation
 * started with SELEKSI_DEMO=false: the first admin comes from `seleksi admin-link`), or neither.
 */
export async function accountsAtStart(db: Queryable): Promise<'demo' | 'none' | 'own'> {
  if ((await countUsers(db)) === 0) return 'none';
  const demo = await countUsersWithEmails(
    db,
    demoUsers.map((user) => user.email),
  );
  return demo > 0 ? 'demo' : 'own';
}
