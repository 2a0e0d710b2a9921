import type { Role } from '../../domain/roles';
import type { Queryable } from '../database';
import { type BulkColumns, insertMany, insertOne } from './bulk-insert';

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

export interface UserCredentials extends UserRow {
  /** Null until an invited user sets a password. */
  passwordHash: string | null;
  totpSecret: string | null;
  totpLastStep: number | null;
}

const credentialColumns = `${userColumns}, password_hash AS "passwordHash",
  totp_secret AS "totpSecret", totp_last_step::float8 AS "totpLastStep"`;

export async function findUserCredentials(
  db: Queryable,
  email: string,
): Promise<UserCredentials | undefined> {
  const [row] = await db.query<UserCredentials>(
    `SELECT ${credentialColumns} FROM users WHERE email = $1`,
    [email],
  );
  return row;
}

export async function findUserCredentialsById(
  db: Queryable,
  id: string,
  options: { forUpdate?: boolean } = {},
): Promise<UserCredentials | undefined> {
  const [row] = await db.query<UserCredentials>(
    `SELECT ${credentialColumns} FROM users WHERE id = $1 ${options.forUpdate ? 'FOR UPDATE' : ''}`,
    [id],
  );
  return row;
}

export async function listActiveUsers(db: Queryable): Promise<UserRow[]> {
  return db.query<UserRow>(`SELECT ${userColumns} FROM users WHERE active ORDER BY name`);
}

/**
 * `forShare` holds the rows' roles until the transaction ends, so a team checked against them
 * cannot be saved while an admin changes one of those roles (see findManagedUser's forUpdate).
 */
export async function findActiveUsersByIds(
  db: Queryable,
  ids: readonly string[],
  options: { forShare?: boolean } = {},
): Promise<UserRow[]> {
  return db.query<UserRow>(
    `SELECT ${userColumns} FROM users WHERE active AND id = ANY($1::uuid[])
     ${options.forShare ? 'FOR SHARE' : ''}`,
    [ids],
  );
}

/** An account as it is created: its password hash, or null until a password link is used. */
export type NewUser = Omit<UserRow, 'id' | 'active'> & { passwordHash: string | null };

const newUserColumns: BulkColumns<NewUser> = {
  email: (u) => u.email,
  name: (u) => u.name,
  role: (u) => u.role,
  title: (u) => u.title,
  locale: (u) => u.locale,
  password_hash: (u) => u.passwordHash,
};

export async function insertUser(db: Queryable, user: NewUser): Promise<UserRow> {
  const row = await insertOne<NewUser, UserRow>(db, 'users', newUserColumns, user, userColumns);
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

/** How many of `emails` (lower case) are accounts here. */
export async function countUsersWithEmails(db: Queryable, emails: string[]): Promise<number> {
  const [row] = await db.query<{ count: number }>(
    'SELECT count(*)::int AS count FROM users WHERE email = ANY($1::text[])',
    [emails],
  );
  return row?.count ?? 0;
}

/** A user as the admin's user list shows them. */
export interface ManagedUserRow extends UserRow {
  hasPassword: boolean;
  twoFactorEnabled: boolean;
  createdAt: Date;
}

export async function listManagedUsers(db: Queryable): Promise<ManagedUserRow[]> {
  return db.query<ManagedUserRow>(
    `SELECT ${userColumns}, password_hash IS NOT NULL AS "hasPassword",
            totp_secret IS NOT NULL AS "twoFactorEnabled", created_at AS "createdAt"
     FROM users ORDER BY active DESC, name`,
  );
}

export async function findManagedUser(
  db: Queryable,
  id: string,
  options: { forUpdate?: boolean } = {},
): Promise<ManagedUserRow | undefined> {
  const [row] = await db.query<ManagedUserRow>(
    `SELECT ${userColumns}, password_hash IS NOT NULL AS "hasPassword",
            totp_secret IS NOT NULL AS "twoFactorEnabled", created_at AS "createdAt"
     FROM users WHERE id = $1 ${options.forUpdate ? 'FOR UPDATE' : ''}`,
    [id],
  );
  return row;
}

export async function emailTaken(db: Queryable, email: string): Promise<boolean> {
  const [row] = await db.query('SELECT 1 FROM users WHERE email = $1', [email]);
  return Boolean(row);
}

export async function updateUserProfile(
  db: Queryable,
  id: string,
  profile: Pick<UserRow, 'name' | 'role' | 'title'>,
): Promise<void> {
  await db.query('UPDATE users SET name = $2, role = $3, title = $4 WHERE id = $1', [
    id,
    profile.name,
    profile.role,
    profile.title,
  ]);
}

export async function setUserActive(db: Queryable, id: string, active: boolean): Promise<void> {
  await db.query('UPDATE users SET active = $2 WHERE id = $1', [id, active]);
}

export async function setPasswordHash(
  db: Queryable,
  id: string,
  passwordHash: string,
): Promise<void> {
  await db.query('UPDATE users SET password_hash = $2 WHERE id = $1', [id, passwordHash]);
}

export async function setPendingTotpSecret(
  db: Queryable,
  id: string,
  secret: string | null,
): Promise<void> {
  await db.query('UPDATE users SET totp_pending_secret = $2 WHERE id = $1', [id, secret]);
}

export async function findPendingTotpSecret(db: Queryable, id: string): Promise<string | null> {
  const [row] = await db.query<{ secret: string | null }>(
    'SELECT totp_pending_secret AS secret FROM users WHERE id = $1',
    [id],
  );
  return row?.secret ?? null;
}

/** Turns two-factor on with the confirmed secret, or off with null. */
export async function setTotpSecret(
  db: Queryable,
  id: string,
  secret: string | null,
  lastStep: number | null,
): Promise<void> {
  await db.query(
    `UPDATE users SET totp_secret = $2, totp_pending_secret = NULL, totp_last_step = $3
     WHERE id = $1`,
    [id, secret, lastStep],
  );
}

export async function setTotpLastStep(db: Queryable, id: string, step: number): Promise<void> {
  await db.query('UPDATE users SET totp_last_step = $2 WHERE id = $1', [id, step]);
}

export interface StoredTotpSecrets {
  id: string;
  totpSecret: string | null;
  totpPendingSecret: string | null;
}

/** Every user with a TOTP secret, confirmed or pending, as stored. */
export async function listStoredTotpSecrets(db: Queryable): Promise<StoredTotpSecrets[]> {
  return db.query<StoredTotpSecrets>(
    `SELECT id, totp_secret AS "totpSecret", totp_pending_secret AS "totpPendingSecret"
     FROM users WHERE totp_secret IS NOT NULL OR totp_pending_secret IS NOT NULL`,
  );
}

/**
 * Swaps a stored TOTP secret for another form of the same secret (clear → encrypted), only if it
 * is still `from`: a concurrent enrolment or reset wins over the rewrite.
 */
export async function replaceStoredTotpSecret(
  db: Queryable,
  id: string,
  column: 'totp_secret' | 'totp_pending_secret',
  from: string,
  to: string,
): Promise<void> {
  await db.query(`UPDATE users SET ${column} = $3 WHERE id = $1 AND ${column} = $2`, [
    id,
    from,
    to,
  ]);
}

/** Many users in one statement, with ids chosen by the caller (the demo company's accounts). */
export async function insertUsers(
  db: Queryable,
  users: readonly (NewUser & { id: string })[],
): Promise<void> {
  await insertMany(db, 'users', { id: (u) => u.id, ...newUserColumns }, users);
}
