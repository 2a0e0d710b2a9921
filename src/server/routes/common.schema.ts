import { z } from 'zod';

export const idSchema = z.uuid({ error: 'Must be a valid id.' });
export const timestampSchema = z.string().describe('ISO 8601 timestamp (UTC)');
/**
 * The record's `updatedAt` as the edit form was opened at: a save against a newer one is refused
 * with 409 `edited_elsewhere` and changes nothing. Optional, so older clients keep working.
 */
export const expectedUpdatedAtSchema = z.iso
  .datetime({ offset: true, error: 'Use an ISO 8601 timestamp.' })
  .optional()
  .describe(
    "The record's updatedAt when the form was opened; if it changed since, 409 edited_elsewhere and nothing is saved",
  );
/** A calendar day as YYYY-MM-DD (Jakarta's day unless a field says otherwise). */
export const daySchema = z.iso.date({ error: 'Use a date as YYYY-MM-DD, e.g. 2026-01-31.' });
export const okSchema = z.object({ ok: z.literal(true) });

/** Trimmed text; `min` 1 means the field is required. */
export const text = (max: number, min = 0) => {
  // Control characters (NUL among them) are refused for every field in route.ts, not here.
  const base = z
    .string()
    .trim()
    .max(max, { error: `At most ${max} characters.` });
  return min > 0 ? base.min(min, { error: 'Required.' }) : base;
};

/** An e-mail address as typed; phones' keyboards often add a space after autocompletion. */
// Empty is "required", not a bad format: the person left it out, the format is checked next.
export const emailSchema = z
  .string()
  .trim()
  .min(1, { error: 'Required.' })
  .pipe(z.email({ error: 'Enter a valid e-mail address.' }).max(254));

export const termsSchema = z.array(text(60, 1)).max(50, { error: 'At most 50 items.' });
