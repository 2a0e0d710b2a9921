import type { Queryable } from '../database';

export interface SecuritySettings {
  requireAdminTwoFactor: boolean;
}

export async function findSecuritySettings(db: Queryable): Promise<SecuritySettings> {
  const [row] = await db.query<SecuritySettings>(
    'SELECT require_admin_two_factor AS "requireAdminTwoFactor" FROM company_settings',
  );
  return row ?? { requireAdminTwoFactor: false };
}

export async function updateSecuritySettings(
  db: Queryable,
  settings: SecuritySettings,
  updatedBy: string,
): Promise<void> {
  await db.query(
    `UPDATE company_settings SET require_admin_two_factor = $1, updated_by = $2, updated_at = now()`,
    [settings.requireAdminTwoFactor, updatedBy],
  );
}
