import type { Queryable } from '../../db/database';
import {
  findCandidateContact,
  type CandidateContactRow,
} from '../../db/queries/candidate-contacts';
import type { InterviewRow } from '../../db/queries/interviews';
import { findJob, listTeamMembers, type JobRow } from '../../db/queries/jobs';
import { findActiveUsersByIds, findUserById, type UserRow } from '../../db/queries/users';

export interface Interviewer extends UserRow {
  isHiringManager: boolean;
  isRecruiter: boolean;
}

/** Everyone an interview's messages are about or addressed to. */
export interface InterviewPeople {
  candidate: CandidateContactRow;
  job: JobRow;
  interviewers: Interviewer[];
  /** The job's recruiter: signs candidate e-mails, hears about the candidate's answers. */
  recruiter: UserRow | undefined;
}

export async function loadInterviewPeople(
  db: Queryable,
  interview: Pick<InterviewRow, 'candidateId' | 'jobId' | 'interviewerIds'>,
): Promise<InterviewPeople> {
  const [candidate, job, team, interviewers] = [
    await findCandidateContact(db, interview.candidateId),
    await findJob(db, interview.jobId),
    await listTeamMembers(db, [interview.jobId]),
    await findActiveUsersByIds(db, interview.interviewerIds),
  ];
  if (!candidate || !job) throw new Error('An interview without its candidate or job');
  const recruiterId = team.find((member) => member.teamRole === 'recruiter')?.userId;
  const hasRole = (userId: string, role: string) =>
    team.some((member) => member.userId === userId && member.teamRole === role);
  return {
    candidate,
    job,
    interviewers: interviewers.map((user) => ({
      ...user,
      isHiringManager: hasRole(user.id, 'hiring_manager'),
      isRecruiter: hasRole(user.id, 'recruiter') || user.role === 'recruiter',
    })),
    recruiter: recruiterId ? await findUserById(db, recruiterId) : undefined,
  };
}
