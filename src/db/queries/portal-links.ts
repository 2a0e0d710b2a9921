import type { Queryable } from '../database';

export interface PortalLinkRow {
  token: string;
  applicationId: string;
  createdAt: Date;
  revokedAt: Date | null;
}

const linkColumns = `token, application_id AS "applicationId", created_at AS "createdAt", revoked_at AS "revokedAt"`;

export async function findPortalLink(
  db: Queryable,
  token: string,
): Promise<PortalLinkRow | undefined> {
  const [row] = await db.query<PortalLinkRow>(
    `SELECT ${linkColumns} FROM portal_links WHERE token = $1`,
    [token],
  );
  return row;
}

export async function findActivePortalLink(
  db: Queryable,
  applicationId: string,
): Promise<PortalLinkRow | undefined> {
  const [row] = await db.query<PortalLinkRow>(
    `SELECT ${linkColumns} FROM portal_links WHERE application_id = $1 AND revoked_at IS NULL`,
    [applicationId],
  );
  return row;
}

export async function insertPortalLink(
  db: Queryable,
  applicationId: string,
  token: string,
): Promise<void> {
  await db.query(`INSERT INTO portal_links (token, application_id) VALUES ($1, $2)`, [
    token,
    applicationId,
  ]);
}

export async function revokePortalLinks(db: Queryable, applicationId: string): Promise<void> {
  await db.query(
    `UPDATE portal_links SET revoked_at = now() WHERE application_id = $1 AND revoked_at IS NULL`,
    [applicationId],
  );
}
