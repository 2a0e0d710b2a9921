import { readFile } from 'node:fs/promises';
import { expect, it } from 'vitest';
import { apiTypesFile, apiTypesSource } from '../../scripts/api-types';

it('the web API types match the route definitions', async () => {
  const committed = await readFile(apiTypesFile, 'utf8');
  const fresh = await apiTypesSource();
  expect(
    committed === fresh,
    'src/web/api/schema.gen.ts is stale: a route or schema changed. Run `npm run generate:api` and commit the result.',
  ).toBe(true);
  // Generating the types runs the OpenAPI generator on every route: seconds when quiet, far more under load.
}, 120_000);
