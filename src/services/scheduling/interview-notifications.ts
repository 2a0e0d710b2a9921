import { companyNameOf } from '../brand/brand-service';
import type { MailSettings } from '../../config';
import type { Queryable } from '../../db/database';
import type { InterviewRow } from '../../db/queries/interviews';
import { interviewInviteIcs } from '../../domain/calendar/interview-invite';
import type { EmailLocale, EmailTemplateKey } from '../../domain/email/email-templates';
import { endOf } from '../../domain/scheduling/interview-schedule';
import {
  describeInterviewer,
  describePlace,
  interviewTitle,
  panelHeadline,
  panelKitLine,
  type PanelChange,
} from '../../domain/scheduling/interview-wording';
import type { CancelCause } from '../../domain/scheduling/stage-left';
import { formatInterviewTime } from '../../domain/scheduling/zoned-time';
import { calledOffLine, hrEndingReason, type HrEnding } from '../../domain/email/hr-ended-notice';
import { mayReadCandidate, readsHrEndingReason } from '../access-policy';
import { candidatePageLink } from '../email/candidate-page-link';
import { queueEmail } from '../email/email-service';
import { ensurePortalToken, portalUrl } from '../portal/portal-link-service';
import { loadInterviewPeople, type InterviewPeople } from './interview-people';

export interface InterviewChange {
  kind: PanelChange;
  previousStartsAt?: Date | undefined;
  reason?: string | undefined;
  /**
   * Why a cancelled interview is off: the candidate who moved on hears good news, one whose
   * application ended is not promised a new time, and the panel is told which.
   */
  cause?: CancelCause | undefined;
  /** Interviewers taken off the panel by a reschedule: they get a cancellation. */
  removedInterviewerIds?: readonly string[] | undefined;
  /**
   * HR ended the application at the user interview: the panel hears it with the cancellation, in
   * one message, instead of a bare "cancelled"; HR's reason only where readsHrEndingReason allows.
   */
  hrEnding?: HrEnding | undefined;
  /**
   * False when the application ended (rejected) but nobody told the candidate so: HR sent no
   * rejection e-mail. Their cancellation then says only that the interview is off (they must not
   * come), not that the process ended. The panel still hears why.
   */
  endingTold?: boolean | undefined;
  /** False when the candidate gets no e-mail of this change (a no-show HR chose not to write about). */
  candidateTold?: boolean | undefined;
}

/**
 * Queues the e-mails an interview change causes, with a calendar invitation for each person:
 * the candidate in their language, each interviewer in theirs. Runs in the change's transaction.
 */
export async function notifyInterviewChange(
  tx: Queryable,
  mail: MailSettings,
  interview: InterviewRow,
  change: InterviewChange,
): Promise<void> {
  const removed = change.removedInterviewerIds ?? [];
  const people = await loadInterviewPeople(tx, {
    ...interview,
    interviewerIds: [...interview.interviewerIds, ...removed],
  });
  const companyName = await companyNameOf(tx, mail);
  const token = await ensurePortalToken(tx, interview.applicationId);
  const link = token ? portalUrl(mail, token) : '';
  const key = `interview:${interview.id}:${interview.sequence}:${change.kind}`;
  const candidateLocale = interview.locale;
  const cancelled = change.kind === 'cancelled';
  if (change.candidateTold !== false) {
    await queueEmail(tx, {
      idempotencyKey: `${key}:candidate`,
      template: candidateTemplate(interview, change),
      locale: candidateLocale,
      to: { name: people.candidate.fullName, email: people.candidate.email },
      candidateId: people.candidate.id,
      values: candidateValues(interview, people, change, candidateLocale, link, companyName),
      applicationId: interview.applicationId,
      interviewId: interview.id,
      calendar:
        change.kind === 'reminder'
          ? undefined
          : invite(interview, people, candidateLocale, cancelled, link, mail, companyName, [
              { name: people.candidate.fullName, email: people.candidate.email },
            ]),
    });
  }
  // Each invitation names only its own side: the candidate never gets staff addresses, the panel
  // never gets the candidate's.
  const panel = people.interviewers
    .filter((person) => !removed.includes(person.id))
    .map((person) => ({ name: person.name, email: person.email }));
  for (const interviewer of people.interviewers) {
    const takenOff = removed.includes(interviewer.id);
    const kind = takenOff ? 'cancelled' : change.kind;
    const locale = interviewer.locale;
    const time = formatInterviewTime(interview.startsAt, interview.timeZone, locale);
    const kitLink = `${mail.publicUrl}/applications/${interview.applicationId}/interviews/${interview.stage}`;
    const hrEnded = change.hrEnding && !takenOff;
    await queueEmail(tx, {
      idempotencyKey: `${key}:user:${interviewer.id}`,
      template: hrEnded ? 'hr_ended_application' : 'panel_notice',
      locale,
      to: { name: interviewer.name, email: interviewer.email },
      values: hrEnded
        ? {
            recipientName: interviewer.name,
            candidateName: people.candidate.fullName,
            jobTitle: people.job.title,
            reason: hrEndingReason(
              change.hrEnding!,
              locale,
              readsHrEndingReason(interviewer, { isJobHiringManager: interviewer.isHiringManager }),
            ),
            calledOff: calledOffLine(time, locale),
            // An interviewer whose reach was this interview may no longer open the candidate (a
            // dead "not found"): they get the kit, which says the interview was cancelled and when.
            applicationLink: (await mayReadCandidate(tx, interviewer, interview.candidateId))
              ? candidatePageLink(mail, interview.candidateId)
              : kitLink,
          }
        : {
            interviewerName: interviewer.name,
            update: panelHeadline(kind, locale, takenOff ? 'called_off' : change.cause),
            candidateName: people.candidate.fullName,
            jobTitle: people.job.title,
            stageName:
              interviewTitle(interview.stage, people.job.title, locale).split(':')[0] ?? '',
            interviewDate: time.date,
            interviewTime: time.time,
            durationMinutes: String(interview.durationMinutes),
            location: describePlace(interview, locale).join('\n'),
            kitLink,
            kitLine: panelKitLine(kind, locale, kitLink),
          },
      applicationId: interview.applicationId,
      interviewId: interview.id,
      calendar:
        change.kind === 'reminder'
          ? undefined
          : invite(
              interview,
              people,
              locale,
              cancelled || takenOff,
              kitLink,
              mail,
              companyName,
              panel,
            ),
    });
  }
}

function candidateTemplate(interview: InterviewRow, change: InterviewChange): EmailTemplateKey {
  const { kind } = change;
  if (kind === 'scheduled') return interview.stage === 'hr' ? 'hr_invitation' : 'user_invitation';
  if (kind === 'rescheduled') return 'reschedule';
  if (kind === 'cancelled') {
    if (change.cause === 'no_show') return 'interview_missed';
    if (change.cause === 'skipped') return 'interview_not_needed';
    if (change.cause === 'rejected' && change.endingTold === false) return 'interview_called_off';
    if (change.cause === 'rejected' || change.cause === 'withdrawn') return 'interview_closed';
    return 'cancellation';
  }
  return 'reminder';
}

function candidateValues(
  interview: InterviewRow,
  people: InterviewPeople,
  change: InterviewChange,
  locale: EmailLocale,
  link: string,
  companyName: string,
): Record<string, string> {
  const time = formatInterviewTime(interview.startsAt, interview.timeZone, locale);
  const previous = change.previousStartsAt
    ? formatInterviewTime(change.previousStartsAt, interview.timeZone, locale)
    : undefined;
  return {
    candidateName: people.candidate.fullName,
    jobTitle: people.job.title,
    companyName,
    portalLink: link,
    recruiterName: people.recruiter?.name ?? companyName,
    interviewDate: time.date,
    interviewTime: time.time,
    durationMinutes: String(interview.durationMinutes),
    interviewers: people.interviewers
      .filter((person) => !change.removedInterviewerIds?.includes(person.id))
      .map((person) => `- ${describeInterviewer(person, locale)}`)
      .join('\n'),
    location: describePlace(interview, locale).join('\n'),
    previousDate: previous ? `${previous.date}, ${previous.time}` : '',
    reason: change.reason ?? '',
  };
}

function invite(
  interview: InterviewRow,
  people: InterviewPeople,
  locale: EmailLocale,
  cancelled: boolean,
  link: string,
  mail: MailSettings,
  companyName: string,
  attendees: { name: string; email: string }[],
): { method: 'REQUEST' | 'CANCEL'; ics: string } {
  const onPanel = (person: { id: string }) => interview.interviewerIds.includes(person.id);
  const method = cancelled ? 'CANCEL' : 'REQUEST';
  const organizer = people.recruiter ?? { name: companyName, email: fromAddress(mail) };
  return {
    method,
    ics: interviewInviteIcs({
      method,
      uid: `${interview.id}@seleksi`,
      sequence: interview.sequence,
      start: interview.startsAt,
      end: endOf(interview),
      stamp: new Date(),
      summary: `${interviewTitle(interview.stage, people.job.title, locale)} (${companyName})`,
      description: [
        ...people.interviewers.filter(onPanel).map((person) => describeInterviewer(person, locale)),
        '',
        link,
      ].join('\n'),
      location: describePlace(interview, locale).join(', '),
      url: link || undefined,
      organizer: { name: organizer.name, email: organizer.email },
      attendees,
    }),
  };
}

function fromAddress({ from }: MailSettings): string {
  return /<([^>]+)>/.exec(from)?.[1] ?? from;
}
