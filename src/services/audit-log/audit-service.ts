import type { Database, Queryable } from '../../db/database';
import { insertAuditEntry, listAuditEntries, type AuditRow } from '../../db/queries/audit-log';
import type { LastChange } from '../../db/queries/last-change';
import { auditActions, type AuditAction, type AuditDetail } from '../../domain/audit';
import type { Actor } from '../actor';
import { requireAdmin } from '../access-policy';

export interface AuditEvent {
  /** Who acted; null for someone not signed in (a failed sign-in) or the system. */
  actor: Actor | { id: string } | null;
  action: AuditAction;
  /** The record acted on; its type follows from the action. */
  entityId: string | null;
  /** The candidate the entry is about, when there is one: erasure finds their entries by it. */
  candidateId?: string | null | undefined;
  detail?: AuditDetail | undefined;
}

/**
 * Records one entry, inside the transaction of the change it describes: the change and its audit
 * entry commit together or not at all. Pass ids and codes only, never names or free text.
 */
export async function recordAudit(tx: Queryable, event: AuditEvent): Promise<void> {
  await insertAuditEntry(tx, {
    actorId: event.actor?.id ?? null,
    apiTokenId: (event.actor && 'tokenId' in event.actor && event.actor.tokenId) || null,
    action: event.action,
    entityType: auditActions[event.action],
    entityId: event.entityId,
    candidateId: event.candidateId ?? null,
    detail: event.detail ?? {},
  });
}

/**
 * A change to a company-wide setting (a template's wording, the brand): `write` and its audit
 * entry, which names no single record, commit together in one transaction.
 */
export function changeCompanySetting(
  db: Database,
  actor: Actor,
  entry: { action: AuditAction; detail: AuditDetail },
  write: (tx: Queryable) => Promise<unknown>,
): Promise<void> {
  return db.transaction(async (tx) => {
    await write(tx);
    await recordAudit(tx, { actor, entityId: null, ...entry });
  });
}

/** Whether an admin reworded a built-in text, and who last did so and when. */
export interface Customization {
  /** False while the built-in text is in use. */
  customized: boolean;
  updatedByName: string | null;
  updatedAt: Date | null;
}

export function customizationOf(own: LastChange | undefined): Customization {
  return {
    customized: Boolean(own),
    updatedByName: own?.updatedByName ?? null,
    updatedAt: own?.updatedAt ?? null,
  };
}

export interface AuditQuery {
  actorId?: string | undefined;
  action?: AuditAction | undefined;
  entityType?: string | undefined;
  entityId?: string | undefined;
  from?: Date | undefined;
  to?: Date | undefined;
  page: number;
  pageSize: number;
}

export async function readAuditLog(
  db: Database,
  actor: Actor,
  query: AuditQuery,
): Promise<{ rows: AuditRow[]; total: number; totalCapped: boolean }> {
  requireAdmin(actor);
  const { page, pageSize, ...filter } = query;
  return listAuditEntries(db, { ...filter, limit: pageSize, offset: (page - 1) * pageSize });
}
