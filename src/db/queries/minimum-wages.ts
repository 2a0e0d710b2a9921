import type { MinimumWage } from '../../domain/minimum-wage';
import type { Queryable } from '../database';

export interface MinimumWageRow extends MinimumWage {
  id: string;
  updatedByName: string | null;
  updatedAt: Date;
}

// Amounts are bigint in the table; as float8 they arrive as numbers, exact below 2^53.
const columns = `w.id, w.province, w.city, w.year, w.monthly_amount::float8 AS "monthlyAmount",
  w.decree, u.name AS "updatedByName", w.updated_at AS "updatedAt"`;

/** The newest year first, then by province and city (the province's UMP before its cities). */
export async function listMinimumWages(db: Queryable): Promise<MinimumWageRow[]> {
  return db.query<MinimumWageRow>(
    `SELECT ${columns} FROM minimum_wages w LEFT JOIN users u ON u.id = w.updated_by
     ORDER BY w.year DESC, w.province, w.city NULLS FIRST, lower(w.city)`,
  );
}

export async function findMinimumWage(
  db: Queryable,
  id: string,
): Promise<MinimumWageRow | undefined> {
  const [row] = await db.query<MinimumWageRow>(
    `SELECT ${columns} FROM minimum_wages w LEFT JOIN users u ON u.id = w.updated_by
     WHERE w.id = $1`,
    [id],
  );
  return row;
}

/** The row already recorded for the same province, city (any case) and year, if any. */
export async function findSameRegionYear(
  db: Queryable,
  wage: Pick<MinimumWage, 'province' | 'city' | 'year'>,
  exceptId: string | null,
): Promise<string | undefined> {
  const [row] = await db.query<{ id: string }>(
    `SELECT id FROM minimum_wages
     WHERE province = $1 AND lower(coalesce(city, '')) = lower(coalesce($2, '')) AND year = $3
       AND ($4::uuid IS NULL OR id <> $4)`,
    [wage.province, wage.city, wage.year, exceptId],
  );
  return row?.id;
}

export async function insertMinimumWage(
  db: Queryable,
  wage: MinimumWage,
  updatedBy: string,
): Promise<string> {
  const [row] = await db.query<{ id: string }>(
    `INSERT INTO minimum_wages (province, city, year, monthly_amount, decree, updated_by)
     VALUES ($1, $2, $3, $4, $5, $6) RETURNING id`,
    [wage.province, wage.city, wage.year, wage.monthlyAmount, wage.decree, updatedBy],
  );
  return row!.id;
}

export async function updateMinimumWage(
  db: Queryable,
  id: string,
  wage: MinimumWage,
  updatedBy: string,
): Promise<boolean> {
  const rows = await db.query(
    `UPDATE minimum_wages
     SET province = $2, city = $3, year = $4, monthly_amount = $5, decree = $6, updated_by = $7,
         updated_at = now()
     WHERE id = $1 RETURNING id`,
    [id, wage.province, wage.city, wage.year, wage.monthlyAmount, wage.decree, updatedBy],
  );
  return rows.length > 0;
}

export async function deleteMinimumWage(db: Queryable, id: string): Promise<boolean> {
  const rows = await db.query(`DELETE FROM minimum_wages WHERE id = $1 RETURNING id`, [id]);
  return rows.length > 0;
}

/**
 * The places (province and city) of draft or open jobs, leaving out provinces whose cities set no
 * UMK (`umpOnly`): whether a UMK is on record for each is the domain's matching (umkRowsOfCity),
 * which SQL's lower() cannot tell ("Bekasi" and "Kota Bekasi").
 */
export async function listJobPlaces(
  db: Queryable,
  umpOnly: readonly string[],
): Promise<{ province: string; city: string }[]> {
  return db.query<{ province: string; city: string }>(
    `SELECT DISTINCT j.province, btrim(j.city) AS city FROM jobs j
     WHERE j.province IS NOT NULL AND btrim(j.city) <> '' AND j.status <> 'closed'
       AND NOT (j.province = ANY($1::text[]))
     ORDER BY j.province, btrim(j.city)`,
    [umpOnly],
  );
}

/** The years with at least one minimum wage on record. */
export async function listMinimumWageYears(db: Queryable): Promise<number[]> {
  const rows = await db.query<{ year: number }>(
    'SELECT DISTINCT year FROM minimum_wages ORDER BY year',
  );
  return rows.map((row) => row.year);
}
