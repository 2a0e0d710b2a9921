import type { Queryable } from '../../db/database';
import { findCandidateContact } from '../../db/queries/candidate-contacts';
import { insertConsent, listConsentsOfCandidate } from '../../db/queries/consents';
import { lockCandidates } from '../../db/queries/duplicates';
import { outdatedNoticeProblem, privacyNoticeVersion } from '../../domain/careers';
import { talentPoolStanding, type ConsentChannel } from '../../domain/privacy/talent-pool';
import { Invalid } from '../errors';

/** Joining takes the privacy notice the candidate read: an older version is refused. */
export function requireCurrentNotice(version: string): void {
  const problem = outdatedNoticeProblem(version);
  if (problem) throw new Invalid([problem]);
}

/** Records the consent unless one already stands (a repeated click is not a second consent). */
export async function joinTalentPool(
  tx: Queryable,
  candidateId: string,
  applicationId: string | null,
  channel: ConsentChannel,
): Promise<boolean> {
  // Joining from the portal and from an invitation at the same moment records one consent.
  await lockCandidates(tx, [candidateId]);
  const consents = await listConsentsOfCandidate(tx, candidateId);
  if (talentPoolStanding(consents).status === 'member') return false;
  const candidate = (await findCandidateContact(tx, candidateId))!;
  await insertConsent(tx, {
    candidateId,
    applicationId,
    purpose: 'talent_pool',
    channel,
    privacyNoticeVersion,
    locale: candidate.locale,
  });
  return true;
}
