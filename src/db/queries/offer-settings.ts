import type { Queryable } from '../database';

/** The company's approval rule for offers (one row, created by the migration). */
export interface OfferSettingsRow {
  everyOfferNeedsApproval: boolean;
  approverId: string | null;
  approverName: string | null;
  updatedByName: string | null;
  updatedAt: Date;
}

export async function findOfferSettings(db: Queryable): Promise<OfferSettingsRow> {
  const [row] = await db.query<OfferSettingsRow>(
    `SELECT s.every_offer_needs_approval AS "everyOfferNeedsApproval", s.approver_id AS "approverId",
       a.name AS "approverName", u.name AS "updatedByName", s.updated_at AS "updatedAt"
     FROM offer_settings s
     LEFT JOIN users a ON a.id = s.approver_id
     LEFT JOIN users u ON u.id = s.updated_by`,
  );
  return row!;
}

export async function updateOfferSettings(
  db: Queryable,
  settings: { everyOfferNeedsApproval: boolean; approverId: string | null },
  updatedBy: string,
): Promise<void> {
  await db.query(
    `UPDATE offer_settings
     SET every_offer_needs_approval = $1, approver_id = $2, updated_by = $3, updated_at = now()`,
    [settings.everyOfferNeedsApproval, settings.approverId, updatedBy],
  );
}
