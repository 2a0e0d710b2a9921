import type { JobStatus } from './job';
import type { FieldProblem } from './result';
import type { Role, TeamRole } from './roles';

export interface HiringTeamInput {
  recruiterId: string;
  hiringManagerId: string;
  interviewerIds: string[];
}

export interface TeamMember {
  userId: string;
  teamRole: TeamRole;
}

/**
 * Which places in a hiring team a user with this role can hold: the recruiter place takes HR
 * (recruiters, and admins standing in), the hiring manager ("user") place takes hiring managers and
 * admins, and anyone may sit on the interview panel. The one source for composing a team and for
 * changing someone's role.
 */
export function canHoldTeamPlace(role: Role, place: TeamRole): boolean {
  switch (place) {
    case 'recruiter':
      return role === 'recruiter' || role === 'admin';
    case 'hiring_manager':
      return role === 'hiring_manager' || role === 'admin';
    case 'interviewer':
      return true;
  }
}

/** A place a user holds in a job's hiring team. */
export interface HeldTeamPlace {
  jobId: string;
  jobTitle: string;
  jobStatus: JobStatus;
  teamRole: TeamRole;
}

/** How a refused role change names each place: `params.places` of the `holds_team_places` problem. */
export type NamedTeamPlace = Pick<HeldTeamPlace, 'jobId' | 'jobTitle' | 'teamRole'>;

/**
 * The places a user holds that `newRole` could not hold. A role change with any is refused: the
 * job would keep a recruiter or hiring manager who no longer is one, until someone noticed.
 *
 * Places in closed jobs do not count. A closed job's team is the record of who ran that hiring;
 * refusing would make admins rewrite finished jobs before anyone could change role. Opening such a
 * job again checks its team with the same rule (job-service), so a former hiring manager does not
 * regain a hiring manager's rights there; HR chooses someone else in the job first.
 */
export function placesLostByRoleChange<P extends Pick<HeldTeamPlace, 'jobStatus' | 'teamRole'>>(
  places: readonly P[],
  newRole: Role,
): P[] {
  return places.filter(
    (place) => place.jobStatus !== 'closed' && !canHoldTeamPlace(newRole, place.teamRole),
  );
}

/**
 * Checks a hiring team against the people who exist: one HR recruiter, one "user"
 * (the future direct boss), and any interviewers. Returns the members or the problems.
 */
export function composeHiringTeam(
  team: HiringTeamInput,
  usersById: ReadonlyMap<string, { role: Role }>,
): { members: TeamMember[]; problems: FieldProblem[] } {
  const problems: FieldProblem[] = [];
  const roleOf = (id: string) => usersById.get(id)?.role;

  // The two single places: someone who exists, in a role that may hold the place.
  const singlePlaces = [
    ['team.recruiterId', team.recruiterId, 'recruiter', 'Choose a recruiter (HR).'],
    [
      'team.hiringManagerId',
      team.hiringManagerId,
      'hiring_manager',
      'Choose a hiring manager (the future direct boss).',
    ],
  ] as const;
  for (const [path, userId, place, wrongRole] of singlePlaces) {
    const role = roleOf(userId);
    if (!role) problems.push(unknownUser(path));
    else if (!canHoldTeamPlace(role, place)) {
      problems.push({ path, code: 'wrong_role', message: wrongRole });
    }
  }
  // Name a problem by the position the user gave it, before repeats are dropped.
  team.interviewerIds.forEach((id, index) => {
    if (team.interviewerIds.indexOf(id) === index && !roleOf(id)) {
      problems.push(unknownUser(`team.interviewerIds.${index}`));
    }
  });
  const interviewerIds = [...new Set(team.interviewerIds)];

  const members: TeamMember[] = [
    { userId: team.recruiterId, teamRole: 'recruiter' },
    { userId: team.hiringManagerId, teamRole: 'hiring_manager' },
    ...interviewerIds.map((userId) => ({ userId, teamRole: 'interviewer' as const })),
  ];
  return { members, problems };
}

const unknownUser = (path: string): FieldProblem => ({
  path,
  code: 'unknown_user',
  message: 'No active user with this id.',
});
