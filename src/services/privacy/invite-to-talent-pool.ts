import { companyNameOf } from '../brand/brand-service';
import type { Database, Queryable } from '../../db/database';
import { findCandidateContact } from '../../db/queries/candidate-contacts';
import { listConsentsOfCandidate } from '../../db/queries/consents';
import { isProcessingRestricted } from '../../db/queries/data-requests';
import {
  insertTalentPoolInvitation,
  listTalentPoolInvitationsOf,
} from '../../db/queries/talent-pool-invitations';
import { lockCandidates } from '../../db/queries/duplicates';
import { findUserById } from '../../db/queries/users';
import {
  invitationEmailKey,
  invitationExpiresAt,
  invitationRefusal,
} from '../../domain/privacy/talent-pool';
import { formatInterviewTime } from '../../domain/scheduling/zoned-time';
import type { Actor } from '../actor';
import { requireCandidateAccess, requireHr, requireJobAccess } from '../access-policy';
import { recordAudit } from '../audit-log/audit-service';
import { newToken, tokenHash } from '../auth/auth-service';
import { queueEmail } from '../email/email-service';
import type { MailSettings } from '../../config';
import { Conflict, Invalid, NotFound, whenNotFound } from '../errors';

/**
 * HR asks a past candidate, by e-mail, whether they may be considered for `jobId` and other
 * openings. The link is the candidate's key (only its hash is kept) and works for 30 days.
 */
export async function inviteToTalentPool(
  db: Database,
  mail: MailSettings,
  actor: Actor,
  candidateId: string,
  input: { jobId: string },
): Promise<{ expiresAt: Date }> {
  requireHr(actor);
  return db.transaction(async (tx) => {
    await requireCandidateAccess(tx, actor, candidateId);
    const candidate = await findCandidateContact(tx, candidateId);
    if (!candidate) throw new NotFound('Candidate');
    const job = await requireJobAccess(tx, actor, input.jobId).catch(
      whenNotFound(
        () =>
          new Invalid([{ path: 'jobId', code: 'unknown_job', message: 'No job with this id.' }]),
      ),
    );
    if (job.status !== 'open') {
      throw refused('jobId', 'job_not_open', 'Invite candidates to open jobs only.');
    }
    // One invitation at a time, even when two HR users click at once.
    await lockCandidates(tx, [candidateId]);
    await requireMayInvite(tx, candidateId);
    const token = newToken();
    const now = new Date();
    const expiresAt = invitationExpiresAt(now);
    await insertTalentPoolInvitation(tx, {
      tokenHash: tokenHash(token),
      candidateId,
      jobId: job.id,
      invitedBy: actor.id,
      expiresAt,
    });
    const inviter = await findUserById(tx, actor.id);
    const { publicUrl } = mail;
    const companyName = await companyNameOf(tx, mail);
    const expires = formatInterviewTime(expiresAt, 'Asia/Jakarta', candidate.locale);
    await queueEmail(tx, {
      idempotencyKey: invitationEmailKey(tokenHash(token)),
      template: 'talent_pool_invitation',
      locale: candidate.locale,
      to: { name: candidate.fullName, email: candidate.email },
      values: {
        candidateName: candidate.fullName,
        jobTitle: job.title,
        companyName,
        recruiterName: inviter?.name ?? companyName,
        invitationLink: `${publicUrl}/talent-pool/${token}`,
        linkExpiresAt: `${expires.date}, ${expires.time}`,
      },
      candidateId,
    });
    await recordAudit(tx, {
      actor,
      action: 'talent_pool.invited',
      entityId: candidateId,
      candidateId,
      detail: { jobId: job.id },
    });
    return { expiresAt };
  });
}

async function requireMayInvite(tx: Queryable, candidateId: string): Promise<void> {
  if (await isProcessingRestricted(tx, candidateId)) {
    throw refused('candidate', 'processing_restricted', 'The candidate withdrew consent.');
  }
  const refusal = invitationRefusal(
    await listConsentsOfCandidate(tx, candidateId),
    await listTalentPoolInvitationsOf(tx, candidateId),
    new Date(),
  );
  if (refusal) throw refused('candidate', refusal, refusalMessages[refusal]);
}

const refusalMessages = {
  already_in_talent_pool: 'The candidate is already in the talent pool.',
  left_talent_pool: 'The candidate left the talent pool; do not ask again.',
  talent_pool_consent_not_needed: 'This candidate may be considered for any job already.',
  invitation_pending: 'An invitation is waiting for the candidate’s answer.',
  invitation_declined: 'The candidate declined lately; do not ask again yet.',
} as const;

function refused(path: string, code: string, message: string): Conflict {
  return new Conflict([{ path, code, message }], message);
}
