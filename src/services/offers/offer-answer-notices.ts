import type { MailSettings } from '../../config';
import type { Queryable } from '../../db/database';
import type { ApplicationRow } from '../../db/queries/applications';
import { findCandidateContact } from '../../db/queries/candidate-contacts';
import { findJob, listTeamMembers } from '../../db/queries/jobs';
import { findActiveUsersByIds } from '../../db/queries/users';
import type { OfferAnswerKind, OfferDeclineReason } from '../../domain/offers/offer-answer';
import { offerAnswerText, offerDateText } from '../../domain/offers/offer-answer-wording';
import { queueEmail } from '../email/email-service';
import { applicationMessageValues } from '../email/candidate-message-values';
import { offerPageLink } from '../email/candidate-page-link';
import { jobRecruiterInbox } from '../email/job-recruiter-inbox';
import { findNoticedApplication, queueStaffNotice } from '../email/staff-notice';

/**
 * The job's recruiter and hiring manager hear of every answer, in their own language. The message
 * says what the candidate did, never the amounts (those stay on the offer, behind access checks).
 */
export async function tellTeamOfAnswer(
  tx: Queryable,
  mail: MailSettings,
  application: ApplicationRow,
  answer: {
    id: string;
    kind: OfferAnswerKind;
    declineReason?: OfferDeclineReason | null;
    proposes?: { amount: boolean; startDate: boolean };
  },
): Promise<void> {
  const team = await listTeamMembers(tx, [application.jobId]);
  const ids = team
    .filter((member) => member.teamRole === 'recruiter' || member.teamRole === 'hiring_manager')
    .map((member) => member.userId);
  const recipients = await findActiveUsersByIds(tx, [...new Set(ids)]);
  const noticed = await findNoticedApplication(tx, application);
  const notice = { template: 'offer_answer', key: `offer-answer:${answer.id}` } as const;
  for (const user of recipients) {
    await queueStaffNotice(tx, mail, noticed, user, notice, {
      answer: offerAnswerText(answer, user.locale),
    });
  }
}

/**
 * The people asked to approve an offer hear of it, in their own language, with a link to the
 * offer's page (the named approver may not open the candidate's). Never the amounts: those stay
 * on the offer, behind access checks.
 */
export async function tellApproversOfSubmission(
  tx: Queryable,
  mail: MailSettings,
  application: ApplicationRow,
  submission: { offerId: string; key: string; approverIds: readonly string[] },
): Promise<void> {
  const recipients = await findActiveUsersByIds(tx, [...new Set(submission.approverIds)]);
  const candidate = (await findCandidateContact(tx, application.candidateId))!;
  const job = (await findJob(tx, application.jobId))!;
  for (const user of recipients) {
    await queueEmail(tx, {
      idempotencyKey: `${submission.key}:${user.id}`,
      template: 'offer_approval_request',
      locale: user.locale,
      to: { name: user.name, email: user.email },
      values: {
        recipientName: user.name,
        candidateName: candidate.fullName,
        jobTitle: job.title,
        applicationLink: offerPageLink(mail, submission.offerId),
      },
      applicationId: application.id,
      aboutCandidateId: application.candidateId,
    });
  }
}

/** An e-mail to the candidate about their offer (reminder, hold firm, extended, withdrawn), with the link. */
export async function tellCandidateOfOffer(
  tx: Queryable,
  mail: MailSettings,
  application: ApplicationRow,
  message: {
    key: string;
    template: 'offer_reminder' | 'offer_hold_firm' | 'offer_extended' | 'offer_withdrawn';
    expiresOn: string;
    note?: string;
  },
  /** The HR user who acted (extended, withdrew, held firm); none for a reminder. */
  actingHr?: { email: string },
): Promise<void> {
  const { candidate, values } = await candidateOfferValues(tx, mail, application);
  await queueEmail(tx, {
    idempotencyKey: message.key,
    template: message.template,
    locale: candidate.locale,
    to: { name: candidate.fullName, email: candidate.email },
    candidateId: candidate.id,
    values: {
      ...values,
      expiresOn: offerDateText(message.expiresOn, candidate.locale),
      note: message.note ?? '',
    },
    applicationId: application.id,
    // The e-mail invites questions: without an acting HR user, the job's recruiter gets them.
    actingHr: actingHr ?? (await jobRecruiterInbox(tx, application.jobId)),
  });
}

/**
 * Confirms to the candidate that their acceptance is in: the role, the start date, what comes next
 * and the portal link, never the amounts. Keyed by the answer, so it goes once per acceptance.
 */
export async function confirmAcceptanceToCandidate(
  tx: Queryable,
  mail: MailSettings,
  application: ApplicationRow,
  acceptance: { answerId: string; startDate: string },
): Promise<void> {
  const { candidate, values } = await candidateOfferValues(tx, mail, application);
  await queueEmail(tx, {
    idempotencyKey: `offer-accepted:${acceptance.answerId}`,
    template: 'offer_accepted',
    locale: candidate.locale,
    to: { name: candidate.fullName, email: candidate.email },
    candidateId: candidate.id,
    values: { ...values, startDate: offerDateText(acceptance.startDate, candidate.locale) },
    applicationId: application.id,
    // The candidate caused it: their questions about the next steps go to the job's recruiter.
    actingHr: await jobRecruiterInbox(tx, application.jobId),
  });
}

/** The candidate, and what every offer e-mail to them says: greeting, job, portal link, recruiter. */
async function candidateOfferValues(
  tx: Queryable,
  mail: MailSettings,
  application: ApplicationRow,
) {
  const { candidate, recruiter, values } = await applicationMessageValues(tx, mail, application.id);
  // Offer e-mails are signed only by a recruiter who can still answer the candidate.
  const [active] = recruiter ? await findActiveUsersByIds(tx, [recruiter.userId]) : [];
  return { candidate, values: { ...values, recruiterName: active?.name ?? '' } };
}
