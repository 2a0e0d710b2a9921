import type { Queryable } from '../../db/database';
import { findJobRecruiter } from '../../db/queries/jobs';
import { findActiveUsersByIds } from '../../db/queries/users';

/**
 * The address of the job's recruiter (the HR owner on its team), for the Reply-To of a message to a
 * candidate that no HR user caused (the careers page's "application received", an offer reminder):
 * the message asks the candidate to reply, so someone who reads must get it. None when the job has
 * no recruiter or theirs is deactivated (a deactivated account reads no mail).
 */
export async function jobRecruiterInbox(
  db: Queryable,
  jobId: string,
): Promise<{ email: string } | undefined> {
  const recruiter = await findJobRecruiter(db, jobId);
  if (!recruiter) return undefined;
  const [user] = await findActiveUsersByIds(db, [recruiter.userId]);
  return user ? { email: user.email } : undefined;
}
