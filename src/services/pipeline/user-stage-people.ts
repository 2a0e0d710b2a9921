import type { Queryable } from '../../db/database';
import { listInterviewsOfApplications } from '../../db/queries/interviews';
import { listTeamMembers } from '../../db/queries/jobs';
import { findActiveUsersByIds, type UserRow } from '../../db/queries/users';

/**
 * The people whose part of the process the user interview is: the job's hiring managers and the
 * interviewers of the application's user-stage interviews, each once, active accounts only.
 * `withCancelled` counts the panel of interviews already called off (they were booked, so they
 * hear of a reopening); `except` leaves out those already told some other way.
 */
export async function userStagePeople(
  tx: Queryable,
  application: { id: string; jobId: string },
  options: { withCancelled: boolean; except?: ReadonlySet<string> },
): Promise<(UserRow & { isJobHiringManager: boolean })[]> {
  const managers = (await listTeamMembers(tx, [application.jobId]))
    .filter((member) => member.teamRole === 'hiring_manager')
    .map((member) => member.userId);
  const panel = (await listInterviewsOfApplications(tx, [application.id]))
    .filter((interview) => interview.stage === 'user')
    .filter((interview) => options.withCancelled || interview.status !== 'cancelled')
    .flatMap((interview) => interview.interviewerIds);
  const ids = [...new Set([...managers, ...panel])].filter((id) => !options.except?.has(id));
  const people = await findActiveUsersByIds(tx, ids);
  return people.map((person) => ({ ...person, isJobHiringManager: managers.includes(person.id) }));
}
