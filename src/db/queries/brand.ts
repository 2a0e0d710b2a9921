import type { Queryable } from '../database';
import type { BrandText, LogoType } from '../../domain/brand';
import { lastChangeOf, type LastChange } from './last-change';

/** The employer's brand as stored (one row, made by the migration). */
export interface BrandRow extends LastChange {
  /** Null until an admin names the company: the environment's name is used. */
  companyName: string | null;
  brandColour: string | null;
  aboutId: string;
  aboutEn: string;
  careersIntroId: string;
  careersIntroEn: string;
  /** Where candidates' replies go; null: nobody set one. */
  candidateContactEmail: string | null;
  logoType: LogoType | null;
  /** Changes with every new logo, so its URL does too (browsers may cache it for long). */
  logoVersion: number;
}

export async function findBrand(db: Queryable): Promise<BrandRow> {
  const change = lastChangeOf('b');
  const [row] = await db.query<BrandRow>(
    `SELECT b.company_name AS "companyName", b.brand_colour AS "brandColour", b.about_id AS "aboutId",
       b.about_en AS "aboutEn", b.careers_intro_id AS "careersIntroId",
       b.careers_intro_en AS "careersIntroEn",
       b.candidate_contact_email AS "candidateContactEmail", b.logo_type AS "logoType",
       b.logo_version AS "logoVersion", ${change.columns}
     FROM brand_settings b ${change.join}`,
  );
  return row!;
}

export async function updateBrandText(
  db: Queryable,
  /** A contact e-mail left undefined is kept as it is. */
  brand: BrandText,
  updatedBy: string,
): Promise<void> {
  await db.query(
    `UPDATE brand_settings SET company_name = $1, brand_colour = $2, about_id = $3, about_en = $4,
       careers_intro_id = $5, careers_intro_en = $6, updated_by = $7, updated_at = now(),
       candidate_contact_email = CASE WHEN $8::boolean THEN $9::text ELSE candidate_contact_email END`,
    [
      brand.companyName,
      brand.brandColour,
      brand.aboutId,
      brand.aboutEn,
      brand.careersIntroId,
      brand.careersIntroEn,
      updatedBy,
      brand.candidateContactEmail !== undefined,
      brand.candidateContactEmail ?? null,
    ],
  );
}

export async function findLogo(
  db: Queryable,
): Promise<{ bytes: Uint8Array; type: LogoType; version: number } | undefined> {
  const [row] = await db.query<{
    bytes: Uint8Array | null;
    type: LogoType | null;
    version: number;
  }>(`SELECT logo AS bytes, logo_type AS type, logo_version AS version FROM brand_settings`);
  return row?.bytes && row.type
    ? { bytes: row.bytes, type: row.type, version: row.version }
    : undefined;
}

/** A new logo, or none (null). */
export async function updateLogo(
  db: Queryable,
  logo: { bytes: Uint8Array; type: LogoType } | null,
  updatedBy: string,
): Promise<void> {
  await db.query(
    `UPDATE brand_settings SET logo = $1, logo_type = $2, logo_version = logo_version + 1,
       updated_by = $3, updated_at = now()`,
    [logo?.bytes ?? null, logo?.type ?? null, updatedBy],
  );
}
