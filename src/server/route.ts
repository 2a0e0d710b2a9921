import type { AnswerAreas } from './answer-areas';
import type { FastifyReply, FastifyRequest } from 'fastify';
import type { z } from 'zod';
import type { FieldProblem } from '../domain/result';
import type { Actor } from '../services/actor';
import { Invalid, NotFound } from '../services/errors';
import { controlCharacterProblems } from './control-characters';
import { okSchema } from './routes/common.schema';

type Method = 'GET' | 'POST' | 'PATCH' | 'PUT' | 'DELETE';
type Schema = z.ZodType;
type Out<S> = S extends Schema ? z.output<S> : undefined;

interface RouteSpec<B, Q, P, R extends Schema> {
  method: Method;
  url: string;
  /** The feature this route belongs to; becomes the OpenAPI tag. */
  tag: string;
  summary: string;
  body?: B;
  query?: Q;
  params?: P;
  response: R;
  /** Success status, 200 unless said. */
  status?: number;
  /** Largest request body accepted, in bytes (the app's default otherwise). */
  bodyLimit?: number;
  /** Requests per minute per client, for public routes that do work. */
  perMinute?: number;
  /** The body is a multipart form (file uploads); `files` names its file fields. */
  multipart?: MultipartSpec;
  /** The success response's media types when it is not JSON (a file download). */
  produces?: readonly string[];
  /**
   * A heavy read whose answer depends only on the data, the signed-in user, the URL and (briefly)
   * the clock: the server may answer it again from memory while the data is unchanged
   * (answer-cache.ts), kept against the versions of the areas it reads (answer-areas.ts). Never
   * for a handler that writes, sets headers or reads request headers.
   */
  cacheable?: AnswerAreas;
}

export interface MultipartSpec {
  files: readonly string[];
  /** A larger file is cut off and reported as too large (see `uploadedFile`). */
  maxFileBytes: number;
}

export interface RouteContext<B, Q, P> {
  body: Out<B>;
  query: Out<Q>;
  params: Out<P>;
  request: FastifyRequest;
  reply: FastifyReply;
}

/**
 * A route is its schemas plus a handler. The same schemas validate requests and
 * produce the OpenAPI document, so the two cannot drift apart.
 */
export interface RouteDefinition {
  method: Method;
  url: string;
  tag: string;
  summary: string;
  isPublic: boolean;
  bodyLimit: number | undefined;
  perMinute: number | undefined;
  multipart: MultipartSpec | undefined;
  produces: readonly string[] | undefined;
  cacheable: AnswerAreas | undefined;
  status: number;
  schemas: { body?: Schema; query?: Schema; params?: Schema; response: Schema };
  run(request: FastifyRequest, reply: FastifyReply, actor: Actor | undefined): Promise<unknown>;
}

/** A route for signed-in users: the handler receives the actor. */
export function route<
  B extends Schema | undefined = undefined,
  Q extends Schema | undefined = undefined,
  P extends Schema | undefined = undefined,
  R extends Schema = Schema,
>(
  spec: RouteSpec<B, Q, P, R>,
  handler: (ctx: RouteContext<B, Q, P> & { actor: Actor }) => Promise<z.input<R>>,
): RouteDefinition {
  return define(spec, false, (ctx, actor) => handler({ ...ctx, actor: actor! }));
}

/**
 * A signed-in route that changes something and answers only `{ ok: true }`: the handler runs the
 * use case, and the route says "done" once it returns (a failure throws as in any route).
 */
export function commandRoute<
  B extends Schema | undefined = undefined,
  Q extends Schema | undefined = undefined,
  P extends Schema | undefined = undefined,
>(
  spec: Omit<RouteSpec<B, Q, P, typeof okSchema>, 'response'>,
  handler: (ctx: RouteContext<B, Q, P> & { actor: Actor }) => Promise<unknown>,
): RouteDefinition {
  return route({ ...spec, response: okSchema }, answeringOk(handler));
}

/** `commandRoute` for anyone, signed in or not (the candidate portal's links). */
export function publicCommandRoute<
  B extends Schema | undefined = undefined,
  Q extends Schema | undefined = undefined,
  P extends Schema | undefined = undefined,
>(
  spec: Omit<RouteSpec<B, Q, P, typeof okSchema>, 'response'>,
  handler: (ctx: RouteContext<B, Q, P> & { actor: Actor | undefined }) => Promise<unknown>,
): RouteDefinition {
  return publicRoute({ ...spec, response: okSchema }, answeringOk(handler));
}

function answeringOk<C>(handler: (ctx: C) => Promise<unknown>) {
  return async (ctx: C) => {
    await handler(ctx);
    return { ok: true as const };
  };
}

/** A route anyone may call, signed in or not. */
export function publicRoute<
  B extends Schema | undefined = undefined,
  Q extends Schema | undefined = undefined,
  P extends Schema | undefined = undefined,
  R extends Schema = Schema,
>(
  spec: RouteSpec<B, Q, P, R>,
  handler: (ctx: RouteContext<B, Q, P> & { actor: Actor | undefined }) => Promise<z.input<R>>,
): RouteDefinition {
  return define(spec, true, (ctx, actor) => handler({ ...ctx, actor }));
}

function define<B, Q, P>(
  spec: RouteSpec<B, Q, P, Schema>,
  isPublic: boolean,
  handler: (ctx: RouteContext<B, Q, P>, actor: Actor | undefined) => Promise<unknown>,
): RouteDefinition {
  const schemas = {
    body: spec.body as Schema | undefined,
    query: spec.query as Schema | undefined,
    params: spec.params as Schema | undefined,
    response: spec.response,
  };
  return {
    method: spec.method,
    url: spec.url,
    tag: spec.tag,
    summary: spec.summary,
    isPublic,
    status: spec.status ?? 200,
    bodyLimit: spec.bodyLimit,
    perMinute: spec.perMinute,
    multipart: spec.multipart,
    produces: spec.produces,
    cacheable: spec.cacheable,
    schemas,
    async run(request, reply, actor) {
      // Collect the problems of every part before answering, so the user sees them all at once.
      const problems: FieldProblem[] = [];
      const params = parsePart(schemas.params, request.params, problems);
      const query = parsePart(schemas.query, request.query, problems);
      const rawBody = spec.multipart
        ? await readMultipart(request, spec.multipart)
        : // An absent body is undefined; a JSON `null` stays null, so an optional body refuses it.
          request.body;
      const body = parsePart(schemas.body, rawBody, problems, spec.multipart?.files);
      if (problems.length) throw new Invalid(problems);
      const ctx = { params, query, body, request, reply } as RouteContext<B, Q, P>;
      return handler(ctx, actor).catch((error: unknown) => {
        throw error instanceof NotFound ? namingPathParam(error, params) : error;
      });
    },
  };
}

/**
 * A record missing behind a path parameter is named like any other field, so a client sees which
 * id was unknown: the parameter named for what is missing (`Minimum wage` → `minimumWageId`), or
 * the only one. A NotFound that already names its field, or matches none, passes unchanged.
 */
function namingPathParam(error: NotFound, params: unknown): NotFound {
  if (error.fields.length || !params || typeof params !== 'object') return error;
  const names = Object.keys(params);
  const subject = error.what.toLowerCase().replace(/\s+/g, '');
  const named = names.find((name) => name.toLowerCase().startsWith(subject));
  const param = named ?? (names.length === 1 ? names[0] : undefined);
  return param ? error.at(param) : error;
}

function parsePart(
  schema: Schema | undefined,
  value: unknown,
  problems: FieldProblem[],
  files: readonly string[] = [],
) {
  if (!schema) return undefined;
  // Every string the request carries, before any schema sees it, so no field can forget the
  // rule. An uploaded file's name is not the user's typing: cleanCvFileName cleans it instead.
  const refused = controlCharacterProblems(withoutKeys(value, files));
  problems.push(...refused);
  // reportInput lets issueCode tell a missing field from one of the wrong type.
  const parsed = schema.safeParse(value, { reportInput: true });
  if (parsed.success) return refused.length ? undefined : parsed.data;
  for (const issue of parsed.error.issues) {
    const path = issue.path.map(String).join('.') || 'body';
    // A field already refused for its characters is named once.
    if (refused.some((problem) => problem.path === path)) continue;
    const code = issueCode(issue);
    const bound = numberBound(issue);
    problems.push(
      bound
        ? { path, code, message: bound.message, params: bound.params }
        : { path, code, message: code === 'required' ? requiredMessage : issue.message },
    );
  }
  return undefined;
}

function withoutKeys(value: unknown, keys: readonly string[]): unknown {
  if (!keys.length || typeof value !== 'object' || value === null) return value;
  return Object.fromEntries(Object.entries(value).filter(([key]) => !keys.includes(key)));
}

/** A missing field in words an API client reads, not zod's "expected object, received undefined". */
const requiredMessage = 'This field is required.';

/**
 * A number out of its range says the range, not a length ("Too long" for a weight of 150): the
 * bound goes along as a param the web words, and zod's "Too big: expected number to be <=100"
 * becomes "At most 100.". A schema's own message (e.g. "At least 1 month.") is kept whole, without
 * the bound, so a form says it rather than a bare number.
 */
function numberBound(
  issue: z.core.$ZodIssue,
): { message: string; params: Record<string, number> } | undefined {
  if (issue.code !== 'too_small' && issue.code !== 'too_big') return undefined;
  if (
    issue.origin !== 'number' ||
    typeof (issue.code === 'too_small' ? issue.minimum : issue.maximum) !== 'number'
  )
    return undefined;
  if (!/^Too (small|big)/.test(issue.message)) return undefined;
  if (issue.code === 'too_small') {
    const minimum = Number(issue.minimum);
    return { message: `At least ${minimum}.`, params: { minimum } };
  }
  const maximum = Number(issue.maximum);
  return { message: `At most ${maximum}.`, params: { maximum } };
}

/** Stable codes the web translates; zod's own messages stay as the English fallback. */
function issueCode(issue: z.core.$ZodIssue): string {
  if (
    (issue.code === 'invalid_type' || issue.code === 'invalid_value') &&
    issue.input === undefined
  )
    return 'required';
  // A choice left empty (a select at "—": no person, no option) is missing, not a bad choice.
  if (
    issue.input === '' &&
    (issue.code === 'invalid_value' || (issue.code === 'invalid_format' && issue.format === 'uuid'))
  )
    return 'required';
  if (issue.code === 'too_small')
    return issue.origin === 'string' && issue.minimum === 1 ? 'required' : 'too_small';
  if (issue.code === 'invalid_format') return `invalid_${issue.format}`;
  if (issue.code === 'custom' && typeof issue.params?.code === 'string') return issue.params.code;
  return issue.code;
}

/**
 * A multipart form as one plain object: text fields as strings, file fields as
 * `{ fileName, bytes, truncated }`, so the same zod schema validates it as any JSON body.
 */
async function readMultipart(
  request: FastifyRequest,
  spec: MultipartSpec,
): Promise<Record<string, unknown>> {
  if (!request.isMultipart()) {
    throw new Invalid([
      {
        path: 'body',
        code: 'multipart_required',
        message: 'Send the form as multipart/form-data.',
      },
    ]);
  }
  const values: Record<string, unknown> = {};
  const parts = request.parts({
    limits: {
      fileSize: spec.maxFileBytes,
      files: spec.files.length,
      fields: 30,
      fieldSize: 10_000,
    },
  });
  for await (const part of parts) {
    if (part.type === 'file') {
      if (!spec.files.includes(part.fieldname) || part.fieldname in values) {
        part.file.resume();
        continue;
      }
      const bytes = await part.toBuffer();
      values[part.fieldname] = { fileName: part.filename, bytes, truncated: part.file.truncated };
    } else if (!spec.files.includes(part.fieldname)) {
      values[part.fieldname] = part.value;
    }
  }
  return values;
}
