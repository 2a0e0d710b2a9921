import type { FieldProblem } from '../domain/result';

/**
 * The control characters no text input may hold, whatever the field:
 * - NUL (U+0000): PostgreSQL cannot store it in text or jsonb, so it would fail deep inside a
 *   write as a 500.
 * - the other C0 controls except the whitespace ones: nobody types them; they come from binary
 *   junk or crafted requests and would reach e-mails, CSV exports and terminals as invisible bytes.
 * - the bidirectional embedding, override and isolate controls (U+202A-U+202E, U+2066-U+2069):
 *   they reorder how the text around them is shown, which spoofs names and subjects in e-mails
 *   and lists ("Trojan source"); ordinary right-to-left text needs none of them.
 * Tab, line feed, vertical tab, form feed and carriage return stay allowed in every field, single
 * line or not: multi-line text (notes, template bodies) needs them, text pasted from office
 * programs carries vertical tabs and form feeds, trim() takes them off the ends, and where a
 * one-line value meets a protocol (an e-mail subject or name) nodemailer folds line breaks into
 * spaces. One rule for every field lets the route layer apply it once, to every string of every
 * request (params, query, JSON body, form fields, object keys), instead of each schema remembering.
 */
// eslint-disable-next-line no-control-regex -- matching control characters is the point
const refused = /[\u0000-\u0008\u000e-\u001f\u202a-\u202e\u2066-\u2069]/;

const code = 'invalid_characters';
const message =
  'Remove the invisible control characters (such as NUL or a right-to-left override).';

/** A problem for every string in `value` (an object key counts for its object) holding one. */
export function controlCharacterProblems(
  value: unknown,
  path: readonly string[] = [],
): FieldProblem[] {
  if (typeof value === 'string') return refused.test(value) ? [problemAt(path)] : [];
  // File contents are bytes, not text.
  if (value === null || typeof value !== 'object' || value instanceof Uint8Array) return [];
  const entries: [string, unknown][] = Array.isArray(value)
    ? value.map((item: unknown, i) => [String(i), item])
    : Object.entries(value);
  return entries.flatMap(([key, item]) => [
    ...(refused.test(key) ? [problemAt(path)] : []),
    ...controlCharacterProblems(item, [...path, key]),
  ]);
}

function problemAt(path: readonly string[]): FieldProblem {
  return { path: path.join('.') || 'body', code, message };
}
