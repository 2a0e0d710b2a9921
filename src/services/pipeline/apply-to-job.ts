import type { MailSettings } from '../../config';
import type { Database, Queryable } from '../../db/database';
import {
  applicationExists,
  findApplication,
  insertApplication,
  insertApplicationEvent,
  type ApplicationRow,
} from '../../db/queries/applications';
import { findCandidate } from '../../db/queries/candidates';
import { listConsentsOfCandidate } from '../../db/queries/consents';
import { isProcessingRestricted } from '../../db/queries/data-requests';
import {
  gaveDataForOneRecruitment,
  needsTalentPoolConsent,
} from '../../domain/privacy/talent-pool';
import type { Actor } from '../actor';
import { requireHr, requireJobAccess } from '../access-policy';
import { recordAudit } from '../audit-log/audit-service';
import { Conflict, Invalid, NotFound, whenNotFound } from '../errors';
import { announceApplicationCreated } from '../integrations/webhook-events';
import { tellOfPutForward } from '../privacy/put-forward-notice';

/**
 * Applies a candidate to a job at the Applied stage and records it as the first event.
 * Runs inside the caller's transaction so that adding a candidate with jobs is all-or-nothing.
 */
export async function applyToJob(
  tx: Queryable,
  mail: MailSettings,
  actor: Actor,
  application: { candidateId: string; jobId: string },
  jobField = 'jobId',
): Promise<string> {
  requireHr(actor);
  if (!(await findCandidate(tx, application.candidateId))) throw new NotFound('Candidate');
  const job = await requireJobAccess(tx, actor, application.jobId).catch(
    whenNotFound(
      () => new Invalid([{ path: jobField, code: 'unknown_job', message: 'No job with this id.' }]),
    ),
  );
  if (job.status === 'closed') {
    throw new Conflict(
      [{ path: jobField, code: 'job_closed', message: 'This job is closed to new applications.' }],
      'The job is closed.',
    );
  }
  if (await applicationExists(tx, application.candidateId, application.jobId)) {
    throw new Conflict(
      [
        {
          path: jobField,
          code: 'already_applied',
          message: 'The candidate already applied to this job.',
        },
      ],
      'The candidate already applied to this job.',
    );
  }
  const { viaTalentPool } = await requireConsentForAnotherJob(
    tx,
    application.candidateId,
    jobField,
  );
  const id = await insertApplication(tx, { ...application, stage: 'applied' });
  await insertApplicationEvent(tx, {
    applicationId: id,
    actorId: actor.id,
    fromStage: null,
    toStage: 'applied',
    rejectionReason: null,
    note: null,
    overrodeHrGate: false,
  });
  await recordAudit(tx, {
    actor,
    action: 'application.created',
    entityId: id,
    candidateId: application.candidateId,
    detail: { jobId: application.jobId },
  });
  await announceApplicationCreated(tx, { ...application, id });
  if (viaTalentPool) await tellOfPutForward(tx, mail, { ...application, id });
  return id;
}

/**
 * Processing stopped at the candidate's request rules out new applications; a candidate who gave
 * their data for one recruitment needs to be in the talent pool to be put forward for another.
 */
async function requireConsentForAnotherJob(
  tx: Queryable,
  candidateId: string,
  jobField: string,
): Promise<{ viaTalentPool: boolean }> {
  if (await isProcessingRestricted(tx, candidateId)) {
    throw new Conflict(
      [
        {
          path: jobField,
          code: 'processing_restricted',
          message: 'The candidate withdrew consent; their data may not be processed further.',
        },
      ],
      'The candidate withdrew consent.',
    );
  }
  const consents = await listConsentsOfCandidate(tx, candidateId);
  if (needsTalentPoolConsent(consents)) {
    throw new Conflict(
      [
        {
          path: jobField,
          code: 'talent_pool_consent_required',
          message:
            'The candidate agreed to one recruitment only; ask them to join the talent pool first.',
        },
      ],
      'The candidate has not joined the talent pool.',
    );
  }
  return { viaTalentPool: gaveDataForOneRecruitment(consents) };
}

export async function createApplication(
  db: Database,
  mail: MailSettings,
  actor: Actor,
  application: { candidateId: string; jobId: string },
): Promise<ApplicationRow> {
  const id = await db.transaction((tx) => applyToJob(tx, mail, actor, application));
  return (await findApplication(db, id))!;
}
