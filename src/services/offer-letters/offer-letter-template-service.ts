import type { MailSettings } from '../../config';
import type { Database, Queryable } from '../../db/database';
import {
  deleteStoredOfferLetterTemplate,
  findStoredOfferLetterTemplate,
  listStoredOfferLetterTemplates,
  saveOfferLetterTemplate,
} from '../../db/queries/offer-letter-templates';
import { locales, type Locale } from '../../domain/locale';
import {
  checkOfferLetterTemplate,
  defaultOfferLetterTemplates,
  offerLetterPlaceholders,
  type OfferLetterTemplate,
} from '../../domain/offer-letter/offer-letter-template';
import {
  sampleOfferLetterTerms,
  type OfferLetterTerms,
} from '../../domain/offer-letter/offer-letter-terms';
import type { Actor } from '../actor';
import { requireAbility } from '../access-policy';
import {
  changeCompanySetting,
  type Customization,
  customizationOf,
} from '../audit-log/audit-service';
import { currentBrand, readLogo } from '../brand/brand-service';
import { valueOrInvalid } from '../errors';
import { renderOfferLetter, type Letterhead } from './render-offer-letter';

export interface OfferLetterTemplateView extends OfferLetterTemplate, Customization {
  locale: Locale;
  placeholders: readonly string[];
}

export async function listOfferLetterTemplates(
  db: Database,
  actor: Actor,
): Promise<OfferLetterTemplateView[]> {
  requireAdmin(actor);
  const stored = await listStoredOfferLetterTemplates(db);
  return locales.map((locale) => {
    const own = stored.find((row) => row.locale === locale);
    return {
      locale,
      ...(own ? { title: own.title, body: own.body } : defaultOfferLetterTemplates[locale]),
      placeholders: offerLetterPlaceholders,
      ...customizationOf(own),
    };
  });
}

/** Admins word the letter; an unknown placeholder is refused, naming it. */
export async function updateOfferLetterTemplate(
  db: Database,
  actor: Actor,
  locale: Locale,
  template: OfferLetterTemplate,
): Promise<OfferLetterTemplateView> {
  requireAdmin(actor);
  const checked = valueOrInvalid(checkOfferLetterTemplate(template));
  await changeCompanySetting(
    db,
    actor,
    { action: 'offer_letter_template.changed', detail: { locale } },
    (tx) => saveOfferLetterTemplate(tx, locale, checked, actor.id),
  );
  return viewOf(db, actor, locale);
}

export async function resetOfferLetterTemplate(
  db: Database,
  actor: Actor,
  locale: Locale,
): Promise<OfferLetterTemplateView> {
  requireAdmin(actor);
  await changeCompanySetting(
    db,
    actor,
    { action: 'offer_letter_template.changed', detail: { locale, reset: true } },
    (tx) => deleteStoredOfferLetterTemplate(tx, locale),
  );
  return viewOf(db, actor, locale);
}

/** The wording as a PDF filled with a sample offer, checked as a save would be. */
export async function previewOfferLetter(
  db: Queryable,
  mail: MailSettings,
  actor: Actor,
  locale: Locale,
  template: OfferLetterTemplate,
): Promise<Uint8Array> {
  requireAdmin(actor);
  const checked = valueOrInvalid(checkOfferLetterTemplate(template));
  const brand = await letterheadOf(db, mail);
  return renderOfferLetter(
    sampleOfferLetterTerms(brand.companyName, locale),
    checked,
    locale,
    brand,
  );
}

/**
 * The letter of an offer, for the offers feature: the company's wording in the candidate's
 * language (the built-in text until an admin changed it) and the company's name. Access checks
 * are the caller's: whoever may read the offer may read its letter.
 */
export async function offerLetterPdf(
  db: Queryable,
  mail: MailSettings,
  terms: Omit<OfferLetterTerms, 'companyName'>,
  locale: Locale,
): Promise<Uint8Array> {
  const template =
    (await findStoredOfferLetterTemplate(db, locale)) ?? defaultOfferLetterTemplates[locale];
  const brand = await letterheadOf(db, mail);
  return renderOfferLetter({ ...terms, companyName: brand.companyName }, template, locale, brand);
}

/** The employer's name, logo and colour at the head of the letter. */
async function letterheadOf(
  db: Queryable,
  mail: MailSettings,
): Promise<Letterhead & { companyName: string }> {
  const brand = await currentBrand(db, mail);
  return {
    companyName: brand.companyName,
    colour: brand.brandColour,
    logo: brand.logoPath ? await readLogo(db) : null,
  };
}

/** The file name a downloaded letter gets: `surat-penawaran-kerja.pdf` / `offer-letter.pdf`. */
export const offerLetterFileName = (locale: Locale): string =>
  locale === 'id' ? 'surat-penawaran-kerja.pdf' : 'offer-letter.pdf';

async function viewOf(db: Database, actor: Actor, locale: Locale) {
  return (await listOfferLetterTemplates(db, actor)).find((view) => view.locale === locale)!;
}

function requireAdmin(actor: Actor): void {
  requireAbility(actor, 'editOfferSettings', 'Only admins edit the offer letter.');
}
