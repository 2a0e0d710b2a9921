import type { MailSettings } from '../../config';
import type { Queryable } from '../../db/database';
import { findApplication, type ApplicationRow } from '../../db/queries/applications';
import type { InterviewRow } from '../../db/queries/interviews';
import { listTeamMembers } from '../../db/queries/jobs';
import { findActiveUsersByIds, type UserRow } from '../../db/queries/users';
import {
  candidateActionHeadline,
  candidateActionText,
  type CandidateAction,
} from '../../domain/scheduling/interview-wording';
import { formatInterviewTime } from '../../domain/scheduling/zoned-time';
import { queueEmail } from '../email/email-service';
import { candidatePageLink } from '../email/candidate-page-link';
import { loadInterviewPeople, type InterviewPeople } from '../scheduling/interview-people';

/** About one interview: the candidate confirmed it or asked to move it. */
export async function notifyRecruiterOfInterview(
  tx: Queryable,
  mail: MailSettings,
  interview: InterviewRow,
  eventId: string,
  action: CandidateAction,
  details: { reason?: string; proposedTimes?: Date[] } = {},
): Promise<void> {
  const application = (await findApplication(tx, interview.applicationId))!;
  // A user interview the candidate asks to move is the hiring manager's too: they hear it as well.
  const managers =
    action === 'reschedule_requested' && interview.stage === 'user'
      ? await findActiveUsersByIds(
          tx,
          (await listTeamMembers(tx, [application.jobId]))
            .filter((member) => member.teamRole === 'hiring_manager')
            .map((member) => member.userId),
        )
      : [];
  await notifyRecruiterOfApplication(
    tx,
    mail,
    application,
    `${action}:${eventId}`,
    action,
    { ...details, timeZone: interview.timeZone, interview },
    managers,
  );
}

interface CandidateActDetails {
  reason?: string;
  proposedTimes?: Date[];
  timeZone?: string;
  request?: string;
  /** The interview confirmed or asked to move: the e-mail names its stage, time and job. */
  interview?: Pick<InterviewRow, 'stage' | 'startsAt' | 'timeZone'>;
}

/**
 * What the candidate did behind their link, told to the job's recruiter (and `alsoTo`): the
 * candidate_update e-mail in each reader's language, linking the candidate's page.
 */
export async function notifyRecruiterOfApplication(
  tx: Queryable,
  mail: MailSettings,
  application: ApplicationRow,
  key: string,
  action: CandidateAction,
  details: CandidateActDetails,
  alsoTo: readonly UserRow[] = [],
): Promise<void> {
  const people = await loadInterviewPeople(tx, { ...application, interviewerIds: [] });
  const recipients = [...(people.recruiter ? [people.recruiter] : []), ...alsoTo].filter(
    (person, index, all) => all.findIndex((other) => other.id === person.id) === index,
  );
  for (const [index, person] of recipients.entries()) {
    // The recruiter's message keeps its old key, so a retried request never sends it twice.
    const suffix = index === 0 && people.recruiter ? 'recruiter' : `user:${person.id}`;
    await queueCandidateUpdate(
      tx,
      mail,
      people,
      application,
      person,
      `portal:${key}:${suffix}`,
      action,
      details,
    );
  }
}

async function queueCandidateUpdate(
  tx: Queryable,
  mail: MailSettings,
  people: InterviewPeople,
  application: ApplicationRow,
  recruiter: UserRow,
  idempotencyKey: string,
  action: CandidateAction,
  details: CandidateActDetails,
): Promise<void> {
  const locale = recruiter.locale;
  const proposedTimes = (details.proposedTimes ?? []).map((at) => {
    const time = formatInterviewTime(at, details.timeZone ?? 'Asia/Jakarta', locale);
    return `${time.date}, ${time.time}`;
  });
  const about = details.interview;
  const update = candidateActionText(action, locale, {
    proposedTimes,
    ...(details.reason ? { reason: details.reason } : {}),
    ...(details.request ? { request: details.request } : {}),
    ...(about
      ? {
          interview: {
            stage: about.stage,
            jobTitle: people.job.title,
            ...formatInterviewTime(about.startsAt, about.timeZone, locale),
          },
        }
      : {}),
  });
  await queueEmail(tx, {
    idempotencyKey,
    template: 'candidate_update',
    locale,
    to: { name: recruiter.name, email: recruiter.email },
    values: {
      recruiterName: recruiter.name,
      candidateName: people.candidate.fullName,
      jobTitle: people.job.title,
      headline: candidateActionHeadline(action, locale),
      update,
      applicationLink: candidatePageLink(mail, application.candidateId),
    },
    applicationId: application.id,
  });
}
