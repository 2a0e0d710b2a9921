import type { Database, Queryable } from '../../db/database';
import type { ApplicationRow } from '../../db/queries/applications';
import type { Actor } from '../actor';
import { Conflict, Forbidden, NotFound } from '../errors';
import { applicationOfToken } from './portal-link-service';
import { findInterview, type InterviewRow } from '../../db/queries/interviews';
import { portalAcceptsActions } from '../../domain/portal/candidate-portal';
import { recordAudit } from '../audit-log/audit-service';

/**
 * Behind a private link only the candidate acts. HR can see the links (to pass them on), so a click
 * from a browser signed in as staff would be recorded as the candidate's own: refuse it. Staff have
 * their own screens for the same changes.
 */
export function requireTheCandidate(signedIn: Actor | undefined): void {
  if (signedIn) {
    throw new Forbidden(
      'Only the candidate acts behind this link; staff use their own screens, signed in.',
    );
  }
}

/**
 * What every act behind a private link starts with: the candidate only, then the application the
 * link belongs to, read and acted on in one transaction. A wrong, revoked or expired link is a 404
 * with nothing changed.
 */
export async function actBehindLink<T>(
  db: Database,
  token: string,
  signedIn: Actor | undefined,
  act: (tx: Queryable, application: ApplicationRow) => Promise<T>,
): Promise<T> {
  requireTheCandidate(signedIn);
  return db.transaction(async (tx) => act(tx, await applicationOfToken(tx, token)));
}

/** The link still opens after the process ended, but takes no more acts about it. */
export function processEnded(): Conflict {
  return new Conflict(
    [{ path: 'application', code: 'process_ended', message: 'This application has ended.' }],
    'This application has ended.',
  );
}

/** The candidate acted (no user): the entry names the application and the interview only. */
export function auditPortal(
  tx: Queryable,
  interview: InterviewRow,
  action: 'portal.confirmed' | 'portal.reschedule_requested',
): Promise<void> {
  return recordAudit(tx, {
    actor: null,
    action,
    entityId: interview.applicationId,
    candidateId: interview.candidateId,
    detail: { interviewId: interview.id },
  });
}

/**
 * What the candidate's answers to an interview start with: the interview, locked, is the link's
 * own, the process still open, and the interview still ahead.
 */
export async function lockActionableInterview(
  tx: Queryable,
  application: ApplicationRow,
  interviewId: string,
): Promise<InterviewRow> {
  const interview = await findInterview(tx, interviewId, { forUpdate: true });
  if (!interview || interview.applicationId !== application.id) throw new NotFound('Interview');
  if (!portalAcceptsActions(application.stage)) throw processEnded();
  if (interview.status !== 'scheduled' || interview.startsAt.getTime() < Date.now()) {
    throw new Conflict(
      [
        {
          path: 'interviewId',
          code: 'interview_not_upcoming',
          message: 'This interview is not upcoming.',
        },
      ],
      'This interview is no longer upcoming.',
    );
  }
  return interview;
}
