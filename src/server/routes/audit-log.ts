import type { Database } from '../../db/database';
import type { AuditAction } from '../../domain/audit';
import { readAuditLog } from '../../services/audit-log/audit-service';
import { presentAuditEntry } from '../presenters/audit-log-presenter';
import { route } from '../route';
import { auditPage, auditQuery } from './security.schema';

const jakartaDayStart = (date: string) => new Date(`${date}T00:00:00+07:00`);

export const auditLogRoutes = (db: Database) => [
  route(
    {
      method: 'GET',
      url: '/api/admin/audit-log',
      tag: 'audit-log',
      summary: 'The audit log, newest first, filtered by actor, action, record and dates (admins)',
      query: auditQuery,
      response: auditPage,
    },
    async ({ actor, query }) => {
      // Dates are days in Jakarta time; `to` includes its whole day.
      const to = query.to ? jakartaDayStart(query.to) : undefined;
      to?.setUTCDate(to.getUTCDate() + 1);
      const { rows, total, totalCapped } = await readAuditLog(db, actor, {
        actorId: query.actorId,
        action: query.action as AuditAction | undefined,
        entityType: query.entityType,
        entityId: query.entityId,
        from: query.from ? jakartaDayStart(query.from) : undefined,
        to,
        page: query.page,
        pageSize: query.pageSize,
      });
      return {
        items: rows.map(presentAuditEntry),
        page: query.page,
        pageSize: query.pageSize,
        total,
        totalCapped,
      };
    },
  ),
];
