import type { Role } from '../../domain/roles';
import type { Queryable } from '../database';

export interface UserRow {
  id: string;
  email: string;
  name: string;
  role: Role;
  title: string | null;
  locale: 'id' | 'en';
  active: boolean;
}

const userColumns = 'id, email, name, role, title, locale, active';

export async function findUserById(db: Queryable, id: string): Promise<UserRow | undefined> {
  const [row] = await db.query<UserRow>(`SELECT ${userColumns} FROM users WHERE id = $1`, [id]);
  return row;
}

export async function findUserCredentials(
  db: Queryable,
  email: string,
): Promise<(UserRow & { passwordHash: string }) | undefined> {
  const [row] = await db.query<UserRow & { passwordHash: string }>(
    `SELECT ${userColumns}, password_hash AS "passwordHash" FROM users WHERE email = $1`,
    [email],
  );
  return row;
}

export async function listActiveUsers(db: Queryable): Promise<UserRow[]> {
  return db.query<UserRow>(`SELECT ${userColumns} FROM users WHERE active ORDER BY name`);
}

export async function findActiveUsersByIds(
  db: Queryable,
  ids: readonly string[],
): Promise<UserRow[]> {
  return db.query<UserRow>(
    `SELECT ${userColumns} FROM users WHERE active AND id = ANY($1::uuid[])`,
    [ids],
  );
}

export async function insertUser(
  db: Queryable,
  user: Omit<UserRow, 'id' | 'active'> & { passwordHash: string },
): Promise<UserRow> {
  const [row] = await db.query<UserRow>(
    `INSERT INTO users (email, name, role, title, locale, password_hash)
     VALUES ($1, $2, $3, $4, $5, $6) RETURNING ${userColumns}`,
    [user.email, user.name, user.role, user.title, user.locale, user.passwordHash],
  );
  return row!;
}

export async function updateUserLocale(
  db: Queryable,
  id: string,
  locale: 'id' | 'en',
): Promise<void> {
  await db.query('UPDATE users SET locale = $2 WHERE id = $1', [id, locale]);
}

export async function countUsers(db: Queryable): Promise<number> {
  const [row] = await db.query<{ count: number }>('SELECT count(*)::int AS count FROM users');
  return row?.count ?? 0;
}
