export const roles = ['admin', 'recruiter', 'hiring_manager', 'interviewer'] as const;
export type Role = (typeof roles)[number];

/** The places a user can hold in one job's hiring team. */
export const teamRoles = ['recruiter', 'hiring_manager', 'interviewer'] as const;
export type TeamRole = (typeof teamRoles)[number];

/** Admins and recruiters (HR) work across every job; the others only inside their hiring teams. */
export function seesAllJobs(role: Role): boolean {
  return role === 'admin' || role === 'recruiter';
}

/** Opening jobs, adding candidates and overriding the HR gate are HR's work. */
export function isHr(role: Role): boolean {
  return seesAllJobs(role);
}
