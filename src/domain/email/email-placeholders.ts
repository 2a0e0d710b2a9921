import type { FieldProblem } from '../result';

/** `{{name}}` marks a value filled in when the e-mail is written. */
const placeholderPattern = /\{\{\s*([^{}]*?)\s*\}\}/g;

export function placeholdersIn(text: string): string[] {
  return [...text.matchAll(placeholderPattern)].map((match) => match[1] ?? '');
}

/** Names each placeholder the template may not use (a typo would reach the candidate as-is). */
export function unknownPlaceholders(
  path: string,
  text: string,
  allowed: readonly string[],
): FieldProblem[] {
  const unknown = [...new Set(placeholdersIn(text))].filter((name) => !allowed.includes(name));
  return unknown.map((name) => ({
    path,
    code: 'unknown_placeholder',
    message: `Unknown placeholder {{${name}}}; use one of: ${allowed.join(', ')}.`,
  }));
}

export function fillPlaceholders(text: string, values: Readonly<Record<string, string>>): string {
  return text.replace(placeholderPattern, (whole, name: string) => values[name] ?? whole);
}
