/**
 * API tokens let another program call the API as the admin who made them, narrowed to scopes.
 * A scope names a kind of data and whether it is read or written; the server's token-routes
 * table lists the routes each scope opens, and any route not listed there refuses every token
 * (user management, token and webhook management above all).
 */
export const apiTokenScopes = [
  'read:jobs',
  'read:candidates',
  'write:candidates',
  'write:applications',
  'read:reports',
] as const;
export type ApiTokenScope = (typeof apiTokenScopes)[number];

/** Every token starts so: secret scanners and people can tell a Seleksi token at a glance. */
export const apiTokenPrefix = 'slk_';

/** Characters of the token kept in clear to tell tokens apart in the list. */
export const apiTokenShownPrefixLength = 12;

/** The shape of a token as issued: the prefix and 32 random bytes in base64url (43 characters). */
export const apiTokenPattern = /^slk_[A-Za-z0-9_-]{43}$/;

/** Writing the last-used time on every request would make each read a write; once a minute is enough. */
export const lastUsedGranularityMs = 60_000;

export function lastUsedIsStale(lastUsedAt: Date | null, now: Date): boolean {
  return !lastUsedAt || now.getTime() - lastUsedAt.getTime() >= lastUsedGranularityMs;
}

export const apiTokenStates = ['active', 'expired', 'revoked'] as const;
export type ApiTokenState = (typeof apiTokenStates)[number];

export function apiTokenState(
  token: { expiresAt: Date | null; revokedAt: Date | null },
  now: Date,
): ApiTokenState {
  if (token.revokedAt) return 'revoked';
  if (token.expiresAt && token.expiresAt.getTime() <= now.getTime()) return 'expired';
  return 'active';
}
