/**
 * A figure from too few cases misleads more than it tells (one candidate makes a 100 % rate), so
 * reports hide it and say why instead of printing it.
 */
export const figureHiddenReasons = ['too_few_cases', 'nothing_to_compare'] as const;
export type FigureHiddenReason = (typeof figureHiddenReasons)[number];

export type Shown<T> =
  { value: T; hiddenBecause: null } | { value: null; hiddenBecause: FigureHiddenReason };

/**
 * The figure when `cases` reach the minimum sample; `measure` returning null means there is
 * nothing to compare (e.g. an AUC with no rejected candidate).
 */
export function shownFrom<T>(
  cases: number,
  minimumSample: number,
  measure: () => T | null,
): Shown<T> {
  if (cases < minimumSample) return { value: null, hiddenBecause: 'too_few_cases' };
  const value = measure();
  return value === null
    ? { value: null, hiddenBecause: 'nothing_to_compare' }
    : { value, hiddenBecause: null };
}
