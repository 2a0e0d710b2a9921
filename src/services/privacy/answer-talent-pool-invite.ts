import type { Database, Queryable } from '../../db/database';
import { findCandidateContact } from '../../db/queries/candidate-contacts';
import { isProcessingRestricted } from '../../db/queries/data-requests';
import {
  answerTalentPoolInvitation,
  type TalentPoolInvitationRow,
} from '../../db/queries/talent-pool-invitations';
import { findJob, findJobRecruiter } from '../../db/queries/jobs';
import { findUserById } from '../../db/queries/users';
import {
  candidateActionHeadline,
  candidateActionText,
} from '../../domain/scheduling/interview-wording';
import type { Actor } from '../actor';
import { recordAudit } from '../audit-log/audit-service';
import { queueEmail } from '../email/email-service';
import type { MailSettings } from '../../config';
import { NotFound } from '../errors';
import { requireTheCandidate } from '../portal/candidate-acts';
import { candidatePageLink } from '../email/candidate-page-link';
import { joinTalentPool, requireCurrentNotice } from './talent-pool-consent';
import { usableInvitation } from './open-talent-pool-invitation';

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
