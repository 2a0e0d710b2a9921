import type { MailSettings } from '../../config';
import { companyNameOf } from '../brand/brand-service';
import { randomUUID } from 'node:crypto';
import type { Database, Queryable } from '../../db/database';
import { findApplication } from '../../db/queries/applications';
import { findCandidateContact } from '../../db/queries/candidate-contacts';
import { findJob, findJobRecruiter } from '../../db/queries/jobs';
import { findUserById } from '../../db/queries/users';
import type { Actor } from '../actor';
import { recordAudit } from '../audit-log/audit-service';
import { requireHr, requireJobAccess } from '../access-policy';
import { Conflict, Invalid, NotFound } from '../errors';
import { portalUrl } from '../portal/portal-link-service';
import {
  renderEmail,
  type EmailLocale,
  type EmailTemplateKey,
} from '../../domain/email/email-templates';
import { isProcessingRestricted } from '../../db/queries/data-requests';
import { effectiveTemplate, queueEmail } from './email-service';
import {
  candidateEmailStage,
  candidateEmailTemplates,
  type CandidateEmailTemplate,
} from '../../domain/email/candidate-emails';
import { applicationMessageValues } from './candidate-message-values';

export { candidateEmailTemplates, type CandidateEmailTemplate };

export async function sendCandidateEmail(
  db: Database,
  mail: MailSettings,
  actor: Actor,
  applicationId: string,
  template: CandidateEmailTemplate,
): Promise<void> {
  requireHr(actor);
  await db.transaction(async (tx) => {
    const application = await findApplication(tx, applicationId);
    if (!application) throw new NotFound('Application');
    await requireJobAccess(tx, actor, application.jobId);
    if (!(await queueCandidateEmail(tx, mail, actor, application, template))) {
      throw new Conflict(
        [
          {
            path: 'template',
            code: 'processing_restricted',
            message: 'The candidate withdrew consent: no e-mail goes to them.',
          },
        ],
        'Nothing was sent.',
      );
    }
  });
}

/** The e-mail that goes with a move to this stage, if any: a rejection, an offer. */
export function emailForStage(stage: string): CandidateEmailTemplate | undefined {
  return candidateEmailTemplates.find((template) => candidateEmailStage[template] === stage);
}

/**
 * Queues one of these e-mails inside the caller's transaction (HR sending it by hand, or with the
 * move that rejects or offers), checking that it fits where the application now stands. The audit
 * says the candidate was e-mailed only when a message was queued: none goes to a candidate whose
 * processing is restricted (false then).
 */
export async function queueCandidateEmail(
  tx: Queryable,
  mail: MailSettings,
  actor: Actor,
  application: { id: string; candidateId: string; jobId: string; stage: string },
  template: CandidateEmailTemplate,
): Promise<boolean> {
  requireHr(actor);
  const needs = candidateEmailStage[template];
  if (needs && application.stage !== needs) {
    throw new Conflict(
      [{ path: 'template', code: 'wrong_stage', message: `Only for an application at ${needs}.` }],
      'This e-mail does not fit where the application stands.',
    );
  }
  const queued = await queueApplicationEmail(tx, mail, actor, application, template);
  if (queued) {
    await recordAudit(tx, {
      actor,
      action: 'candidate.emailed',
      entityId: application.id,
      candidateId: application.candidateId,
      detail: { template },
    });
  }
  return queued;
}

/**
 * The one way an e-mail about an application goes to its candidate: in their language, with the
 * application's values (portal link among them), signed by the job's recruiter or else by the HR
 * user sending it, whose address is the Reply-To when the company set no contact inbox. Inside the
 * caller's transaction. False, and nothing queued, when the candidate's processing is restricted.
 */
export async function queueApplicationEmail(
  tx: Queryable,
  mail: MailSettings,
  actor: Actor,
  application: { id: string; candidateId: string },
  template: EmailTemplateKey,
): Promise<boolean> {
  if (await isProcessingRestricted(tx, application.candidateId)) return false;
  const { candidate, recruiter, values } = await applicationMessageValues(tx, mail, application.id);
  const hr = await findUserById(tx, actor.id);
  await queueEmail(tx, {
    idempotencyKey: `${template}:${application.id}:${randomUUID()}`,
    template,
    locale: candidate.locale,
    to: { name: candidate.fullName, email: candidate.email },
    candidateId: candidate.id,
    values: { ...values, recruiterName: recruiter?.name ?? hr?.name ?? '' },
    applicationId: application.id,
    actingHr: hr,
  });
  return true;
}

export interface RejectionPreview {
  applicationId: string;
  candidateName: string;
  locale: EmailLocale;
  subject: string;
  body: string;
}

/**
 * The rejection e-mail each chosen candidate would get, in their own language, before HR rejects
 * several at once. Nothing is written: the private portal link shows as a placeholder.
 */
export async function previewRejectionEmails(
  db: Database,
  mail: MailSettings,
  actor: Actor,
  jobId: string,
  applicationIds: readonly string[],
): Promise<RejectionPreview[]> {
  requireHr(actor);
  await requireJobAccess(db, actor, jobId);
  const job = (await findJob(db, jobId))!;
  const recruiter = await findJobRecruiter(db, jobId);
  const recruiterName = recruiter?.name ?? (await findUserById(db, actor.id))?.name ?? '';
  const previews: RejectionPreview[] = [];
  for (const [index, applicationId] of applicationIds.entries()) {
    const application = await findApplication(db, applicationId);
    if (!application || application.jobId !== jobId) {
      throw new Invalid([
        {
          path: `applicationIds.${index}`,
          code: 'unknown_application',
          message: 'Not an application of this job.',
        },
      ]);
    }
    const candidate = (await findCandidateContact(db, application.candidateId))!;
    const rendered = renderEmail(await effectiveTemplate(db, 'rejection', candidate.locale), {
      candidateName: candidate.fullName,
      jobTitle: job.title,
      companyName: await companyNameOf(db, mail),
      portalLink: portalUrl(mail, '…'),
      recruiterName,
    });
    previews.push({
      applicationId,
      candidateName: candidate.fullName,
      locale: candidate.locale,
      ...rendered,
    });
  }
  return previews;
}
