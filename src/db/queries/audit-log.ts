import type { AuditDetail } from '../../domain/audit';
import type { Queryable } from '../database';

export interface AuditEntry {
  actorId: string | null;
  /** The API token the actor used, when the change came through one. */
  apiTokenId?: string | null;
  action: string;
  entityType: string;
  entityId: string | null;
  candidateId: string | null;
  detail: AuditDetail;
}

export interface AuditRow extends AuditEntry {
  id: string;
  at: Date;
  actorName: string | null;
  /**
   * Who or what the entry is about, by name: the user, the job's title, or the candidate (also
   * for their applications and scorecards). Null when unknown, erased or anonymised.
   */
  subjectName: string | null;
  /** The entry is about a candidate whose data was anonymised: they stay nameless here. */
  subjectAnonymised: boolean;
}

/** The audit log counts matching entries up to this many and says "more" beyond it. */
export const auditCountCap = 10_000;

export interface AuditFilter {
  actorId?: string | undefined;
  action?: string | undefined;
  entityType?: string | undefined;
  entityId?: string | undefined;
  from?: Date | undefined;
  to?: Date | undefined;
  limit: number;
  offset: number;
}

export async function insertAuditEntry(db: Queryable, entry: AuditEntry): Promise<void> {
  await db.query(
    `INSERT INTO audit_log (actor_id, action, entity_type, entity_id, candidate_id, detail,
       api_token_id)
     VALUES ($1, $2, $3, $4, $5, $6, $7)`,
    [
      entry.actorId,
      entry.action,
      entry.entityType,
      entry.entityId,
      entry.candidateId,
      JSON.stringify(entry.detail),
      entry.apiTokenId ?? null,
    ],
  );
}

/**
 * Newest first. Names (the actor's, and the subject's) come from their tables at read time, never
 * from the log, so an erased candidate's entries name no one and a renamed user shows as now.
 */
export async function listAuditEntries(
  db: Queryable,
  filter: AuditFilter,
): Promise<{ rows: AuditRow[]; total: number; totalCapped: boolean }> {
  const where = `($1::uuid IS NULL OR l.actor_id = $1) AND ($2::text IS NULL OR l.action = $2)
    AND ($3::text IS NULL OR l.entity_type = $3) AND ($4::uuid IS NULL OR l.entity_id = $4)
    AND ($5::timestamptz IS NULL OR l.at >= $5) AND ($6::timestamptz IS NULL OR l.at < $6)`;
  const params = [
    filter.actorId ?? null,
    filter.action ?? null,
    filter.entityType ?? null,
    filter.entityId ?? null,
    filter.from ?? null,
    filter.to ?? null,
  ];
  const rows = await db.query<AuditRow>(
    `SELECT l.id::text AS id, l.at, l.actor_id AS "actorId",
            -- A change made with an API token names the token after the admin it acts for.
            CASE WHEN tk.id IS NULL THEN u.name ELSE u.name || ' · API: ' || tk.name END
              AS "actorName", l.action,
            l.entity_type AS "entityType", l.entity_id AS "entityId",
            l.candidate_id AS "candidateId", l.detail,
            CASE WHEN l.entity_type = 'user' THEN su.name
                 WHEN l.entity_type = 'job' THEN sj.title
                 WHEN c.anonymised_at IS NULL THEN c.full_name END AS "subjectName",
            COALESCE(c.anonymised_at IS NOT NULL, false) AS "subjectAnonymised"
     FROM audit_log l LEFT JOIN users u ON u.id = l.actor_id
       LEFT JOIN api_tokens tk ON tk.id = l.api_token_id
       LEFT JOIN users su ON l.entity_type = 'user' AND su.id = l.entity_id
       LEFT JOIN jobs sj ON l.entity_type = 'job' AND sj.id = l.entity_id
       LEFT JOIN candidates c ON c.id = l.candidate_id
     WHERE ${where}
     ORDER BY l.at DESC, l.id DESC
     LIMIT $7 OFFSET $8`,
    [...params, filter.limit, filter.offset],
  );
  // Counting 1.4 million rows on every page costs more than the page: past the cap the screen
  // says "10,000+" and pages on while pages come back full.
  const [count] = await db.query<{ total: number }>(
    `SELECT count(*)::int AS total FROM (SELECT 1 FROM audit_log l WHERE ${where} LIMIT $7) capped`,
    [...params, auditCountCap + 1],
  );
  const total = count?.total ?? 0;
  return { rows, total: Math.min(total, auditCountCap), totalCapped: total > auditCountCap };
}

/**
 * For erasing a candidate: their entries stay (so counts of what happened remain) but no longer
 * point at them or at their applications, scorecards and offers (an offer's id is in the detail).
 */
export async function forgetCandidateInAuditLog(
  db: Queryable,
  candidateId: string,
): Promise<number> {
  const rows = await db.query(
    `UPDATE audit_log SET entity_id = NULL, candidate_id = NULL, detail = detail - 'offerId'
     WHERE candidate_id = $1 RETURNING id`,
    [candidateId],
  );
  return rows.length;
}

/**
 * The newest of these actions on one record, with who made it: what an edit refused as stale
 * names (the user's name as now, like the log's own pages).
 */
export async function findLastAuditEntry(
  db: Queryable,
  entityId: string,
  actions: readonly string[],
): Promise<{ actorName: string | null; at: Date } | undefined> {
  const [row] = await db.query<{ actorName: string | null; at: Date }>(
    `SELECT u.name AS "actorName", l.at FROM audit_log l LEFT JOIN users u ON u.id = l.actor_id
     WHERE l.entity_id = $1 AND l.action = ANY($2::text[]) ORDER BY l.at DESC, l.id DESC LIMIT 1`,
    [entityId, actions],
  );
  return row;
}
