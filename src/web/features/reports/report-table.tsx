import type { ReactNode } from 'react';

export interface ReportTableRow {
  key: string;
  /** The row's name first (a stage, a source, a month), then one cell per further column. */
  cells: ReactNode[];
  /** Columns (by index) to draw attention to, e.g. candidates past their target. */
  alert?: readonly number[];
}

export interface ReportTableProps {
  /** Names the table where its section shows more than one. */
  caption?: string;
  columns: readonly string[];
  rows: readonly ReportTableRow[];
  /**
   * The row's name is a bare number (an import's line): on a phone its card names the column
   * too ("Line 16"), where a stage or a month reads well on its own.
   */
  labelRowName?: boolean;
}

/**
 * A report's figures as a table. On a phone each row becomes a small card of "column: value"
 * lines (each cell carries its column's name), so nothing scrolls sideways; the explicit roles
 * keep it a table for screen readers when CSS lays it out as blocks.
 */
export function ReportTable({ caption, columns, rows, labelRowName = false }: ReportTableProps) {
  return (
    <div className="report-table">
      <table className="comparison" role="table">
        {caption && <caption>{caption}</caption>}
        <thead role="rowgroup">
          <tr role="row">
            {columns.map((column) => (
              <th scope="col" key={column} role="columnheader">
                {column}
              </th>
            ))}
          </tr>
        </thead>
        <tbody role="rowgroup">
          {rows.map((row) => (
            <tr key={row.key} role="row">
              {row.cells.map((cell, index) =>
                index === 0 ? (
                  <th
                    scope="row"
                    key={index}
                    role="rowheader"
                    data-label={labelRowName ? columns[0] : undefined}
                  >
                    {cell}
                  </th>
                ) : (
                  <td
                    key={index}
                    role="cell"
                    data-label={columns[index]}
                    className={row.alert?.includes(index) ? 'report-alert' : undefined}
                  >
                    {cell}
                  </td>
                ),
              )}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
