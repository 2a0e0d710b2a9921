import type {
  DataRequestChannel,
  DataRequestKind,
  DataRequestOutcome,
} from '../../domain/privacy/data-request';
import type { Queryable } from '../database';

export interface DataRequestRow {
  id: string;
  candidateId: string | null;
  /** Null once anonymised (the retention period ended) or erased (then `candidateId` is null too). */
  candidateName: string | null;
  kind: DataRequestKind;
  channel: DataRequestChannel;
  receivedAt: Date;
  dueAt: Date;
  recordedByName: string | null;
  completedAt: Date | null;
  completedByName: string | null;
  outcome: DataRequestOutcome | null;
}

const requestColumns = `r.id, r.candidate_id AS "candidateId",
  CASE WHEN c.anonymised_at IS NULL THEN c.full_name END AS "candidateName", r.kind,
  r.channel, r.received_at AS "receivedAt", r.due_at AS "dueAt", rb.name AS "recordedByName",
  r.completed_at AS "completedAt", cb.name AS "completedByName", r.outcome`;
const fromRequests = `FROM data_requests r LEFT JOIN candidates c ON c.id = r.candidate_id
  LEFT JOIN users rb ON rb.id = r.recorded_by LEFT JOIN users cb ON cb.id = r.completed_by`;

/** Open requests first, the nearest deadline first; then the finished ones, newest first. */
export async function listDataRequests(
  db: Queryable,
  filter: { candidateId?: string | undefined },
): Promise<DataRequestRow[]> {
  return db.query<DataRequestRow>(
    `SELECT ${requestColumns} ${fromRequests}
     WHERE ($1::uuid IS NULL OR r.candidate_id = $1)
     ORDER BY r.completed_at IS NOT NULL, CASE WHEN r.completed_at IS NULL THEN r.due_at END,
       r.completed_at DESC
     LIMIT 500`,
    [filter.candidateId ?? null],
  );
}

export async function findDataRequest(
  db: Queryable,
  id: string,
): Promise<DataRequestRow | undefined> {
  const [row] = await db.query<DataRequestRow>(
    `SELECT ${requestColumns} ${fromRequests} WHERE r.id = $1`,
    [id],
  );
  return row;
}

export async function insertDataRequest(
  db: Queryable,
  request: {
    candidateId: string;
    kind: DataRequestKind;
    channel: DataRequestChannel;
    receivedAt: Date;
    dueAt: Date;
    /** NULL when the candidate asked through the portal. */
    recordedBy: string | null;
  },
): Promise<string> {
  const [row] = await db.query<{ id: string }>(
    `INSERT INTO data_requests (candidate_id, kind, channel, received_at, due_at, recorded_by)
     VALUES ($1, $2, $3, $4, $5, $6) RETURNING id`,
    [
      request.candidateId,
      request.kind,
      request.channel,
      request.receivedAt,
      request.dueAt,
      request.recordedBy,
    ],
  );
  return row!.id;
}

export async function completeDataRequest(
  db: Queryable,
  id: string,
  outcome: DataRequestOutcome,
  completedBy: string,
): Promise<void> {
  await db.query(
    `UPDATE data_requests SET completed_at = now(), completed_by = $3, outcome = $2
     WHERE id = $1 AND completed_at IS NULL`,
    [id, outcome, completedBy],
  );
}

/** Open requests of these kinds for a candidate are done by the action that answers them. */
export async function completeOpenRequests(
  db: Queryable,
  candidateId: string,
  kinds: readonly DataRequestKind[],
  outcome: DataRequestOutcome,
  completedBy: string,
): Promise<void> {
  await db.query(
    `UPDATE data_requests SET completed_at = now(), completed_by = $4, outcome = $3
     WHERE candidate_id = $1 AND kind = ANY($2::text[]) AND completed_at IS NULL`,
    [candidateId, kinds, outcome, completedBy],
  );
}

export async function restrictProcessing(db: Queryable, candidateId: string): Promise<void> {
  await db.query(
    `UPDATE candidates SET processing_restricted_at = COALESCE(processing_restricted_at, now())
     WHERE id = $1`,
    [candidateId],
  );
}

export async function isProcessingRestricted(db: Queryable, candidateId: string): Promise<boolean> {
  const [row] = await db.query<{ restricted: boolean }>(
    `SELECT processing_restricted_at IS NOT NULL AS restricted FROM candidates WHERE id = $1`,
    [candidateId],
  );
  return row?.restricted ?? false;
}
