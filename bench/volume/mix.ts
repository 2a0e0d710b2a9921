import type { Database } from '../../src/db/database';

/** One read of the mix: a name for the figures and its URL. */
export interface MixRead {
  name: string;
  url: string;
}

/** The read mix of bench/instances.ts and bench/mix-urls.ts: what HR's screens call most. */
export async function mixReads(db: Pick<Database, 'query'>): Promise<MixRead[]> {
  // In id order: the same candidate on every run, so figures compare across sessions.
  const [candidate] = await db.query<{ id: string }>(
    'SELECT id FROM candidates ORDER BY id LIMIT 1',
  );
  const [job] = await db.query<{ id: string }>(
    'SELECT job_id AS id FROM applications GROUP BY job_id ORDER BY count(*), job_id LIMIT 1',
  );
  return [
    { name: 'candidates list', url: '/api/candidates' },
    { name: 'jobs list', url: '/api/jobs' },
    { name: 'candidate page', url: `/api/candidates/${candidate!.id}` },
    { name: 'duplicates', url: `/api/candidates/${candidate!.id}/duplicates` },
    { name: 'me', url: '/api/auth/me' },
    { name: 'one job', url: `/api/jobs/${job!.id}` },
    { name: 'board', url: `/api/jobs/${job!.id}/board` },
    { name: 'search Excel', url: '/api/candidates?q=Excel' },
  ];
}

/** The mix's URLs, read from a PostgreSQL database. */
export async function mixUrls(databaseUrl: string): Promise<string[]> {
  const { openDatabase } = await import('../../src/db/database');
  const db = await openDatabase({ databaseUrl });
  try {
    return (await mixReads(db)).map((read) => read.url);
  } finally {
    await db.close();
  }
}
