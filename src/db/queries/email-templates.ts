import type { EmailLocale, EmailTemplate } from '../../domain/email/email-templates';
import type { Queryable } from '../database';
import { listCustomizations, type LastChange } from './last-change';

export interface StoredEmailTemplateRow extends EmailTemplate, LastChange {
  key: string;
  locale: EmailLocale;
}

export async function listStoredEmailTemplates(db: Queryable): Promise<StoredEmailTemplateRow[]> {
  return listCustomizations(db, 'email_templates', 't.key, t.locale, t.subject, t.body');
}

export async function findStoredEmailTemplate(
  db: Queryable,
  key: string,
  locale: EmailLocale,
): Promise<EmailTemplate | undefined> {
  const [row] = await db.query<EmailTemplate>(
    `SELECT subject, body FROM email_templates WHERE key = $1 AND locale = $2`,
    [key, locale],
  );
  return row;
}

export async function saveEmailTemplate(
  db: Queryable,
  template: EmailTemplate & { key: string; locale: EmailLocale; updatedBy: string },
): Promise<void> {
  await db.query(
    `INSERT INTO email_templates (key, locale, subject, body, updated_by) VALUES ($1, $2, $3, $4, $5)
     ON CONFLICT (key, locale) DO UPDATE
       SET subject = $3, body = $4, updated_by = $5, updated_at = now()`,
    [template.key, template.locale, template.subject, template.body, template.updatedBy],
  );
}

export async function deleteStoredEmailTemplate(
  db: Queryable,
  key: string,
  locale: EmailLocale,
): Promise<void> {
  await db.query(`DELETE FROM email_templates WHERE key = $1 AND locale = $2`, [key, locale]);
}
