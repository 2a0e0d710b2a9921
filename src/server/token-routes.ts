import type { ApiTokenScope } from '../domain/integrations/api-token';

/**
 * What each API-token scope opens, route by route. A route missing here refuses every token,
 * whatever its scopes: user management, API tokens, webhooks, settings, the audit log, privacy
 * requests and everything else stay with signed-in people. Within an allowed route the token acts
 * as the admin who made it, so the usual access checks still apply.
 */
export const tokenRoutes = {
  'read:jobs': ['GET /api/jobs', 'GET /api/jobs/:jobId', 'GET /api/jobs/:jobId/board'],
  'read:candidates': ['GET /api/candidates', 'GET /api/candidates/:candidateId'],
  'write:candidates': ['POST /api/candidates', 'PUT /api/candidates/:candidateId'],
  'write:applications': [
    'POST /api/applications',
    'POST /api/applications/:applicationId/move',
    'POST /api/jobs/:jobId/bulk-move',
  ],
  'read:reports': [
    'GET /api/reports/funnel',
    'GET /api/reports/speed',
    'GET /api/reports/sources',
    'GET /api/reports/agreement',
    'GET /api/reports/calibration',
    'GET /api/reports/offers',
    'GET /api/reports/:report/export',
  ],
} as const satisfies Record<ApiTokenScope, readonly string[]>;

const scopeOfRoute = new Map<string, ApiTokenScope>(
  Object.entries(tokenRoutes).flatMap(([scope, routes]) =>
    routes.map((route) => [route, scope as ApiTokenScope] as const),
  ),
);

/** The scope a token needs for a route, or undefined when no token may call it. */
export function tokenScopeFor(method: string, url: string): ApiTokenScope | undefined {
  return scopeOfRoute.get(`${method} ${url}`);
}
