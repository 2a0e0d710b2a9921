import { randomUUID } from 'node:crypto';
import type { MailSettings } from '../../config';
import type { Queryable } from '../../db/database';
import { findCandidateContact } from '../../db/queries/candidate-contacts';
import { findJob } from '../../db/queries/jobs';
import { isLaterStage, type ActiveStage } from '../../domain/pipeline';
import { reportLabels } from '../../domain/reports/report-labels';
import { candidatePageLink } from '../email/candidate-page-link';
import { queueEmail } from '../email/email-service';
import { userStagePeople } from './user-stage-people';

/** Reopened at the user interview or later: the hiring manager's part of the process again. */
export const reopensUserStage = (to: ActiveStage) =>
  to === 'user_interview' || isLaterStage(to, 'user_interview');

/**
 * The counterpart of `hr_ended_application`: HR reopening an application at or past the user
 * interview puts it back in the hiring manager's hands, so the job's hiring managers and the
 * user-stage panel (those booked before, whose interviews the ending called off) hear it, with
 * HR's reason (staff only), one message each in their language, in the caller's transaction.
 */
export async function tellUserStageOfReopening(
  tx: Queryable,
  mail: MailSettings,
  application: { id: string; candidateId: string; jobId: string },
  reopening: { to: ActiveStage; note: string | null },
): Promise<void> {
  const recipients = await userStagePeople(tx, application, { withCancelled: true });
  if (!recipients.length) return;
  const candidate = (await findCandidateContact(tx, application.candidateId))!;
  const job = (await findJob(tx, application.jobId))!;
  const notice = randomUUID();
  for (const person of recipients) {
    await queueEmail(tx, {
      idempotencyKey: `application:${application.id}:hr-reopened:${notice}:${person.id}`,
      template: 'hr_reopened_application',
      locale: person.locale,
      to: { name: person.name, email: person.email },
      values: {
        recipientName: person.name,
        candidateName: candidate.fullName,
        jobTitle: job.title,
        stageName: reportLabels(person.locale).stage(reopening.to),
        reason: reopening.note ?? '',
        applicationLink: candidatePageLink(mail, application.candidateId),
      },
      applicationId: application.id,
    });
  }
}
