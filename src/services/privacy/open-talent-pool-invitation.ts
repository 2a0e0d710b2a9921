import { companyNameOf } from '../brand/brand-service';
import type { Database, Queryable } from '../../db/database';
import { findCandidateContact } from '../../db/queries/candidate-contacts';
import { listConsentsOfCandidate } from '../../db/queries/consents';
import {
  findTalentPoolInvitation,
  type TalentPoolInvitationRow,
} from '../../db/queries/talent-pool-invitations';
import { findJob } from '../../db/queries/jobs';
import { findRetentionMonths } from '../../db/queries/retention';
import { privacyNoticeVersion } from '../../domain/careers';
import { talentPoolStanding, type InvitationState } from '../../domain/privacy/talent-pool';
import { tokenHash } from '../auth/auth-service';
import type { MailSettings } from '../../config';
import { NotFound } from '../errors';

export interface TalentPoolInvitationView {
  candidateName: string;
  locale: 'id' | 'en';
  companyName: string;
  jobTitle: string | null;
  retentionMonths: number;
  privacyNoticeVersion: string;
  expiresAt: Date;
  /**
   * Where the candidate stands now: `open` until they answer; `member` while in the pool (by this
   * answer or another way); `left` once they withdrew; `declined` after a no.
   */
  state: InvitationState;
}

/** What the invitation page shows. An unknown or expired link is NotFound, as for the portal. */
export async function openTalentPoolInvitation(
  db: Database,
  mail: MailSettings,
  token: string,
): Promise<TalentPoolInvitationView> {
  const invitation = await usableInvitation(db, token);
  const candidate = (await findCandidateContact(db, invitation.candidateId))!;
  const job = invitation.jobId ? await findJob(db, invitation.jobId) : undefined;
  const standing = talentPoolStanding(await listConsentsOfCandidate(db, invitation.candidateId));
  return {
    candidateName: candidate.fullName,
    locale: candidate.locale,
    companyName: await companyNameOf(db, mail),
    jobTitle: job?.title ?? null,
    retentionMonths: await findRetentionMonths(db),
    privacyNoticeVersion,
    expiresAt: invitation.expiresAt,
    state:
      standing.status === 'member'
        ? 'member'
        : invitation.answer === 'agreed'
          ? 'left'
          : (invitation.answer ?? 'open'),
  };
}

/** The invitation behind a link, while it lasts: what opening and answering it start from. */
export async function usableInvitation(
  db: Queryable,
  token: string,
  forUpdate = false,
): Promise<TalentPoolInvitationRow> {
  const invitation = await findTalentPoolInvitation(db, tokenHash(token), forUpdate);
  if (!invitation || invitation.expiresAt.getTime() <= Date.now()) {
    throw new NotFound('Invitation');
  }
  return invitation;
}
