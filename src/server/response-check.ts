import type { z } from 'zod';
import type { RouteDefinition } from './route';

/**
 * A reply that breaks its route's response schema: a bug in the handler or in the schema, found
 * before a client (or the generated web client) relies on the documented shape.
 */
export class ResponseMismatch extends Error {
  constructor(
    /** Method and URL pattern, never the concrete path (it may hold a token). */
    readonly route: string,
    /** Where the reply broke the schema: paths and zod codes only, never the values. */
    readonly problems: readonly { path: string; code: string }[],
  ) {
    super(`The response of ${route} does not match its schema.`);
    this.name = 'ResponseMismatch';
  }
}

/** Throws ResponseMismatch unless `reply` is what the route's schema promises for its status. */
export function checkResponse(definition: RouteDefinition, reply: unknown): void {
  const parsed = definition.schemas.response.safeParse(reply);
  if (parsed.success) return;
  throw new ResponseMismatch(
    `${definition.method} ${definition.url}`,
    parsed.error.issues.map((issue: z.core.$ZodIssue) => ({
      path: issue.path.map(String).join('.') || '(root)',
      code: issue.code,
    })),
  );
}
