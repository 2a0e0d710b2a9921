import type { FigureHiddenReason } from '../../../domain/reports/sample-size';

/** A figure the API hid below the minimum sample, or could not measure ("–"). */
export interface ShownFigure {
  value: number | null;
  hiddenBecause: FigureHiddenReason | null;
}

/** The figure as text: `write` for a value, "too few" below the sample, "–" when unmeasurable. */
export function shownText(figure: ShownFigure, write: (value: number | null) => string): string {
  return figure.hiddenBecause === 'nothing_to_compare' ? '–' : write(figure.value);
}
