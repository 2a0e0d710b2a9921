import type { Queryable } from '../database';

/** How to reach a candidate, and in which language. */
export interface CandidateContactRow {
  id: string;
  fullName: string;
  email: string;
  locale: 'id' | 'en';
}

export async function findCandidateContact(
  db: Queryable,
  candidateId: string,
): Promise<CandidateContactRow | undefined> {
  const [row] = await db.query<CandidateContactRow>(
    `SELECT id, full_name AS "fullName", email, locale FROM candidates WHERE id = $1`,
    [candidateId],
  );
  return row;
}

export async function updateCandidateLocale(
  db: Queryable,
  candidateId: string,
  locale: 'id' | 'en',
): Promise<void> {
  await db.query(`UPDATE candidates SET locale = $2 WHERE id = $1`, [candidateId, locale]);
}

/** The candidate's name as staff lists show it: null once their data was anonymised. */
export async function findCandidateName(
  db: Queryable,
  candidateId: string,
): Promise<string | null> {
  const [row] = await db.query<{ name: string | null }>(
    `SELECT CASE WHEN anonymised_at IS NULL THEN full_name END AS name FROM candidates WHERE id = $1`,
    [candidateId],
  );
  return row?.name ?? null;
}
