import type { Queryable } from '../db/database';
import { findLastAuditEntry } from '../db/queries/audit-log';
import type { AuditAction } from '../domain/audit';
import { EditedElsewhere } from './errors';

/**
 * Optimistic concurrency for an edit form that saves a whole record: the form sends the
 * `updatedAt` it was opened at, and a save against a newer one is refused (the caller holds the
 * row locked, so the check and its write are one step). Left out, as older clients and API
 * tokens do, the save goes through as before: the field is an addition to the contract.
 */
export async function refuseStaleEdit(
  tx: Queryable,
  edit: {
    /** The request field that carried the opened-at time. */
    path: string;
    expected: string | undefined;
    current: Date;
    entityId: string;
    /** The audit actions that change the record, to name who changed it. */
    actions: readonly AuditAction[];
  },
): Promise<void> {
  if (edit.expected === undefined) return;
  if (new Date(edit.expected).getTime() === edit.current.getTime()) return;
  const last = await findLastAuditEntry(tx, edit.entityId, edit.actions);
  throw new EditedElsewhere(edit.path, { byName: last?.actorName ?? null, at: edit.current });
}
