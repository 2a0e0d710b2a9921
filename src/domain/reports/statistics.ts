/**
 * The figures reports show, on plain numbers. The database computes the same ones with
 * `percentile_cont` (linear interpolation between the closest ranks), so these functions are the
 * reference the SQL is tested against, and the rule the web uses for small samples.
 */

/** Below this many cases a rate or a median says more about chance than about the process. */
export const minimumSample = 5;

/** Whether a figure over `sampleSize` cases may be shown. */
export function isEnoughSample(sampleSize: number): boolean {
  return sampleSize >= minimumSample;
}

/** A figure, or null (shown as "too few cases") when its sample is below the minimum. */
export function shownWhenEnough<T>(value: T, sampleSize: number): T | null {
  return isEnoughSample(sampleSize) ? value : null;
}

/**
 * The `fraction` percentile (0..1) by linear interpolation between the closest ranks, as
 * PostgreSQL's `percentile_cont`; null for no values.
 */
export function percentile(values: readonly number[], fraction: number): number | null {
  if (!(fraction >= 0 && fraction <= 1)) throw new RangeError('fraction must be within 0..1');
  if (values.length === 0) return null;
  const sorted = [...values].sort((a, b) => a - b);
  const position = fraction * (sorted.length - 1);
  const below = Math.floor(position);
  const above = Math.ceil(position);
  const weight = position - below;
  return sorted[below]! + (sorted[above]! - sorted[below]!) * weight;
}

export function median(values: readonly number[]): number | null {
  return percentile(values, 0.5);
}

export const p90 = (values: readonly number[]): number | null => percentile(values, 0.9);

/**
 * Of those who entered a stage, the share that went on to a later one (0..1); null when nobody
 * entered (a rate over nobody is not zero).
 */
export function passThroughRate(entered: number, advanced: number): number | null {
  if (entered < 0 || advanced < 0 || advanced > entered) {
    throw new RangeError('advanced must be within 0..entered');
  }
  return entered === 0 ? null : advanced / entered;
}

/** `part` out of `whole` as a share (0..1); null when the whole is empty. */
export function conversionRate(whole: number, part: number): number | null {
  return whole === 0 ? null : part / whole;
}

/** Milliseconds as days, the unit every duration in a report uses. */
export const msToDays = (ms: number): number => ms / 86_400_000;
