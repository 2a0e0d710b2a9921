import type { Queryable } from '../database';

/**
 * Who last changed a company-wide text or setting (a template, the brand) and when, as its
 * settings page shows it: the editor's name (null when no user is recorded) and the time.
 */
export interface LastChange {
  updatedByName: string | null;
  updatedAt: Date;
}

/** The `LastChange` columns of a setting table read as `alias`, and the join naming its editor. */
export function lastChangeOf(alias: string): { columns: string; join: string } {
  return {
    columns: `u.name AS "updatedByName", ${alias}.updated_at AS "updatedAt"`,
    join: `LEFT JOIN users u ON u.id = ${alias}.updated_by`,
  };
}

/**
 * Every row of a table of reworded built-in texts (e-mail, WhatsApp, offer-letter templates):
 * `columns` read from it as `t`, with who last changed each and when.
 */
export function listCustomizations<Row extends LastChange>(
  db: Queryable,
  table: string,
  columns: string,
): Promise<Row[]> {
  const change = lastChangeOf('t');
  return db.query<Row>(`SELECT ${columns}, ${change.columns} FROM ${table} t ${change.join}`);
}
