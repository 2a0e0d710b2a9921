/**
 * The API carries instants as ISO 8601 strings in UTC; the web turns them into Dates and back
 * only here, so parsing and formatting for the wire cannot drift between pages.
 */
export type ApiInstant = string;

export function fromApiInstant(instant: ApiInstant): Date {
  return new Date(instant);
}

export function toApiInstant(date: Date): ApiInstant {
  return date.toISOString();
}

const dayMs = 24 * 60 * 60 * 1000;

/** Whole days from an instant until now (0 on the same day, never negative). */
export function daysSince(instant: ApiInstant, now: Date = new Date()): number {
  return Math.max(0, Math.floor((now.getTime() - fromApiInstant(instant).getTime()) / dayMs));
}

/** Whether an instant (an expiry, a deadline) is now or in the past. */
export function hasPassed(instant: ApiInstant, now: Date = new Date()): boolean {
  return fromApiInstant(instant).getTime() <= now.getTime();
}
