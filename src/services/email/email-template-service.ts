import type { Database } from '../../db/database';
import {
  deleteStoredEmailTemplate,
  listStoredEmailTemplates,
  saveEmailTemplate,
} from '../../db/queries/email-templates';
import {
  checkEmailTemplate,
  defaultEmailTemplate,
  emailLocales,
  emailTemplateKeys,
  emailTemplatePlaceholders,
  renderEmail,
  samplePlaceholderValues,
  type EmailLocale,
  type EmailTemplate,
  type EmailTemplateKey,
} from '../../domain/email/email-templates';
import type { Actor } from '../actor';
import {
  changeCompanySetting,
  type Customization,
  customizationOf,
} from '../audit-log/audit-service';
import { requireAbility, requireHr } from '../access-policy';
import { valueOrInvalid } from '../errors';

export interface EmailTemplateView extends EmailTemplate, Customization {
  key: EmailTemplateKey;
  locale: EmailLocale;
  placeholders: readonly string[];
}

export async function listEmailTemplates(db: Database, actor: Actor): Promise<EmailTemplateView[]> {
  requireHr(actor);
  const stored = await listStoredEmailTemplates(db);
  return emailTemplateKeys.flatMap((key) =>
    emailLocales.map((locale) => {
      const own = stored.find((row) => row.key === key && row.locale === locale);
      return {
        key,
        locale,
        ...(own ? { subject: own.subject, body: own.body } : defaultEmailTemplate(key, locale)),
        placeholders: emailTemplatePlaceholders[key],
        ...customizationOf(own),
      };
    }),
  );
}

/** Admins word the company's e-mails; an unknown placeholder is refused, naming it. */
export async function updateEmailTemplate(
  db: Database,
  actor: Actor,
  key: EmailTemplateKey,
  locale: EmailLocale,
  template: EmailTemplate,
): Promise<EmailTemplateView> {
  requireAdmin(actor);
  const checked = valueOrInvalid(checkEmailTemplate(key, template));
  await changeCompanySetting(
    db,
    actor,
    { action: 'email_template.changed', detail: { key, locale } },
    (tx) => saveEmailTemplate(tx, { ...checked, key, locale, updatedBy: actor.id }),
  );
  return viewOf(db, actor, key, locale);
}

export async function resetEmailTemplate(
  db: Database,
  actor: Actor,
  key: EmailTemplateKey,
  locale: EmailLocale,
): Promise<EmailTemplateView> {
  requireAdmin(actor);
  await changeCompanySetting(
    db,
    actor,
    { action: 'email_template.changed', detail: { key, locale, reset: true } },
    (tx) => deleteStoredEmailTemplate(tx, key, locale),
  );
  return viewOf(db, actor, key, locale);
}

/** The template as a candidate would read it, filled with sample values; checked like a save. */
export function previewEmailTemplate(
  actor: Actor,
  key: EmailTemplateKey,
  locale: EmailLocale,
  template: EmailTemplate,
): EmailTemplate {
  requireHr(actor);
  const checked = valueOrInvalid(checkEmailTemplate(key, template));
  return renderEmail(checked, samplePlaceholderValues(locale));
}

async function viewOf(db: Database, actor: Actor, key: EmailTemplateKey, locale: EmailLocale) {
  const all = await listEmailTemplates(db, actor);
  return all.find((view) => view.key === key && view.locale === locale)!;
}

function requireAdmin(actor: Actor): void {
  requireAbility(actor, 'editEmailTemplates', 'Only admins edit e-mail templates.');
}
