import type { Database } from '../../db/database';
import { findCandidate } from '../../db/queries/candidates';
import {
  completeDataRequest,
  findDataRequest,
  insertDataRequest,
  listDataRequests,
  type DataRequestRow,
} from '../../db/queries/data-requests';
import {
  deadlineState,
  dueAt,
  type DataRequestChannel,
  type DataRequestKind,
  type DataRequestOutcome,
  type DeadlineState,
} from '../../domain/privacy/data-request';
import type { Actor } from '../actor';
import { recordAudit } from '../audit-log/audit-service';
import { requireHr } from '../access-policy';
import { Invalid, NotFound } from '../errors';

export type LedgerEntry = DataRequestRow & { deadline: DeadlineState };

/** HR records a request the moment it arrives; the 3 × 24-hour clock starts at its arrival. */
export async function recordDataRequest(
  db: Database,
  actor: Actor,
  candidateId: string,
  request: { kind: DataRequestKind; channel: DataRequestChannel; receivedAt?: Date | undefined },
): Promise<LedgerEntry> {
  requireHr(actor);
  if (!(await findCandidate(db, candidateId))) throw new NotFound('Candidate');
  const receivedAt = request.receivedAt ?? new Date();
  if (receivedAt.getTime() > Date.now() + 60_000) {
    throw new Invalid([
      {
        path: 'receivedAt',
        code: 'in_the_future',
        message: 'A request cannot arrive later than now.',
      },
    ]);
  }
  const id = await db.transaction(async (tx) => {
    const inserted = await insertDataRequest(tx, {
      candidateId,
      kind: request.kind,
      channel: request.channel,
      receivedAt,
      dueAt: dueAt(receivedAt),
      recordedBy: actor.id,
    });
    await recordAudit(tx, {
      actor,
      action: 'data_request.recorded',
      entityId: candidateId,
      candidateId,
      detail: { requestId: inserted, kind: request.kind, channel: request.channel },
    });
    return inserted;
  });
  return withDeadline((await findDataRequest(db, id))!);
}

/** The ledger: open requests by nearest deadline, then the finished ones. HR only. */
export async function dataRequestLedger(
  db: Database,
  actor: Actor,
  filter: { candidateId?: string | undefined } = {},
): Promise<LedgerEntry[]> {
  requireHr(actor);
  return (await listDataRequests(db, filter)).map(withDeadline);
}

/** Closes a request by hand: a correction made on the candidate form, or a refusal. */
export async function closeDataRequest(
  db: Database,
  actor: Actor,
  requestId: string,
  outcome: DataRequestOutcome,
): Promise<LedgerEntry> {
  requireHr(actor);
  const request = await findDataRequest(db, requestId);
  if (!request) throw new NotFound('Data request');
  await db.transaction(async (tx) => {
    await completeDataRequest(tx, requestId, outcome, actor.id);
    await recordAudit(tx, {
      actor,
      action: 'data_request.closed',
      entityId: request.candidateId,
      candidateId: request.candidateId,
      detail: { requestId, outcome },
    });
  });
  return withDeadline((await findDataRequest(db, requestId))!);
}

function withDeadline(row: DataRequestRow): LedgerEntry {
  return { ...row, deadline: deadlineState(row, new Date()) };
}
