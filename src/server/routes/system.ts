import { z } from 'zod';
import { engines, type Database } from '../../db/database';
import { publicRoute, type RouteDefinition } from '../route';
import { buildOpenApiDocument } from '../openapi';

const health = z.object({ status: z.literal('ok'), database: z.enum(engines) });

export const systemRoutes = (db: Database, allRoutes: () => readonly RouteDefinition[]) => [
  publicRoute(
    {
      method: 'GET',
      url: '/api/health',
      tag: 'system',
      summary: 'Liveness and database engine',
      response: health,
    },
    async () => {
      await db.ping();
      return { status: 'ok' as const, database: db.engine };
    },
  ),
  publicRoute(
    {
      method: 'GET',
      url: '/api/openapi.json',
      tag: 'system',
      summary: 'This OpenAPI document',
      response: z.record(z.string(), z.unknown()),
    },
    async () => buildOpenApiDocument(allRoutes()),
  ),
];
