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
 * Checks a hiring team against the people who exist: one HR recruiter, one "user"
 * (the future direct boss), and any interviewers. Returns the members or the problems.
 */
export function composeHiringTeam(
  team: HiringTeamInput,
  usersById: ReadonlyMap<string, { role: Role }>,
): { members: TeamMember[]; problems: FieldProblem[] } {
  const problems: FieldProblem[] = [];
  const roleOf = (id: string) => usersById.get(id)?.role;

  const recruiterRole = roleOf(team.recruiterId);
  if (!recruiterRole) problems.push(unknownUser('team.recruiterId'));
  else if (recruiterRole !== 'recruiter' && recruiterRole !== 'admin') {
    problems.push({
      path: 'team.recruiterId',
      code: 'wrong_role',
      message: 'Choose a recruiter (HR).',
    });
  }
  const managerRole = roleOf(team.hiringManagerId);
  if (!managerRole) problems.push(unknownUser('team.hiringManagerId'));
  else if (managerRole !== 'hiring_manager' && managerRole !== 'admin') {
    problems.push({
      path: 'team.hiringManagerId',
      code: 'wrong_role',
      message: 'Choose a hiring manager (the future direct boss).',
    });
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
