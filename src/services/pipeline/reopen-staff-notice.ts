import { randomUUID } from 'node:crypto';
import type { MailSettings } from '../../config';
import type { Queryable } from '../../db/database';
import { findLastRejection } from '../../db/queries/applications';
import { hrReopeningNote, undoneRejectionLine } from '../../domain/email/hr-ended-notice';
import { isLaterStage, type ActiveStage, type Stage } from '../../domain/pipeline';
import { formatInterviewTime } from '../../domain/scheduling/zoned-time';
import { reportLabels } from '../../domain/reports/report-labels';
import { readsHrEndingReason } from '../access-policy';
import { findNoticedApplication, queueStaffNotice } from '../email/staff-notice';
import { userStagePeople } from './user-stage-people';

/** Reopened at the user interview or later: the hiring manager's part of the process again. */
export const reopensUserStage = (to: ActiveStage) =>
  to === 'user_interview' || isLaterStage(to, 'user_interview');

/**
 * The counterpart of `hr_ended_application`: HR reopening an application at or past the user
 * interview puts it back in the hiring manager's hands, so the job's hiring managers and the
 * user-stage panel (those booked before, whose interviews the ending called off) hear it, with
 * HR's reason for HR and the manager only (readsHrEndingReason), one message each in their language, in the caller's transaction. A
 * manager whose own user-stage rejection this undoes is told so: HR overrules their verdict.
 */
export async function tellUserStageOfReopening(
  tx: Queryable,
  mail: MailSettings,
  application: { id: string; candidateId: string; jobId: string },
  reopening: { from: Stage; to: ActiveStage; note: string | null },
): Promise<void> {
  const recipients = await userStagePeople(tx, application, { withCancelled: true });
  if (!recipients.length) return;
  const noticed = await findNoticedApplication(tx, application);
  const rejectedBy = await managerRejection(tx, application.id, reopening.from);
  const notice = {
    template: 'hr_reopened_application',
    key: `application:${application.id}:hr-reopened:${randomUUID()}`,
  } as const;
  for (const person of recipients) {
    await queueStaffNotice(tx, mail, noticed, person, notice, {
      stageName: reportLabels(person.locale).stage(reopening.to),
      yourRejection: undoneRejectionLine(
        rejectedBy?.actorId === person.id
          ? {
              candidateName: noticed.candidateName,
              date: jakartaDate(rejectedBy.at, person.locale),
            }
          : null,
        person.locale,
      ),
      reason: hrReopeningNote(reopening.note, person.locale, readsHrEndingReason(person, person)),
    });
  }
}

/** The rejection this reopening undoes, when it was made at the user interview. */
async function managerRejection(tx: Queryable, applicationId: string, from: Stage) {
  if (from !== 'rejected') return undefined;
  const rejection = await findLastRejection(tx, applicationId);
  return rejection?.fromStage === 'user_interview' ? rejection : undefined;
}

const jakartaDate = (at: Date, locale: 'id' | 'en') =>
  formatInterviewTime(at, 'Asia/Jakarta', locale).date;
