import type { Database, Queryable } from './database';

/*
 * Making an erasure physical. A DELETE or UPDATE leaves the old row's bytes in the table's pages,
 * in its TOAST and index pages (the GIN search index too) and in the write-ahead log. A plain
 * VACUUM only marks that space free: the bytes stay until new rows happen to overwrite them.
 * VACUUM FULL writes each table and its indexes anew and truncates the old files at once.
 */

/**
 * The tables a candidate's data can be in: every table that reaches `candidates` through foreign
 * keys (found in the catalogue, so a new table is covered without a list to update), the audit
 * log and the webhook deliveries (their `candidate_id` has no key, by design) and the task
 * queue's tables.
 */
export async function tablesWithCandidateData(db: Queryable): Promise<string[]> {
  const rows = await db.query<{ name: string }>(
    `WITH RECURSIVE holding(oid) AS (
       SELECT to_regclass(name)::oid
       FROM unnest(ARRAY['public.candidates', 'public.audit_log', 'public.webhook_deliveries',
                         'pgboss.job', 'pgboss.archive']) name
       WHERE to_regclass(name) IS NOT NULL
       UNION
       SELECT k.conrelid FROM pg_constraint k JOIN holding h ON k.confrelid = h.oid
       WHERE k.contype = 'f'
     )
     SELECT oid::regclass::text AS name FROM holding ORDER BY 1`,
  );
  return rows.map((row) => row.name);
}

/**
 * Rewrites the tables with VACUUM FULL, one at a time: each holds its exclusive lock only for its
 * own rewrite. On a server it waits at most `lockTimeoutMs` for a table in use, so requests never
 * queue behind it for long, and the tables it could not lock are returned for a later try. On both
 * engines it also renews the planner's statistics, whose sampled values may include the erased
 * rows (PGlite has them too: the app runs ANALYZE there, see planner-statistics.ts).
 */
export async function rewriteTables(
  db: Database,
  tables: readonly string[],
  lockTimeoutMs: number,
): Promise<string[]> {
  // PGlite is one connection: nothing else can hold a lock there.
  const server = db.engine === 'postgresql';
  return db.session(async (connection) => {
    if (server) {
      await connection.query(`SET lock_timeout = ${Math.max(1, Math.round(lockTimeoutMs))}`);
    }
    const busy: string[] = [];
    for (const table of tables) {
      try {
        // Names come from the catalogue as regclass text, quoted where needed.
        await connection.query(`VACUUM (FULL, ANALYZE) ${table}`);
      } catch (error) {
        if ((error as { code?: unknown }).code !== '55P03') throw error;
        busy.push(table);
      }
    }
    // Renewed statistics leave the old ones as dead rows. Only the database's owner or a
    // superuser may rewrite this catalogue; anyone else gets a warning, not an error.
    if (!busy.length) await connection.query('VACUUM FULL pg_catalog.pg_statistic');
    return busy;
  });
}

/**
 * PGlite: ends the current WAL segment and checkpoints, so every segment that logged the old rows
 * is deleted (recycling is off, see database.ts). A PostgreSQL server's WAL belongs to its
 * operator (archived, streamed to replicas, kept for backups) and goes at the server's own
 * checkpoints; this does nothing there.
 */
export async function retireOldWal(db: Database): Promise<boolean> {
  if (db.engine !== 'pglite') return false;
  await db.query('SELECT pg_switch_wal()');
  await db.query('CHECKPOINT');
  return true;
}
