import type { Queryable } from '../database';

/**
 * A read written once and run either alone or inside a bundle (readBundle): its SQL with its own
 * $1…$n, and which of its columns are timestamps (JSON carries them as text).
 */
export interface BundleRead<Row> {
  sql: string;
  dates: readonly (keyof Row & string)[];
}

export interface BundlePart<Row> {
  read: BundleRead<Row>;
  params: readonly unknown[];
}

/** A part of a bundle: the read and the values of its own $1…$n. */
export function part<Row>(read: BundleRead<Row>, params: readonly unknown[]): BundlePart<Row> {
  return { read, params };
}

type RowsOf<Parts> = { [K in keyof Parts]: Parts[K] extends BundlePart<infer Row> ? Row[] : never };

/**
 * Several independent reads as one statement (issue 19: each statement costs a round trip and
 * its parse, bind and write on both sides, more than these small reads themselves): each part's
 * rows come back as one JSON array, in the order its own ORDER BY gives, timestamps revived.
 * A part's $n are renumbered after the parts before it, so every read keeps its own numbering.
 */
export async function readBundle<Parts extends Record<string, BundlePart<never>>>(
  db: Queryable,
  parts: Parts,
): Promise<RowsOf<Parts>> {
  const names = Object.keys(parts);
  const params: unknown[] = [];
  const columns = names.map((name) => {
    const { read, params: own } = parts[name]!;
    const offset = params.length;
    params.push(...own);
    const sql = read.sql.replace(/\$(\d+)/g, (_, n: string) => `$${Number(n) + offset}`);
    return `(SELECT coalesce(json_agg(x), '[]'::json) FROM (${sql}) x) AS "${name}"`;
  });
  const [row] = await db.query<Record<string, unknown>>(`SELECT ${columns.join(',\n')}`, params);
  const result: Record<string, unknown[]> = {};
  for (const name of names) {
    const { dates } = parts[name]!.read as BundleRead<Record<string, unknown>>;
    const rows = asRows(row![name]);
    for (const each of rows)
      for (const key of dates) if (each[key] != null) each[key] = new Date(each[key] as string);
    result[name] = rows;
  }
  return result as RowsOf<Parts>;
}

/** PostgreSQL hands json over as parsed values; an engine that hands text is parsed here. */
function asRows(value: unknown): Record<string, unknown>[] {
  return (typeof value === 'string' ? JSON.parse(value) : value) as Record<string, unknown>[];
}
