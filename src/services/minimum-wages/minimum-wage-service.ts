import type { Database } from '../../db/database';
import {
  deleteMinimumWage as removeMinimumWage,
  findMinimumWage,
  findSameRegionYear,
  insertMinimumWage,
  listJobPlaces,
  listMinimumWages as readMinimumWages,
  updateMinimumWage as writeMinimumWage,
  type MinimumWageRow,
} from '../../db/queries/minimum-wages';
import {
  checkMinimumWage,
  type MinimumWage,
  type MinimumWageInput,
} from '../../domain/minimum-wage';
import { provincesWithoutUmk } from '../../domain/offers/minimum-wage';
import { umkRowsOfCity } from '../../domain/offers/umk-city';
import type { Actor } from '../actor';
import { requireAbility } from '../access-policy';
import { recordAudit } from '../audit-log/audit-service';
import { Conflict, NotFound, valueOrInvalid } from '../errors';
import type { Queryable } from '../../db/database';

/**
 * The regional minimum wages an offer is checked against, which admins keep up to date, and the
 * job cities with no UMK on record (their offers fall back to the province's UMP), to add next.
 */
export async function listMinimumWages(
  db: Database,
  actor: Actor,
): Promise<{ wages: MinimumWageRow[]; citiesWithoutUmk: { province: string; city: string }[] }> {
  requireAdmin(actor);
  const wages = await readMinimumWages(db);
  const places = await listJobPlaces(db, provincesWithoutUmk);
  // The offer's own matching: a city listed here is one whose offers the province's UMP checks.
  const citiesWithoutUmk = places.filter(
    (place) =>
      umkRowsOfCity(
        place.city,
        wages.filter((wage) => wage.province === place.province),
      ).length === 0,
  );
  return { wages, citiesWithoutUmk };
}

export async function addMinimumWage(
  db: Database,
  actor: Actor,
  input: MinimumWageInput,
): Promise<MinimumWageRow> {
  requireAdmin(actor);
  const wage = valueOrInvalid(checkMinimumWage(input));
  const id = await db.transaction(async (tx) => {
    await refuseSecondRow(tx, wage, null);
    const created = await insertMinimumWage(tx, wage, actor.id);
    await recordAudit(tx, {
      actor,
      action: 'minimum_wage.added',
      entityId: null,
      detail: auditDetail(wage),
    });
    return created;
  });
  return (await findMinimumWage(db, id))!;
}

export async function changeMinimumWage(
  db: Database,
  actor: Actor,
  id: string,
  input: MinimumWageInput,
): Promise<MinimumWageRow> {
  requireAdmin(actor);
  const wage = valueOrInvalid(checkMinimumWage(input));
  await db.transaction(async (tx) => {
    await refuseSecondRow(tx, wage, id);
    if (!(await writeMinimumWage(tx, id, wage, actor.id))) throw new NotFound('Minimum wage');
    await recordAudit(tx, {
      actor,
      action: 'minimum_wage.changed',
      entityId: null,
      detail: auditDetail(wage),
    });
  });
  return (await findMinimumWage(db, id))!;
}

export async function deleteMinimumWage(db: Database, actor: Actor, id: string): Promise<void> {
  requireAdmin(actor);
  await db.transaction(async (tx) => {
    const wage = await findMinimumWage(tx, id);
    if (!wage || !(await removeMinimumWage(tx, id))) throw new NotFound('Minimum wage');
    await recordAudit(tx, {
      actor,
      action: 'minimum_wage.deleted',
      entityId: null,
      detail: auditDetail(wage),
    });
  });
}

/** One row per province or city and year: a second one would make the check ambiguous. */
async function refuseSecondRow(tx: Queryable, wage: MinimumWage, id: string | null) {
  if (await findSameRegionYear(tx, wage, id)) {
    throw new Conflict(
      [
        {
          path: 'year',
          code: 'minimum_wage_exists',
          message: 'This region already has a minimum wage for this year; edit that row instead.',
        },
      ],
      'A minimum wage for this region and year is already recorded.',
    );
  }
}

// Regions and years are public facts, not personal data: the log may name them.
const auditDetail = (wage: MinimumWage) => ({
  province: wage.province,
  city: wage.city,
  year: wage.year,
});

function requireAdmin(actor: Actor): void {
  requireAbility(actor, 'editOfferSettings', 'Only admins change the minimum wages.');
}
