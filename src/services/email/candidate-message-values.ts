import type { MailSettings } from '../../config';
import type { Queryable } from '../../db/database';
import { findApplication } from '../../db/queries/applications';
import {
  findCandidateContact,
  type CandidateContactRow,
} from '../../db/queries/candidate-contacts';
import { findJob, findJobRecruiter, type TeamMemberRow } from '../../db/queries/jobs';
import { companyNameOf } from '../brand/brand-service';
import { ensurePortalToken, portalUrl } from '../portal/portal-link-service';

export interface CandidateMessageValues {
  candidateName: string;
  jobTitle: string;
  companyName: string;
  portalLink: string;
}

/**
 * What every e-mail or WhatsApp message to a candidate about an application can say: their name,
 * the job, the company and the link to their portal (empty when the application can have none).
 * Makes the portal token if the application has none yet, so call it inside the message's
 * transaction.
 */
export async function candidateMessageValues(
  tx: Queryable,
  mail: MailSettings,
  about: { candidateName: string; jobTitle: string; applicationId: string },
): Promise<CandidateMessageValues> {
  const token = await ensurePortalToken(tx, about.applicationId);
  return {
    candidateName: about.candidateName,
    jobTitle: about.jobTitle,
    companyName: await companyNameOf(tx, mail),
    portalLink: token ? portalUrl(mail, token) : '',
  };
}

/** A message to the candidate of an existing application: whom it goes to, who may sign it, what it says. */
export interface ApplicationMessage {
  candidate: CandidateContactRow;
  /** The job's recruiter, if it has one; each message chooses who signs when it has none. */
  recruiter: TeamMemberRow | undefined;
  values: CandidateMessageValues;
}

/**
 * The candidate, the job's recruiter and the {@link candidateMessageValues} of an application the
 * caller has already found (the lookups assert that its candidate and job are there). Inside the
 * message's transaction, for the same reason.
 */
export async function applicationMessageValues(
  tx: Queryable,
  mail: MailSettings,
  applicationId: string,
): Promise<ApplicationMessage> {
  const application = (await findApplication(tx, applicationId))!;
  const candidate = (await findCandidateContact(tx, application.candidateId))!;
  const job = (await findJob(tx, application.jobId))!;
  const recruiter = await findJobRecruiter(tx, application.jobId);
  const values = await candidateMessageValues(tx, mail, {
    candidateName: candidate.fullName,
    jobTitle: job.title,
    applicationId,
  });
  return { candidate, recruiter, values };
}
