import type { TeamMember } from '../hiring-team';
import type { Locale } from '../locale';
import type { TeamRole } from '../roles';

/**
 * The places in a job's hiring team whose new holder is told by e-mail: the recruiter (HR) and
 * the hiring manager run the job from their Today, and nothing there says a job became theirs
 * until a candidate waits. Interviewers hear when they are booked on a panel.
 */
export const noticedTeamRoles: readonly TeamRole[] = ['recruiter', 'hiring_manager'];

/**
 * Who is new in a noticed place after a team change: not someone who held that place before, and
 * not the person making the change (they know).
 */
export function newlyAssigned(
  before: readonly TeamMember[],
  after: readonly TeamMember[],
  actorId: string,
): TeamMember[] {
  return after.filter(
    (member) =>
      noticedTeamRoles.includes(member.teamRole) &&
      member.userId !== actorId &&
      !before.some((old) => old.userId === member.userId && old.teamRole === member.teamRole),
  );
}

const roleText: Record<Locale, Record<TeamRole, string>> = {
  id: {
    recruiter: 'HR (recruiter)',
    hiring_manager: 'user (calon atasan)',
    interviewer: 'pewawancara',
  },
  en: {
    recruiter: 'HR (recruiter)',
    hiring_manager: 'user (hiring manager)',
    interviewer: 'interviewer',
  },
};

/** The team place as the notice names it, in the recipient's language. */
export function teamRoleText(role: TeamRole, locale: Locale): string {
  return roleText[locale][role];
}
