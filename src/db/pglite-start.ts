import { PGlite } from '@electric-sql/pglite';
import { pg_trgm } from '@electric-sql/pglite/contrib/pg_trgm';
import { mkdirSync } from 'node:fs';

/** The extensions the migrations create (pg_trgm: substring search of e-mails and phones). */
export const pgliteExtensions = { pg_trgm };

/** Opens PGlite in `dataDir` (or from `snapshot`), set up as the app expects, in this thread. */
export async function startPglite(dataDir: string, snapshot: Blob | undefined): Promise<PGlite> {
  if (!dataDir.startsWith('memory://')) mkdirSync(dataDir, { recursive: true });
  const lite = await PGlite.create({
    dataDir,
    loadDataDir: snapshot,
    extensions: pgliteExtensions,
  });
  // Old WAL segments are deleted rather than renamed for reuse: a recycled segment keeps the
  // rows it logged (erased candidates included) until new WAL happens to overwrite it.
  await lite.exec("SET TIME ZONE 'UTC'; SET wal_recycle = off");
  return lite;
}
