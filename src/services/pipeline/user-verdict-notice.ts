import { randomUUID } from 'node:crypto';
import type { MailSettings } from '../../config';
import type { Queryable } from '../../db/database';
import { findJobRecruiter } from '../../db/queries/jobs';
import { findActiveUsersByIds } from '../../db/queries/users';
import { userVerdictText, type UserVerdict } from '../../domain/email/user-verdict-notice';
import type { Actor } from '../actor';
import { findNoticedApplication, queueStaffNotice } from '../email/staff-notice';

/**
 * Tells the job's recruiter the hiring manager's verdict at the user interview (staff only, in
 * their language), in the caller's transaction: telling the candidate or starting the offer is
 * HR's next step.
 */
export async function tellRecruiterOfUserVerdict(
  tx: Queryable,
  mail: MailSettings,
  manager: Actor,
  application: { id: string; candidateId: string; jobId: string },
  verdict: { verdict: UserVerdict; note: string | null },
): Promise<void> {
  const recruiter = await findJobRecruiter(tx, application.jobId);
  if (!recruiter || recruiter.userId === manager.id) return;
  const people = await findActiveUsersByIds(tx, [recruiter.userId, manager.id]);
  const person = people.find((user) => user.id === recruiter.userId);
  if (!person) return;
  const author = people.find((user) => user.id === manager.id);
  const noticed = await findNoticedApplication(tx, application);
  const notice = {
    template: 'user_verdict',
    key: `application:${application.id}:user-verdict:${randomUUID()}`,
  } as const;
  await queueStaffNotice(tx, mail, noticed, person, notice, {
    verdict: userVerdictText(verdict.verdict, person.locale),
    managerName: author?.name ?? '',
    note: verdict.note || '-',
  });
}
