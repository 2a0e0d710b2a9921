import { slugify } from '../careers';
import type { Locale } from '../locale';
import { dayCell, type Cell, type Sheet } from './cell';

/**
 * A line of an export's "About" block: a filter and its value; `undefined` when none was chosen,
 * which the block writes as "All".
 */
export type AboutLine = readonly [label: string, value: Cell | undefined];

const words = {
  id: { filter: 'Saringan', value: 'Nilai', all: 'Semua', exportedOn: 'Diunduh pada' },
  en: { filter: 'Filter', value: 'Value', all: 'All', exportedOn: 'Downloaded on' },
} as const satisfies Record<Locale, Record<string, string>>;

/**
 * The first sheet of an export (the first block of a CSV): what the file covers, each filter by
 * name, "All" where none was chosen, and the day it was made. A file leaves the page, so it must
 * say itself which filter its rows are for. Values are text a user typed (a job title, search
 * words), so the writers neutralise formulas in them as in every other cell.
 */
export function aboutSheet(
  title: string,
  lines: readonly AboutLine[],
  exportedOn: string,
  locale: Locale,
): Sheet {
  const w = words[locale];
  return {
    name: title,
    columns: [w.filter, w.value],
    rows: [
      ...lines.map(([label, value]) => [label, value ?? w.all]),
      [w.exportedOn, dayCell(exportedOn)],
    ],
  };
}

/**
 * `seleksi-funnel-data-analyst-2025-12-06-2026-12-06.csv`: what the file is, each filter chosen
 * (as a slug, so the name is plain ASCII in any header and file system) and its days, so two
 * exports with different filters never take the same name.
 */
export function exportFileName(parts: readonly (string | undefined)[], format: string): string {
  const named = parts.filter((part): part is string => Boolean(part?.trim())).map(slugify);
  return `${['seleksi', ...named].join('-')}.${format}`;
}

const sameText = (cell: string | undefined, word: string) =>
  cell?.trim().toLowerCase() === word.toLowerCase();

/**
 * Whether a row is an About block's column row ("Filter, Value" in either language): how an
 * importer knows a file is a Seleksi export and that its rows start after that block.
 */
export function isAboutColumnRow(cells: readonly string[]): boolean {
  return Object.values(words).some(
    (w) =>
      sameText(cells[0], w.filter) && sameText(cells[1], w.value) && !cells.slice(2).some(Boolean),
  );
}

/** Whether a row is an About block's last line, the day the export was made. */
export function isAboutLastRow(cells: readonly string[]): boolean {
  return Object.values(words).some((w) => sameText(cells[0], w.exportedOn));
}
