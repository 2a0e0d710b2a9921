import { announceInterview } from '../integrations/webhook-events';
import type { Queryable } from '../../db/database';
import type { InterviewRow } from '../../db/queries/interviews';
import type { Actor } from '../actor';
import { recordAudit } from '../audit-log/audit-service';

/** An interview's change recorded in its transaction: the audit entry and the webhook event. */
export async function auditInterview(
  tx: Queryable,
  actor: Actor | null,
  interview: InterviewRow,
  action:
    | 'interview.scheduled'
    | 'interview.rescheduled'
    | 'interview.cancelled'
    | 'interview.completed'
    | 'interview.no_show',
): Promise<void> {
  await recordAudit(tx, {
    actor,
    action,
    entityId: interview.applicationId,
    candidateId: interview.candidateId,
    detail: { interviewId: interview.id, stage: interview.stage, sequence: interview.sequence },
  });
  // Every schedule change passes here, so the webhook event is queued with its audit entry.
  await announceInterview(tx, action, interview);
}
