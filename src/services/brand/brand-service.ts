import type { MailSettings } from '../../config';
import type { Database, Queryable } from '../../db/database';
import {
  findBrand,
  findLogo,
  updateBrandText,
  updateLogo,
  type BrandRow,
} from '../../db/queries/brand';
import { checkBrandText, checkLogo, type BrandText, type LogoType } from '../../domain/brand';
import type { Actor } from '../actor';
import { requireAbility } from '../access-policy';
import { changeCompanySetting } from '../audit-log/audit-service';
import { NotFound, valueOrInvalid } from '../errors';

/** The brand as candidates meet it: the company's name filled in, the logo as a URL path. */
export interface Brand extends BrandText {
  /** `/api/brand/logo?v=<version>`, or null without a logo. */
  logoPath: string | null;
  /** True while the name is the installation's default (SELEKSI_COMPANY_NAME). */
  companyNameIsDefault: boolean;
}

export interface BrandView extends Brand {
  candidateContactEmail: string | null;
  updatedByName: string | null;
  updatedAt: Date;
}

/** Anyone's view (careers pages, portal, e-mails, the letter): no who-changed-it. */
export async function currentBrand(db: Queryable, mail: MailSettings): Promise<Brand> {
  return brandOf(await findBrand(db), mail);
}

/**
 * Where a candidate's reply to an e-mail sent on HR's behalf goes: the company's contact inbox
 * when an admin set one (it outlasts any one HR user, and keeps staff's own addresses private),
 * else the HR user who caused the e-mail, else nobody (the sender is a no-reply address).
 */
export async function candidateReplyTo(
  db: Queryable,
  actingHr?: { email: string } | undefined,
): Promise<string | null> {
  return (await findBrand(db)).candidateContactEmail ?? actingHr?.email ?? null;
}

/** The company's name as candidates see it: the admin's, else the environment's. */
export async function companyNameOf(db: Queryable, mail: MailSettings): Promise<string> {
  return (await findBrand(db)).companyName ?? mail.companyName;
}

export async function getBrandSettings(
  db: Database,
  mail: MailSettings,
  actor: Actor,
): Promise<BrandView> {
  requireBrandAdmin(actor);
  const row = await findBrand(db);
  return {
    ...brandOf(row, mail),
    candidateContactEmail: row.candidateContactEmail,
    updatedByName: row.updatedByName,
    updatedAt: row.updatedAt,
  };
}

/** Every field is checked at once; nothing changes unless all are well. */
export async function changeBrandSettings(
  db: Database,
  mail: MailSettings,
  actor: Actor,
  input: BrandText,
): Promise<BrandView> {
  requireBrandAdmin(actor);
  const brand = valueOrInvalid(checkBrandText(input));
  await changeCompanySetting(
    db,
    actor,
    {
      action: 'settings.brand_changed',
      detail: {
        colourSet: brand.brandColour !== null,
        ...(brand.candidateContactEmail !== undefined
          ? { contactEmailSet: brand.candidateContactEmail !== null }
          : {}),
      },
    },
    (tx) => updateBrandText(tx, brand, actor.id),
  );
  return getBrandSettings(db, mail, actor);
}

/** A PNG or JPEG, its type read from the bytes; or null to remove the logo. */
export async function changeLogo(
  db: Database,
  mail: MailSettings,
  actor: Actor,
  bytes: Uint8Array | null,
): Promise<BrandView> {
  requireBrandAdmin(actor);
  const logo = bytes === null ? null : { bytes, type: valueOrInvalid(checkLogo(bytes)) };
  await changeCompanySetting(
    db,
    actor,
    { action: 'settings.brand_changed', detail: { logo: logo ? 'replaced' : 'removed' } },
    (tx) => updateLogo(tx, logo, actor.id),
  );
  return getBrandSettings(db, mail, actor);
}

export async function readLogo(db: Queryable): Promise<{ bytes: Uint8Array; type: LogoType }> {
  const logo = await findLogo(db);
  if (!logo) throw new NotFound('Logo');
  return logo;
}

function brandOf(row: BrandRow, mail: MailSettings): Brand {
  return {
    companyName: row.companyName ?? mail.companyName,
    companyNameIsDefault: row.companyName === null,
    brandColour: row.brandColour,
    aboutId: row.aboutId,
    aboutEn: row.aboutEn,
    careersIntroId: row.careersIntroId,
    careersIntroEn: row.careersIntroEn,
    logoPath: row.logoType ? `/api/brand/logo?v=${row.logoVersion}` : null,
  };
}

function requireBrandAdmin(actor: Actor): void {
  requireAbility(actor, 'editBrand', 'Only admins change the employer brand.');
}
