import type { MailSettings } from '../../config';
import type { Database, Queryable } from '../../db/database';
import { findApplication } from '../../db/queries/applications';
import { findCandidate } from '../../db/queries/candidates';
import { listConsentsOfCandidate } from '../../db/queries/consents';
import { listInterviewsOfApplications, type InterviewRow } from '../../db/queries/interviews';
import { findUserById } from '../../db/queries/users';
import {
  deleteStoredWhatsappTemplate,
  insertApplicationContact,
  listStoredWhatsappTemplates,
  saveWhatsappTemplate,
} from '../../db/queries/whatsapp';
import { locales, type Locale } from '../../domain/locale';
import { describePlace } from '../../domain/scheduling/interview-wording';
import { formatInterviewTime } from '../../domain/scheduling/zoned-time';
import {
  checkChatDetails,
  checkWhatsappTemplate,
  templateWithDocuments,
  isUpcomingInterview,
  defaultWhatsappTemplates,
  whatsappChatLink,
  whatsappPlaceholders,
  whatsappPurposes,
  whatsappRefusal,
  writeWhatsappMessage,
  type WhatsappPurpose,
} from '../../domain/whatsapp';
import type { Actor } from '../actor';
import { requireAbility, requireHr, requireJobAccess } from '../access-policy';
import {
  changeCompanySetting,
  type Customization,
  customizationOf,
  recordAudit,
} from '../audit-log/audit-service';
import { Conflict, NotFound, valueOrInvalid, whenNotFound } from '../errors';
import { applicationMessageValues } from '../email/candidate-message-values';

export interface WhatsappTemplateView extends Customization {
  purpose: WhatsappPurpose;
  locale: Locale;
  body: string;
  placeholders: readonly string[];
}

/** The six messages (three purposes, two languages): the admin's words or the built-in ones. */
export async function listWhatsappTemplates(
  db: Queryable,
  actor: Actor,
): Promise<WhatsappTemplateView[]> {
  requireHr(actor);
  const stored = await listStoredWhatsappTemplates(db);
  return whatsappPurposes.flatMap((purpose) =>
    locales.map((locale) => {
      const own = stored.find((row) => row.purpose === purpose && row.locale === locale);
      return {
        purpose,
        locale,
        body: own?.body ?? defaultWhatsappTemplates[purpose][locale],
        placeholders: whatsappPlaceholders[purpose],
        ...customizationOf(own),
      };
    }),
  );
}

/** Admins word the messages; an unknown placeholder is refused, naming it. */
export async function updateWhatsappTemplate(
  db: Database,
  actor: Actor,
  purpose: WhatsappPurpose,
  locale: Locale,
  body: string,
): Promise<WhatsappTemplateView> {
  requireAbility(actor, 'editBrand', 'Only admins change the WhatsApp messages.');
  const checked = valueOrInvalid(checkWhatsappTemplate(purpose, body));
  await changeCompanySetting(
    db,
    actor,
    { action: 'whatsapp_template.changed', detail: { purpose, locale } },
    (tx) => saveWhatsappTemplate(tx, { purpose, locale, body: checked }, actor.id),
  );
  return viewOf(db, actor, purpose, locale);
}

export async function resetWhatsappTemplate(
  db: Database,
  actor: Actor,
  purpose: WhatsappPurpose,
  locale: Locale,
): Promise<WhatsappTemplateView> {
  requireAbility(actor, 'editBrand', 'Only admins change the WhatsApp messages.');
  await changeCompanySetting(
    db,
    actor,
    { action: 'whatsapp_template.changed', detail: { purpose, locale, reset: true } },
    (tx) => deleteStoredWhatsappTemplate(tx, purpose, locale),
  );
  return viewOf(db, actor, purpose, locale);
}

/**
 * HR opens a WhatsApp chat about an application: the contact is recorded in its history (and the
 * audit log) and the `wa.me` link with the message comes back for the browser to open. Refused
 * for a candidate without a phone, or who withdrew consent or restricted processing.
 */
export async function openWhatsappChat(
  db: Database,
  mail: MailSettings,
  actor: Actor,
  applicationId: string,
  choice: { purpose: WhatsappPurpose; locale?: Locale | undefined; documents?: string | undefined },
): Promise<{ url: string; message: string; locale: Locale }> {
  requireHr(actor);
  const details = valueOrInvalid(checkChatDetails(choice.purpose, choice.documents));
  const application = await findApplication(db, applicationId);
  if (!application) throw new NotFound('Application');
  await requireJobAccess(db, actor, application.jobId).catch(
    whenNotFound(() => new NotFound('Application')),
  );
  return db.transaction(async (tx) => {
    // FOR UPDATE: a withdrawal of consent committing meanwhile is seen, not raced.
    const candidate = await findCandidate(tx, application.candidateId, { forUpdate: true });
    if (!candidate) throw new NotFound('Application');
    const refusal = whatsappRefusal({
      ...candidate,
      consents: await listConsentsOfCandidate(tx, candidate.id),
    });
    if (refusal) {
      throw new Conflict(
        [{ path: 'applicationId', code: refusal, message: refusalMessages[refusal] }],
        refusalMessages[refusal],
      );
    }
    const greeting = await applicationMessageValues(tx, mail, applicationId);
    const locale = choice.locale ?? greeting.candidate.locale;
    const template = (await listWhatsappTemplates(tx, actor)).find(
      (view) => view.purpose === choice.purpose && view.locale === locale,
    )!;
    const next = await nextInterview(tx, applicationId);
    if (choice.purpose === 'interview_reminder' && !next) {
      const message = 'There is no upcoming interview to remind the candidate of.';
      throw new Conflict([{ path: 'purpose', code: 'no_upcoming_interview', message }], message);
    }
    const values: Record<string, string> = {
      ...greeting.values,
      recruiterName: (await findUserById(tx, actor.id))?.name ?? '',
      ...(next ? interviewValues(next, locale) : {}),
      ...details,
    };
    const message = writeWhatsappMessage(
      templateWithDocuments(choice.purpose, template.body),
      values,
    );
    await insertApplicationContact(tx, {
      applicationId,
      actorId: actor.id,
      purpose: choice.purpose,
      locale,
    });
    await recordAudit(tx, {
      actor,
      action: 'candidate.whatsapp_opened',
      entityId: applicationId,
      detail: { purpose: choice.purpose, locale },
    });
    return { url: whatsappChatLink(candidate.phone!, message), message, locale };
  });
}

const refusalMessages = {
  no_phone: 'The candidate has no phone number.',
  consent_withdrawn: 'The candidate withdrew their consent: do not contact them.',
  processing_restricted: "The candidate's data may not be processed now: do not contact them.",
} as const;

/** The next booked interview still ahead, if any. */
async function nextInterview(
  db: Queryable,
  applicationId: string,
): Promise<InterviewRow | undefined> {
  const now = new Date();
  return (await listInterviewsOfApplications(db, [applicationId]))
    .filter((interview) => isUpcomingInterview(interview, now))
    .sort((a, b) => a.startsAt.getTime() - b.startsAt.getTime())[0];
}

function interviewValues(next: InterviewRow, locale: Locale): Record<string, string> {
  const time = formatInterviewTime(next.startsAt, next.timeZone, locale);
  return {
    interviewDate: time.date,
    interviewTime: time.time,
    location: describePlace(next, locale).join(', '),
  };
}

async function viewOf(db: Queryable, actor: Actor, purpose: WhatsappPurpose, locale: Locale) {
  return (await listWhatsappTemplates(db, actor)).find(
    (view) => view.purpose === purpose && view.locale === locale,
  )!;
}
