import type { AuditRow } from '../../db/queries/audit-log';

export const presentAuditEntry = (row: AuditRow) => ({
  id: row.id,
  at: row.at.toISOString(),
  actor: row.actorId ? { id: row.actorId, name: row.actorName ?? '' } : null,
  action: row.action,
  entityType: row.entityType,
  entityId: row.entityId,
  subject: { name: row.subjectName, anonymised: row.subjectAnonymised },
  detail: row.detail,
});
