/**
 * Statements PostgreSQL keeps prepared on each connection, by their text. Planning a large
 * statement again on every request was a third of the board's database CPU (issue 19: at 100,000
 * candidates, 11 -> 7.5 ms a board page); prepared once per connection it is parsed once, and
 * after a few runs PostgreSQL may keep a generic plan when that costs no more than planning anew.
 * Only for statements whose best plan hardly depends on their parameters. PGlite ignores this.
 */
const names = new Map<string, string>();

/** Marks `sql` (fixed text with parameters) as prepared; returns it unchanged. */
export function preparedStatement(sql: string): string {
  if (!names.has(sql)) names.set(sql, `seleksi_${names.size + 1}`);
  return sql;
}

/** The name `sql` is prepared under, or undefined for a statement planned each time. */
export function preparedName(sql: string): string | undefined {
  return names.get(sql);
}
