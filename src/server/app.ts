import cookie from '@fastify/cookie';
import multipart from '@fastify/multipart';
import rateLimit from '@fastify/rate-limit';
import Fastify, { type FastifyInstance, type FastifyReply, type FastifyRequest } from 'fastify';
import { existsSync } from 'node:fs';
import type { MailSettings } from '../config';
import type { Database } from '../db/database';
import { fileCvStore, type CvStore } from '../services/candidates/cv-store';
import { sharedRateLimitStore } from './shared-rate-limits';
import type { SecretBox } from '../services/secret-box';
import { registerCareersPages } from './careers-pages';
import { registerJobFeeds } from './job-feeds';
import { registerWebFiles } from './web-files';
import { userForSession, type SessionUser } from '../services/auth/auth-service';
import { rememberSignedInUser } from './signed-in-user';
import { actorForApiToken, recordTokenWrite } from '../services/integrations/api-token-service';
import { tokenScopeFor } from './token-routes';
import { Forbidden, TwoFactorEnrolmentRequired, Unauthenticated } from '../services/errors';
import { handleError, handleFrameworkError } from './error-handler';
import { apiRoutes } from './api-routes';
import { areasOf } from './answer-areas';
import { answerCache, type AnswerCache } from './answer-cache';
import type { RouteDefinition } from './route';
import { checkResponse } from './response-check';
import { readSessionToken, setSessionCookie } from './session-cookie';

export interface AppOptions {
  db: Database;
  /** The built single-page app; served with history fallback when present. */
  webDir?: string | undefined;
  /** Where uploaded CVs are kept (see readConfig: SELEKSI_CV_DIR or <data dir>/cv-files). */
  cvDir: string;
  /** The configured CV store (see openCvStore); the folder `cvDir` when not given. */
  cvStore?: CvStore | undefined;
  /** What e-mails and public links say about this installation (see readConfig: SELEKSI_PUBLIC_URL, …). */
  mail: MailSettings;
  /** Encrypts TOTP secrets at rest (see loadSecretKey: SELEKSI_SECRET_KEY or <data dir>/secret.key). */
  secretBox: SecretBox;
  logLevel?: string | undefined;
  /** Where log lines go (standard output unless given; tests capture them). */
  logStream?: NodeJS.WritableStream | undefined;
  /** Behind a reverse proxy: trust its X-Forwarded-* headers (see readConfig: TRUST_PROXY). */
  trustProxy?: boolean | undefined;
  /**
   * Check every success reply against its route's response schema; a mismatch becomes a 500
   * `response_mismatch` (on in the API tests, and in development with SELEKSI_CHECK_RESPONSES).
   */
  checkResponses?: boolean | undefined;
  /** Answer heavy reads again while the data is unchanged (answer-cache.ts); on unless false. */
  cacheAnswers?: boolean | undefined;
  /** Webhook endpoints may be plain HTTP on this machine (see readConfig: SELEKSI_WEBHOOK_LOOPBACK). */
  allowLoopbackWebhooks?: boolean | undefined;
}

/**
 * Routes validate and shape their data with zod (route.ts) and give Fastify no JSON schema, so
 * Fastify's own compilers (Ajv, fast-json-stringify) are never needed; left to Fastify they are
 * loaded at every start anyway (a tenth of a second of CPU, issue 19's cold start). A route
 * handed a schema fails when the app is built, not silently.
 */
const noFastifySchemas = {
  buildValidator: () => () => {
    throw new Error('Fastify schemas are not compiled here: validate with zod in route.ts.');
  },
  buildSerializer: () => () => {
    throw new Error('Fastify schemas are not compiled here: shape responses in route.ts.');
  },
};

export async function buildApp({
  db,
  webDir,
  cvDir,
  cvStore,
  mail,
  secretBox,
  logLevel = 'info',
  logStream,
  trustProxy = false,
  checkResponses = false,
  cacheAnswers = true,
  allowLoopbackWebhooks = false,
}: AppOptions): Promise<FastifyInstance> {
  const app = Fastify({
    logger: {
      level: logLevel,
      ...(logStream ? { stream: logStream } : {}),
      // Query strings can carry search terms such as a candidate's name: log the path only.
      serializers: {
        req: (request: FastifyRequest) => ({
          method: request.method,
          // Portal and invitation tokens are the candidate's key: never write one to a log.
          path: request.url
            .split('?')[0]
            ?.replace(/\/{2,}/g, '/')
            .replace(/^(\/api)?\/(portal|talent-pool)\/[^/]+/, '$1/$2/[token]'),
        }),
      },
    },
    bodyLimit: 1024 * 1024,
    frameworkErrors: handleFrameworkError,
    trustProxy,
    schemaController: { compilersFactory: noFastifySchemas },
  });
  await app.register(cookie);
  // Limits are set per route (route.ts readMultipart); an oversize file is cut and reported.
  await app.register(multipart, { throwFileSizeLimit: false });
  const store = cvStore ?? fileCvStore(cvDir);
  // Limits apply only to the routes that ask for one (public routes that do work). On a server,
  // counted in the database, so several instances behind a load balancer share one count.
  await app.register(rateLimit, {
    global: false,
    ...(db.engine === 'postgresql' ? { store: sharedRateLimitStore(db) } : {}),
  });
  app.setErrorHandler(handleError);
  app.addHook('onRequest', async (request, reply) => {
    reply.headers(securityHeaders);
    // API answers carry personal data: no browser or proxy cache keeps a copy.
    if (request.url.startsWith('/api/')) reply.header('cache-control', 'no-store');
    if (request.protocol === 'https') reply.header('strict-transport-security', 'max-age=31536000');
    // A bearer request never uses the session cookie (serveRoute), and a browser cannot add the
    // header to a cross-site request without a CORS preflight we never grant: nothing to forge.
    if (bearerToken(request) === undefined) refuseCrossSiteWrites(request);
  });

  const answers = cacheAnswers ? answerCache() : undefined;
  for (const definition of apiRoutes({ db, secretBox, store, mail, allowLoopbackWebhooks })) {
    serveRoute(app, definition, { db, checkResponses, answers });
  }

  registerJobFeeds(app, db, mail);
  if (webDir && existsSync(webDir)) {
    registerCareersPages(app, db, mail, webDir);
    await registerWebFiles(app, webDir);
  }
  app.setNotFoundHandler((request, reply) => {
    // API routes and files (anything with an extension) that do not exist are real 404s;
    // every other path belongs to the single-page app.
    const path = request.url.split('?')[0] ?? '';
    if (path.startsWith('/api/') || /\.\w+$/.test(path) || !webDir || !existsSync(webDir)) {
      return reply
        .status(404)
        .send({ error: { code: 'not_found', message: 'No such route.', fields: [] } });
    }
    return reply.type('text/html').sendFile('index.html');
  });
  return app;
}

/** Serves one route definition: session, two-factor gate, the handler, and the response check. */
export function serveRoute(
  app: FastifyInstance,
  definition: RouteDefinition,
  { db, checkResponses, answers }: { db: Database; checkResponses: boolean; answers?: AnswerCache },
): void {
  app.route({
    method: definition.method,
    url: definition.url,
    ...(definition.bodyLimit ? { bodyLimit: definition.bodyLimit } : {}),
    ...(definition.perMinute
      ? { config: { rateLimit: { max: definition.perMinute, timeWindow: '1 minute' } } }
      : {}),
    handler: async (request, reply) => {
      const bearer = bearerToken(request);
      if (bearer !== undefined && !definition.isPublic) {
        return serveTokenRequest(db, definition, request, reply, bearer, checkResponses);
      }
      // A kept answer is checked against the versions of the areas it reads (answer-areas.ts).
      // With the areas its answers told lately (a list's shown candidates: answer-cache.ts).
      const own =
        answers && definition.cacheable ? areasOf(definition.cacheable, request.params) : [];
      const told = answers && definition.cacheable?.told ? answers.told(request.url) : [];
      const areas = [...new Set([...own, ...told])];
      const signedIn =
        bearer === undefined ? await signedInUser(db, request, reply, areas) : undefined;
      if (!definition.isPublic && !signedIn) throw new Unauthenticated();
      // An admin who must enrol in two-factor sign-in can reach only their own account routes.
      if (signedIn?.mustEnrolTwoFactor && !definition.url.startsWith('/api/auth/')) {
        throw new TwoFactorEnrolmentRequired();
      }
      const actor = signedIn && { id: signedIn.user.id, role: signedIn.user.role };
      if (!answers || !definition.cacheable || !signedIn) {
        const result = await definition.run(request, reply, actor);
        if (checkResponses) checkResponse(definition, result);
        return reply.status(definition.status).send(result);
      }
      // Per user: what an answer holds depends on who asks (their jobs, contacts shown, `can`).
      const key = `${signedIn.user.id} ${request.url}`;
      const tells = definition.cacheable.told;
      const { body, kept } = await answers.answer(
        key,
        signedIn.dataVersion,
        async () => {
          const result = await definition.run(request, reply, actor);
          if (checkResponses) checkResponse(definition, result);
          const body = JSON.stringify(result);
          if (!tells) return { body };
          return {
            body,
            areas: [...own, ...tells(result, { actor: actor!, query: request.query })],
          };
        },
        { address: request.url, read: areas },
      );
      // Whether the answer was kept (as a CDN's X-Cache): for benches and operators, no data.
      reply.header('x-answer-cache', kept ? 'hit' : 'miss');
      return reply.status(definition.status).type('application/json; charset=utf-8').send(body);
    },
  });
}

/**
 * A request with `Authorization: Bearer`: the token alone decides, the session cookie is not read.
 * The route must be open to one of the token's scopes (token-routes.ts); a write is audited once
 * as the token's, besides whatever the use case records with the token as its actor.
 */
async function serveTokenRequest(
  db: Database,
  definition: RouteDefinition,
  request: FastifyRequest,
  reply: FastifyReply,
  bearer: string,
  checkResponses: boolean,
) {
  const actor = await actorForApiToken(db, bearer);
  if (!actor) throw new Unauthenticated('The API token is unknown, expired or revoked.');
  const scope = tokenScopeFor(definition.method, definition.url);
  if (!scope) throw new Forbidden('API tokens cannot be used for this.');
  if (!actor.scopes.includes(scope)) {
    throw new Forbidden(`This API token lacks the scope ${scope}.`);
  }
  const result = await definition.run(request, reply, {
    id: actor.id,
    role: actor.role,
    tokenId: actor.tokenId,
  });
  if (checkResponses) checkResponse(definition, result);
  if (definition.method !== 'GET') {
    await recordTokenWrite(db, actor, { method: definition.method, route: definition.url });
  }
  return reply.status(definition.status).send(result);
}

/** The token of an `Authorization: Bearer …` header ('' when empty); undefined without one. */
function bearerToken(request: FastifyRequest): string | undefined {
  const match = /^Bearer(?:\s+(.*))?$/i.exec(request.headers.authorization ?? '');
  return match ? (match[1] ?? '').trim() : undefined;
}

async function signedInUser(
  db: Database,
  request: FastifyRequest,
  reply: FastifyReply,
  areas: readonly string[],
): Promise<SessionUser | undefined> {
  const token = readSessionToken(request);
  if (!token) return undefined;
  const session = await userForSession(db, token, areas);
  if (!session) return undefined;
  rememberSignedInUser(request, session.user);
  // The session slid forward: so must the cookie, or the browser drops it at the old end.
  if (session.renewedUntil) setSessionCookie(request, reply, token, session.renewedUntil);
  return session;
}

// Scripts and styles only from this origin (Vite emits no inline script), nothing embeds us,
// nothing is embedded but our own images; recordings play back from blob: URLs.
const securityHeaders = {
  'x-content-type-options': 'nosniff',
  'x-frame-options': 'DENY',
  'referrer-policy': 'same-origin',
  'content-security-policy':
    "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; " +
    "media-src 'self' blob:; connect-src 'self'; object-src 'none'; frame-ancestors 'none'; " +
    "base-uri 'self'; form-action 'self'",
  'permissions-policy': 'camera=(), geolocation=(), payment=(), microphone=(self)',
  'cross-origin-opener-policy': 'same-origin',
  'cross-origin-resource-policy': 'same-origin',
};

/**
 * CSRF: SameSite=Lax cookies already keep the session off cross-site writes; on top, a write
 * whose Origin is another host, or that the browser labels cross-site (Fetch Metadata), is refused.
 * Clients that are not browsers send neither header and are unaffected.
 */
function refuseCrossSiteWrites(request: FastifyRequest): void {
  if (request.method === 'GET' || request.method === 'HEAD' || request.method === 'OPTIONS') return;
  const origin = request.headers.origin;
  const site = request.headers['sec-fetch-site'];
  if (
    (origin && hostOf(origin) !== request.headers.host) ||
    site === 'cross-site' ||
    site === 'same-site'
  ) {
    throw new Forbidden('Cross-site requests are not allowed.');
  }
}

function hostOf(origin: string): string | undefined {
  try {
    return new URL(origin).host;
  } catch {
    return undefined;
  }
}
