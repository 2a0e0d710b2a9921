import type { Locale } from '../../domain/locale';
import type { OfferLetterTemplate } from '../../domain/offer-letter/offer-letter-template';
import type { Queryable } from '../database';
import { listCustomizations, type LastChange } from './last-change';

export interface StoredOfferLetterTemplateRow extends OfferLetterTemplate, LastChange {
  locale: Locale;
}

export async function listStoredOfferLetterTemplates(
  db: Queryable,
): Promise<StoredOfferLetterTemplateRow[]> {
  return listCustomizations(db, 'offer_letter_templates', 't.locale, t.title, t.body');
}

export async function findStoredOfferLetterTemplate(
  db: Queryable,
  locale: Locale,
): Promise<OfferLetterTemplate | undefined> {
  const [row] = await db.query<OfferLetterTemplate>(
    `SELECT title, body FROM offer_letter_templates WHERE locale = $1`,
    [locale],
  );
  return row;
}

export async function saveOfferLetterTemplate(
  db: Queryable,
  locale: Locale,
  template: OfferLetterTemplate,
  updatedBy: string,
): Promise<void> {
  await db.query(
    `INSERT INTO offer_letter_templates (locale, title, body, updated_by) VALUES ($1, $2, $3, $4)
     ON CONFLICT (locale) DO UPDATE SET title = $2, body = $3, updated_by = $4, updated_at = now()`,
    [locale, template.title, template.body, updatedBy],
  );
}

export async function deleteStoredOfferLetterTemplate(
  db: Queryable,
  locale: Locale,
): Promise<void> {
  await db.query(`DELETE FROM offer_letter_templates WHERE locale = $1`, [locale]);
}
