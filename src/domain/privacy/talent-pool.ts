/**
 * The talent pool: a candidate who applied for one opening may be considered for others only with
 * their own consent to that (UU PDP: consent is given for a specific purpose). The consent is
 * separate from the recruitment consent and can be withdrawn without ending the application.
 */

export const consentPurposes = ['recruitment', 'talent_pool'] as const;
export type ConsentPurpose = (typeof consentPurposes)[number];

export const consentChannels = ['apply_form', 'portal', 'invitation', 'hr_import'] as const;
export type ConsentChannel = (typeof consentChannels)[number];

export interface ConsentRecord {
  purpose: ConsentPurpose;
  /** How it was recorded: `hr_import` is HR's record of a basis it holds, not the candidate's act. */
  channel: ConsentChannel;
  givenAt: Date;
  withdrawnAt: Date | null;
}

export const talentPoolStatuses = ['member', 'left', 'never_joined'] as const;

export type TalentPoolStanding =
  { status: 'member'; since: Date } | { status: 'left'; since: Date } | { status: 'never_joined' };

/** Whether the candidate is in the pool now, left it, or never joined. */
export function talentPoolStanding(consents: readonly ConsentRecord[]): TalentPoolStanding {
  const pool = consents.filter((consent) => consent.purpose === 'talent_pool');
  const standing = pool.find((consent) => !consent.withdrawnAt);
  if (standing) return { status: 'member', since: standing.givenAt };
  const left = pool
    .map((consent) => consent.withdrawnAt!)
    .sort((a, b) => b.getTime() - a.getTime())[0];
  return left ? { status: 'left', since: left } : { status: 'never_joined' };
}

/**
 * A candidate who gave their data for one recruitment (the careers page records that consent)
 * may be put forward for another job only while they are in the talent pool. Candidates HR
 * entered themselves carry no recorded consent: the company holds their basis (a referral, an
 * agency) outside Seleksi, so nothing here stops them.
 */
export function needsTalentPoolConsent(consents: readonly ConsentRecord[]): boolean {
  return gaveDataForOneRecruitment(consents) && talentPoolStanding(consents).status !== 'member';
}

/**
 * The candidate gave their data themselves, for a recruitment (the careers page records it). An
 * import's record is not that: HR holds the basis, as for candidates it enters by hand, and the
 * imported candidate was told (the privacy notice), so HR may put them forward for any job.
 */
export function gaveDataForOneRecruitment(consents: readonly ConsentRecord[]): boolean {
  return consents.some(
    (consent) => consent.purpose === 'recruitment' && consent.channel !== 'hr_import',
  );
}

/** How long HR's invitation to join stays open. */
export const talentPoolInvitationDays = 30;

/**
 * An invitation's e-mail is keyed by the invitation, so an e-mail that can never reach the
 * candidate can end its invitation (HR may then ask again) instead of leaving it pending.
 */
const invitationKeyPrefix = 'talent-pool:';
export const invitationEmailKey = (tokenHash: string): string =>
  `${invitationKeyPrefix}${tokenHash}`;
export function invitationOfEmailKey(emailKey: string): string | undefined {
  return emailKey.startsWith(invitationKeyPrefix)
    ? emailKey.slice(invitationKeyPrefix.length)
    : undefined;
}

export function invitationExpiresAt(createdAt: Date): Date {
  return new Date(createdAt.getTime() + talentPoolInvitationDays * 24 * 60 * 60 * 1000);
}

/** Once the candidate said no, HR does not ask again for this long. */
export const declinedQuietDays = 180;

export const invitationRefusals = [
  'already_in_talent_pool',
  'left_talent_pool',
  'talent_pool_consent_not_needed',
  'invitation_pending',
  'invitation_declined',
] as const;
export type InvitationRefusal = (typeof invitationRefusals)[number];

/** A talent-pool invitation is answered yes or no (or not at all). */
export const invitationAnswers = ['agreed', 'declined'] as const;
export type InvitationAnswer = (typeof invitationAnswers)[number];

/** What the invitation page shows: still open, joined, joined and left since, or said no. */
export const invitationStates = ['open', 'member', 'left', 'declined'] as const;
export type InvitationState = (typeof invitationStates)[number];

/**
 * Why HR may not ask the candidate to join now, if anything: asking someone who left, who has an
 * unanswered invitation, or who said no recently would be pressing them.
 */
export function invitationRefusal(
  consents: readonly ConsentRecord[],
  invitations: readonly {
    expiresAt: Date;
    answer: 'agreed' | 'declined' | null;
    answeredAt: Date | null;
  }[],
  now: Date,
): InvitationRefusal | undefined {
  const standing = talentPoolStanding(consents);
  if (standing.status === 'member') return 'already_in_talent_pool';
  if (standing.status === 'left') return 'left_talent_pool';
  if (!needsTalentPoolConsent(consents)) return 'talent_pool_consent_not_needed';
  if (invitations.some((i) => !i.answer && i.expiresAt > now)) return 'invitation_pending';
  const again = askAgainFrom(invitations);
  return again && again > now ? 'invitation_declined' : undefined;
}

/** After the latest no, when HR may ask again; undefined when the candidate never said no. */
export function askAgainFrom(
  invitations: readonly { answer: 'agreed' | 'declined' | null; answeredAt: Date | null }[],
): Date | undefined {
  const lastNo = invitations
    .filter((i) => i.answer === 'declined' && i.answeredAt)
    .map((i) => i.answeredAt!.getTime())
    .sort((a, b) => b - a)[0];
  return lastNo === undefined ? undefined : new Date(lastNo + declinedQuietDays * 86_400_000);
}

/** Joining the talent pool is for a candidate still looking: not once hired. */
export function mayJoinTalentPool(stage: string): boolean {
  return stage !== 'hired';
}

/**
 * Whether the portal offers the talent pool: to join it, or to a member, to leave it. Not while
 * the candidate holds an offer or once hired ("other openings" then reads as if this one were
 * lost); a member there can still withdraw consent through the portal's data request.
 */
export function portalOffersTalentPool(stage: string, member: boolean): boolean {
  if (stage === 'offer' || stage === 'hired') return false;
  return member || mayJoinTalentPool(stage);
}
