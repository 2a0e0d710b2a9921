import type { Locale } from '../../domain/locale';
import type { WhatsappPurpose } from '../../domain/whatsapp';
import type { Queryable } from '../database';
import type { BundleRead } from './read-bundle';
import { listCustomizations, type LastChange } from './last-change';

export interface StoredWhatsappTemplateRow extends LastChange {
  purpose: WhatsappPurpose;
  locale: Locale;
  body: string;
}

export async function listStoredWhatsappTemplates(
  db: Queryable,
): Promise<StoredWhatsappTemplateRow[]> {
  return listCustomizations(db, 'whatsapp_templates', 't.purpose, t.locale, t.body');
}

export async function saveWhatsappTemplate(
  db: Queryable,
  template: { purpose: WhatsappPurpose; locale: Locale; body: string },
  updatedBy: string,
): Promise<void> {
  await db.query(
    `INSERT INTO whatsapp_templates (purpose, locale, body, updated_by) VALUES ($1, $2, $3, $4)
     ON CONFLICT (purpose, locale)
     DO UPDATE SET body = EXCLUDED.body, updated_by = EXCLUDED.updated_by, updated_at = now()`,
    [template.purpose, template.locale, template.body, updatedBy],
  );
}

export async function deleteStoredWhatsappTemplate(
  db: Queryable,
  purpose: WhatsappPurpose,
  locale: Locale,
): Promise<void> {
  await db.query(`DELETE FROM whatsapp_templates WHERE purpose = $1 AND locale = $2`, [
    purpose,
    locale,
  ]);
}

export interface ApplicationContactRow {
  id: string;
  applicationId: string;
  actorName: string | null;
  channel: 'whatsapp';
  purpose: WhatsappPurpose;
  locale: Locale;
  createdAt: Date;
}

export async function insertApplicationContact(
  db: Queryable,
  contact: { applicationId: string; actorId: string; purpose: WhatsappPurpose; locale: Locale },
): Promise<void> {
  await db.query(
    `INSERT INTO application_contacts (application_id, actor_id, channel, purpose, locale)
     VALUES ($1, $2, 'whatsapp', $3, $4)`,
    [contact.applicationId, contact.actorId, contact.purpose, contact.locale],
  );
}

/** The WhatsApp contacts of applications ($1, an array of ids), newest first. */
export const contactsOfApplications: BundleRead<ApplicationContactRow> = {
  sql: `SELECT c.id, c.application_id AS "applicationId", u.name AS "actorName", c.channel, c.purpose,
       c.locale, c.created_at AS "createdAt"
     FROM application_contacts c LEFT JOIN users u ON u.id = c.actor_id
     WHERE c.application_id = ANY($1::uuid[])
     ORDER BY c.created_at DESC`,
  dates: ['createdAt'],
};
