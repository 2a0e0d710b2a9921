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

/**
 * Throws ResponseMismatch unless `reply` is what the route's schema promises for its status,
 * and nothing more: a key the schema does not declare is refused too, because it is how a field
 * a presenter was never meant to send (a hash, an e-mail, an internal id) would leak unnoticed.
 */
export function checkResponse(definition: RouteDefinition, reply: unknown): void {
  const parsed = definition.schemas.response.safeParse(reply);
  const problems = parsed.success
    ? undeclaredKeys(reply, parsed.data, []).map((path) => ({
        path,
        code: 'unrecognized_keys',
      }))
    : parsed.error.issues.map((issue: z.core.$ZodIssue) => ({
        path: pathText(issue.path),
        code: issue.code,
      }));
  if (problems.length === 0) return;
  throw new ResponseMismatch(`${definition.method} ${definition.url}`, problems);
}

/**
 * The paths of keys in `sent` that parsing dropped. Zod objects strip undeclared keys, so
 * comparing the reply with what the schema made of it finds them at any depth, through unions,
 * arrays and records alike, without rewriting every schema as strict. A key whose value is
 * undefined is left out: JSON never sends it.
 */
function undeclaredKeys(sent: unknown, kept: unknown, path: PropertyKey[]): string[] {
  if (Array.isArray(sent) && Array.isArray(kept)) {
    return sent.flatMap((item, index) => undeclaredKeys(item, kept[index], [...path, index]));
  }
  if (!isPlainObject(sent) || !isPlainObject(kept)) return [];
  return Object.entries(sent).flatMap(([key, value]) => {
    if (value === undefined) return [];
    if (!Object.hasOwn(kept, key)) return [pathText([...path, key])];
    return undeclaredKeys(value, kept[key], [...path, key]);
  });
}

function isPlainObject(value: unknown): value is Record<string, unknown> {
  if (typeof value !== 'object' || value === null) return false;
  const prototype = Object.getPrototypeOf(value) as unknown;
  return prototype === Object.prototype || prototype === null;
}

function pathText(path: readonly PropertyKey[]): string {
  return path.map(String).join('.') || '(root)';
}
