import type { ApiTokenScope } from '../../domain/integrations/api-token';
import type { Role } from '../../domain/roles';
import type { Queryable } from '../database';

export interface ApiTokenRow {
  id: string;
  name: string;
  prefix: string;
  scopes: ApiTokenScope[];
  createdBy: string;
  createdByName: string;
  createdAt: Date;
  expiresAt: Date | null;
  lastUsedAt: Date | null;
  revokedAt: Date | null;
}

/** A token found by its hash, with what its creator is now: it acts only while they are an active admin. */
export interface ApiTokenHolder extends ApiTokenRow {
  creatorRole: Role;
  creatorActive: boolean;
}

const columns = `t.id, t.name, t.prefix, t.scopes, t.created_by AS "createdBy",
  u.name AS "createdByName", t.created_at AS "createdAt", t.expires_at AS "expiresAt",
  t.last_used_at AS "lastUsedAt", t.revoked_at AS "revokedAt"`;

export async function insertApiToken(
  db: Queryable,
  token: {
    name: string;
    prefix: string;
    tokenHash: string;
    scopes: readonly ApiTokenScope[];
    createdBy: string;
    expiresAt: Date | null;
  },
): Promise<string> {
  const [row] = await db.query<{ id: string }>(
    `INSERT INTO api_tokens (name, prefix, token_hash, scopes, created_by, expires_at)
     VALUES ($1, $2, $3, $4, $5, $6) RETURNING id`,
    [token.name, token.prefix, token.tokenHash, token.scopes, token.createdBy, token.expiresAt],
  );
  return row!.id;
}

export async function listApiTokens(db: Queryable): Promise<ApiTokenRow[]> {
  return db.query<ApiTokenRow>(
    `SELECT ${columns} FROM api_tokens t JOIN users u ON u.id = t.created_by
     ORDER BY t.revoked_at IS NOT NULL, t.created_at DESC`,
  );
}

export async function findApiToken(db: Queryable, id: string): Promise<ApiTokenRow | undefined> {
  const [row] = await db.query<ApiTokenRow>(
    `SELECT ${columns} FROM api_tokens t JOIN users u ON u.id = t.created_by WHERE t.id = $1`,
    [id],
  );
  return row;
}

export async function findApiTokenByHash(
  db: Queryable,
  tokenHash: string,
): Promise<ApiTokenHolder | undefined> {
  const [row] = await db.query<ApiTokenHolder>(
    `SELECT ${columns}, u.role AS "creatorRole", u.active AS "creatorActive"
     FROM api_tokens t JOIN users u ON u.id = t.created_by WHERE t.token_hash = $1`,
    [tokenHash],
  );
  return row;
}

/** Only when the stored time is a minute old: most requests then write nothing. */
export async function touchApiToken(db: Queryable, id: string): Promise<void> {
  await db.query(
    `UPDATE api_tokens SET last_used_at = now()
     WHERE id = $1 AND (last_used_at IS NULL OR last_used_at < now() - interval '1 minute')`,
    [id],
  );
}

export async function revokeApiTokenRow(db: Queryable, id: string, by: string): Promise<boolean> {
  const rows = await db.query<{ id: string }>(
    `UPDATE api_tokens SET revoked_at = now(), revoked_by = $2
     WHERE id = $1 AND revoked_at IS NULL RETURNING id`,
    [id, by],
  );
  return rows.length > 0;
}
