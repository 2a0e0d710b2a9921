import { randomUUID } from 'node:crypto';
import type { Queryable } from '../../db/database';
import { findCandidate } from '../../db/queries/candidates';
import {
  endpointsFor,
  insertWebhookDelivery,
  scrubCandidateDeliveries,
} from '../../db/queries/webhooks';
import type { WebhookEvent } from '../../domain/integrations/webhook';
import { enqueueTask, taskQueues } from '../background/task-queue';

/**
 * Queues an event for every endpoint that asked for it, inside the transaction of the change:
 * a change that rolls back sends nothing, and one that commits cannot lose its event.
 * `candidateId` names the candidate the payload is about, so an erasure can scrub it.
 */
export async function queueWebhookEvent(
  tx: Queryable,
  type: WebhookEvent,
  data: Record<string, unknown>,
  candidateId: string | null,
): Promise<void> {
  const endpoints = await endpointsFor(tx, type);
  if (!endpoints.length) return;
  const eventId = randomUUID();
  const payload = { id: eventId, type, createdAt: new Date().toISOString(), data };
  for (const endpointId of endpoints) {
    const deliveryId = await insertWebhookDelivery(tx, {
      endpointId,
      eventId,
      eventType: type,
      candidateId,
      payload,
    });
    await enqueueTask(tx, taskQueues.deliverWebhook, { deliveryId });
  }
}

// The events, one function each, called by the use cases in their transactions. Personal data:
// the candidate's name and e-mail when an application is created (so a receiver can make its own
// record), otherwise ids and codes only.

export async function announceApplicationCreated(
  tx: Queryable,
  application: ApplicationRef,
): Promise<void> {
  const candidate = await findCandidate(tx, application.candidateId);
  await queueWebhookEvent(
    tx,
    'application.created',
    applicationCreatedData({
      ...application,
      stage: 'applied',
      fullName: candidate?.fullName ?? null,
      email: candidate?.email ?? null,
    }),
    application.candidateId,
  );
}

/**
 * The same event for each application an import wrote, at the stage it was imported at. The
 * endpoints are looked up once: without one, a chunk of thousands of rows costs one query.
 */
export async function announceImportedApplications(
  tx: Queryable,
  applications: readonly CreatedApplication[],
): Promise<void> {
  if (!applications.length || !(await endpointsFor(tx, 'application.created')).length) return;
  for (const application of applications) {
    await queueWebhookEvent(
      tx,
      'application.created',
      applicationCreatedData(application),
      application.candidateId,
    );
  }
}

interface CreatedApplication {
  id: string;
  jobId: string;
  stage: string;
  candidateId: string;
  fullName: string | null;
  email: string | null;
}

function applicationCreatedData(application: CreatedApplication): Record<string, unknown> {
  return {
    application: { id: application.id, jobId: application.jobId, stage: application.stage },
    candidate: {
      id: application.candidateId,
      fullName: application.fullName,
      email: application.email,
    },
  };
}

export function announceStageChange(
  tx: Queryable,
  application: ApplicationRef,
  move: { from: string; to: string; rejectionReason: string | null },
): Promise<void> {
  return queueApplicationEvent(tx, 'application.stage_changed', application, {
    fromStage: move.from,
    toStage: move.to,
    rejectionReason: move.rejectionReason,
  });
}

const interviewEvents = {
  'interview.scheduled': 'interview.scheduled',
  'interview.rescheduled': 'interview.rescheduled',
  'interview.cancelled': 'interview.cancelled',
  // To an integration a no-show is the interview called off: it will not take place.
  'interview.no_show': 'interview.cancelled',
} as const;

/** Scheduled, rescheduled or cancelled (a completed interview is not an event of its own). */
export async function announceInterview(
  tx: Queryable,
  action: string,
  interview: {
    id: string;
    applicationId: string;
    jobId: string;
    candidateId: string;
    stage: string;
    status: string;
    sequence: number;
    startsAt: Date | null;
    durationMinutes: number;
  },
): Promise<void> {
  const type = interviewEvents[action as keyof typeof interviewEvents];
  if (!type) return;
  await queueWebhookEvent(
    tx,
    type,
    {
      interview: {
        id: interview.id,
        applicationId: interview.applicationId,
        jobId: interview.jobId,
        stage: interview.stage,
        status: interview.status,
        sequence: interview.sequence,
        startsAt: interview.startsAt?.toISOString() ?? null,
        durationMinutes: interview.durationMinutes,
      },
      candidate: { id: interview.candidateId },
    },
    interview.candidateId,
  );
}

export function announceDecision(
  tx: Queryable,
  application: ApplicationRef,
  decision: { stage: string; outcome: string },
): Promise<void> {
  return queueApplicationEvent(tx, 'decision.recorded', application, { decision });
}

/** The answer's kind only: amounts and reasons stay in Seleksi. */
export function announceOfferAnswer(
  tx: Queryable,
  application: ApplicationRef,
  offer: { id: string; version: number; answer: string },
): Promise<void> {
  return queueApplicationEvent(tx, 'offer.answered', application, { offer });
}

interface ApplicationRef {
  id: string;
  jobId: string;
  candidateId: string;
}

/** An event about one application: its ids and its candidate's, then what happened. */
function queueApplicationEvent(
  tx: Queryable,
  type: WebhookEvent,
  application: ApplicationRef,
  happened: Record<string, unknown>,
): Promise<void> {
  const data = {
    application: { id: application.id, jobId: application.jobId },
    candidate: { id: application.candidateId },
    ...happened,
  };
  return queueWebhookEvent(tx, type, data, application.candidateId);
}

/**
 * Scrubs the candidate from every delivery, queued or logged, then tells the receivers by id so
 * they can erase their own copy.
 */
export async function announceErasure(tx: Queryable, candidateId: string): Promise<void> {
  await scrubCandidateDeliveries(tx, candidateId);
  await queueWebhookEvent(tx, 'candidate.erased', { candidate: { id: candidateId } }, null);
}
