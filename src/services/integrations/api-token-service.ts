import { createHash, randomBytes } from 'node:crypto';
import type { Database, Queryable } from '../../db/database';
import {
  findApiToken,
  findApiTokenByHash,
  insertApiToken,
  listApiTokens as listApiTokenRows,
  revokeApiTokenRow,
  touchApiToken,
  type ApiTokenRow,
} from '../../db/queries/api-tokens';
import {
  apiTokenPattern,
  apiTokenPrefix,
  apiTokenShownPrefixLength,
  apiTokenState,
  lastUsedIsStale,
  type ApiTokenScope,
} from '../../domain/integrations/api-token';
import { requireAdmin } from '../access-policy';
import type { Actor } from '../actor';
import { recordAudit } from '../audit-log/audit-service';
import { Invalid, NotFound } from '../errors';

/**
 * SHA-256, not a password hash such as argon2: the secret is 32 random bytes, so no dictionary or
 * brute force gets anywhere near it, and a slow hash would only add tens of milliseconds (and
 * memory) to every API request. The hash is also what the lookup uses, so no scan is needed.
 */
export function hashApiToken(secret: string): string {
  return createHash('sha256').update(secret, 'utf8').digest('hex');
}

export interface NewApiToken {
  name: string;
  scopes: readonly ApiTokenScope[];
  expiresAt: Date | null;
}

/** Creates a token; the secret is returned this once and kept only as its hash. */
export async function createApiToken(
  db: Database,
  actor: Actor,
  input: NewApiToken,
  now = new Date(),
): Promise<{ token: ApiTokenRow; secret: string }> {
  requireAdmin(actor);
  if (input.expiresAt && input.expiresAt.getTime() <= now.getTime()) {
    throw new Invalid([
      // Named as the API's field (`expiresOn`, a date), not this function's end-of-day time.
      { path: 'expiresOn', code: 'in_the_past', message: 'Choose an expiry in the future.' },
    ]);
  }
  const secret = `${apiTokenPrefix}${randomBytes(32).toString('base64url')}`;
  const id = await db.transaction(async (tx) => {
    const tokenId = await insertApiToken(tx, {
      name: input.name.trim(),
      prefix: secret.slice(0, apiTokenShownPrefixLength),
      tokenHash: hashApiToken(secret),
      scopes: [...new Set(input.scopes)],
      createdBy: actor.id,
      expiresAt: input.expiresAt,
    });
    await recordAudit(tx, {
      actor,
      action: 'api_token.created',
      entityId: tokenId,
      detail: { scopes: [...input.scopes], expires: Boolean(input.expiresAt) },
    });
    return tokenId;
  });
  return { token: (await findApiToken(db, id))!, secret };
}

export async function listApiTokens(db: Database, actor: Actor): Promise<ApiTokenRow[]> {
  requireAdmin(actor);
  return listApiTokenRows(db);
}

export async function revokeApiToken(db: Database, actor: Actor, tokenId: string) {
  requireAdmin(actor);
  await db.transaction(async (tx) => {
    if (!(await findApiToken(tx, tokenId))) throw new NotFound('Token');
    // Revoking twice is harmless: the second changes nothing and records nothing.
    if (await revokeApiTokenRow(tx, tokenId, actor.id)) {
      await recordAudit(tx, { actor, action: 'api_token.revoked', entityId: tokenId });
    }
  });
  return (await findApiToken(db, tokenId))!;
}

export interface TokenActor extends Actor {
  tokenId: string;
  scopes: readonly ApiTokenScope[];
}

/**
 * The actor a bearer token stands for, or undefined for an unknown, revoked or expired token, or
 * one whose admin has since been deactivated or lost the admin role.
 */
export async function actorForApiToken(
  db: Queryable,
  secret: string,
  now = new Date(),
): Promise<TokenActor | undefined> {
  if (!apiTokenPattern.test(secret)) return undefined;
  const token = await findApiTokenByHash(db, hashApiToken(secret));
  if (!token || apiTokenState(token, now) !== 'active') return undefined;
  if (!token.creatorActive || token.creatorRole !== 'admin') return undefined;
  if (lastUsedIsStale(token.lastUsedAt, now)) await touchApiToken(db, token.id);
  return { id: token.createdBy, role: token.creatorRole, tokenId: token.id, scopes: token.scopes };
}

/** A write made with a token, recorded once per request after it succeeded. */
export async function recordTokenWrite(
  db: Database,
  actor: TokenActor,
  request: { method: string; route: string },
): Promise<void> {
  await recordAudit(db, {
    actor,
    action: 'api_token.used',
    entityId: actor.tokenId,
    detail: { method: request.method, route: request.route },
  });
}
