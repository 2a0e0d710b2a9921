import type { Database } from '../../db/database';
import type { MinimumWageRow } from '../../db/queries/minimum-wages';
import {
  addMinimumWage,
  changeMinimumWage,
  deleteMinimumWage,
  listMinimumWages,
} from '../../services/minimum-wages/minimum-wage-service';
import { commandRoute, route } from '../route';
import {
  minimumWage,
  minimumWageInput,
  minimumWageList,
  minimumWageParams,
  type MinimumWageOutput,
} from './minimum-wages.schema';

export const minimumWageRoutes = (db: Database) => [
  route(
    {
      method: 'GET',
      url: '/api/admin/minimum-wages',
      tag: 'minimum-wages',
      summary: 'The regional minimum wages (UMP per province, UMK per city) by year (admins)',
      response: minimumWageList,
    },
    async ({ actor }) => {
      const { wages, citiesWithoutUmk } = await listMinimumWages(db, actor);
      return { items: wages.map(present), citiesWithoutUmk };
    },
  ),
  route(
    {
      method: 'POST',
      url: '/api/admin/minimum-wages',
      tag: 'minimum-wages',
      summary: 'Record a minimum wage with its year and decree (admins)',
      body: minimumWageInput,
      response: minimumWage,
    },
    async ({ actor, body }) => present(await addMinimumWage(db, actor, body)),
  ),
  route(
    {
      method: 'PUT',
      url: '/api/admin/minimum-wages/:minimumWageId',
      tag: 'minimum-wages',
      summary: 'Correct a minimum wage (admins)',
      params: minimumWageParams,
      body: minimumWageInput,
      response: minimumWage,
    },
    async ({ actor, params, body }) =>
      present(await changeMinimumWage(db, actor, params.minimumWageId, body)),
  ),
  commandRoute(
    {
      method: 'DELETE',
      url: '/api/admin/minimum-wages/:minimumWageId',
      tag: 'minimum-wages',
      summary: 'Remove a minimum wage (admins)',
      params: minimumWageParams,
    },
    ({ actor, params }) => deleteMinimumWage(db, actor, params.minimumWageId),
  ),
];

function present(row: MinimumWageRow): MinimumWageOutput {
  return {
    id: row.id,
    province: row.province,
    city: row.city,
    year: row.year,
    monthlyAmount: row.monthlyAmount,
    decree: row.decree,
    updatedByName: row.updatedByName,
    updatedAt: row.updatedAt.toISOString(),
  };
}
