import pg from 'pg';

/** The read mix of bench/instances.ts and bench/mix-urls.ts: what HR's screens call most. */
export async function mixUrls(databaseUrl: string): Promise<string[]> {
  const client = new pg.Client({ connectionString: databaseUrl });
  await client.connect();
  try {
    // In id order: the same candidate on every run, so figures compare across sessions.
    const [candidate] = (
      await client.query<{ id: string }>('SELECT id FROM candidates ORDER BY id LIMIT 1')
    ).rows;
    const [job] = (
      await client.query<{ id: string }>(
        'SELECT job_id AS id FROM applications GROUP BY job_id ORDER BY count(*), job_id LIMIT 1',
      )
    ).rows;
    return [
      '/api/candidates',
      '/api/jobs',
      `/api/candidates/${candidate!.id}`,
      `/api/candidates/${candidate!.id}/duplicates`,
      '/api/auth/me',
      `/api/jobs/${job!.id}`,
      `/api/jobs/${job!.id}/board`,
      '/api/candidates?q=Excel',
    ];
  } finally {
    await client.end();
  }
}
