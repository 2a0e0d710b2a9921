import { companyNameOf } from '../brand/brand-service';
import type { Database, Queryable } from '../../db/database';
import { findCandidateContact } from '../../db/queries/candidate-contacts';
import { listConsentsOfCandidate } from '../../db/queries/consents';
import { isProcessingRestricted } from '../../db/queries/data-requests';
import {
  answerTalentPoolInvitation,
  insertTalentPoolInvitation,
  listTalentPoolInvitationsOf,
  type TalentPoolInvitationRow,
} from '../../db/queries/talent-pool-invitations';
import { lockCandidates } from '../../db/queries/duplicates';
import { findJob, findJobRecruiter } from '../../db/queries/jobs';
import { findUserById } from '../../db/queries/users';
import {
  invitationEmailKey,
  invitationExpiresAt,
  invitationRefusal,
} from '../../domain/privacy/talent-pool';
import {
  candidateActionHeadline,
  candidateActionText,
} from '../../domain/scheduling/interview-wording';
import { formatInterviewTime } from '../../domain/scheduling/zoned-time';
import type { Actor } from '../actor';
import { requireCandidateAccess, requireHr, requireJobAccess } from '../access-policy';
import { recordAudit } from '../audit-log/audit-service';
import { newToken, tokenHash } from '../auth/auth-service';
import { queueEmail } from '../email/email-service';
import type { MailSettings } from '../../config';
import { Conflict, Invalid, NotFound, whenNotFound } from '../errors';
import { requireTheCandidate } from '../portal/candidate-acts';
import { candidatePageLink } from '../email/candidate-page-link';
import { joinTalentPool, requireCurrentNotice } from './talent-pool-consent';
import { usableInvitation } from './open-talent-pool-invitation';

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

/**
 * The candidate answers. Agreeing records the talent-pool consent with the notice version they
 * read; either way the inviter hears of it. The first answer stands: a second one changes nothing.
 */
export async function answerTalentPoolInvite(
  db: Database,
  mail: MailSettings,
  token: string,
  input: { agree: boolean; privacyNoticeVersion: string },
  signedIn: Actor | undefined,
): Promise<{ state: 'agreed' | 'declined' }> {
  requireTheCandidate(signedIn);
  return db.transaction(async (tx) => {
    const invitation = await usableInvitation(tx, token, true);
    if (invitation.answer) return { state: invitation.answer };
    if (await isProcessingRestricted(tx, invitation.candidateId)) throw new NotFound('Invitation');
    if (input.agree) {
      requireCurrentNotice(input.privacyNoticeVersion);
      await joinTalentPool(tx, invitation.candidateId, null, 'invitation');
    }
    const answer = input.agree ? 'agreed' : 'declined';
    await answerTalentPoolInvitation(tx, invitation.tokenHash, answer);
    await recordAudit(tx, {
      actor: null,
      action: input.agree ? 'talent_pool.joined' : 'talent_pool.declined',
      entityId: invitation.candidateId,
      candidateId: invitation.candidateId,
      detail: { channel: 'invitation' },
    });
    await tellInviter(
      tx,
      mail,
      invitation,
      input.agree ? 'joined_talent_pool' : 'declined_talent_pool',
    );
    return { state: answer };
  });
}

async function tellInviter(
  tx: Queryable,
  mail: MailSettings,
  invitation: TalentPoolInvitationRow,
  news: 'joined_talent_pool' | 'declined_talent_pool',
): Promise<void> {
  const job = invitation.jobId ? await findJob(tx, invitation.jobId) : undefined;
  const inviter = invitation.invitedBy ? await findUserById(tx, invitation.invitedBy) : undefined;
  // Someone must hear the answer: the job's recruiter when the inviter has left.
  const recruiterId = job ? (await findJobRecruiter(tx, job.id))?.userId : undefined;
  const to = inviter?.active
    ? inviter
    : recruiterId
      ? await findUserById(tx, recruiterId)
      : undefined;
  if (!to?.active) return;
  const candidate = (await findCandidateContact(tx, invitation.candidateId))!;
  await queueEmail(tx, {
    idempotencyKey: `talent-pool:${invitation.tokenHash}:answer`,
    template: 'candidate_update',
    locale: to.locale,
    to: { name: to.name, email: to.email },
    values: {
      recruiterName: to.name,
      candidateName: candidate.fullName,
      jobTitle: job?.title ?? '',
      headline: candidateActionHeadline(news, to.locale),
      update: candidateActionText(news, to.locale),
      applicationLink: candidatePageLink(mail, invitation.candidateId),
    },
    aboutCandidateId: invitation.candidateId,
  });
}
