/** The web talks to the server only through this module and the hooks in queries.ts. */
import createClient from 'openapi-fetch';
import type { components, paths } from './schema.gen';

export interface FieldError {
  path: string;
  code?: string;
  message: string;
  /** Details some codes carry (e.g. the jobs that block a role change). */
  params?: Record<string, unknown>;
}

export class ApiError extends Error {
  constructor(
    /** The HTTP status, or 0 when the server could not be reached at all. */
    readonly status: number,
    readonly code: string,
    message: string,
    readonly fields: FieldError[],
  ) {
    super(message);
  }

  /** The first problem reported for a field path, if any. */
  field(path: string): FieldError | undefined {
    return this.fields.find((field) => field.path === path || field.path.startsWith(`${path}.`));
  }
}

/** Whatever a request threw, as an ApiError (a network failure has status 0). */
export function asApiError(failure: unknown): ApiError {
  return failure instanceof ApiError ? failure : new ApiError(0, 'network', String(failure), []);
}

type Listener = () => void;
const unauthenticatedListeners = new Set<Listener>();

/** Called when any request finds the session gone, so the app can show the sign-in page. */
export function onUnauthenticated(listener: Listener): () => void {
  unauthenticatedListeners.add(listener);
  return () => unauthenticatedListeners.delete(listener);
}

export type Method = 'get' | 'post' | 'put' | 'patch' | 'delete';

/** The API paths (as written in the route definitions, `{param}` style) that answer a method. */
export type ApiPath<M extends Method> = {
  [P in keyof paths]: paths[P] extends Record<M, { responses: unknown }> ? P : never;
}[keyof paths];

type Operation<M extends Method, P extends ApiPath<M>> = paths[P][M];
type ParametersOf<O> = O extends { parameters: infer X } ? X : never;
/**
 * The path and query parameters of an operation. Written as a key-remapping mapped type over one
 * operation at a time: `Pick<X, Extract<keyof X, …>>` made TypeScript expand every route's
 * parameters at once and give up (TS2590) once the API passed about a hundred operations.
 */
type PathAndQueryOf<O> = O extends { parameters: infer X }
  ? { [K in keyof X as K extends 'path' | 'query' ? K : never]: X[K] }
  : never;
type BodyOf<O> = O extends { requestBody: { content: { 'application/json': infer B } } }
  ? B
  : O extends { requestBody: { content: { 'multipart/form-data': unknown } } }
    ? FormData
    : never;
type SuccessOf<O> = O extends { responses: infer R }
  ? { [K in keyof R]: K extends 200 | 201 | 202 | 204 ? R[K] : never }[keyof R]
  : never;

/** A request's path and query parameters and its body, typed by the route's schemas. */
export type ApiInput<M extends Method, P extends ApiPath<M>> = PathAndQueryOf<Operation<M, P>> &
  ([BodyOf<Operation<M, P>>] extends [never]
    ? { body?: never }
    : { body: BodyOf<Operation<M, P>> });

/** A GET route's query parameters, for pages that build them from form fields. */
export type ApiQueryParams<P extends ApiPath<'get'>> = NonNullable<
  ParametersOf<Operation<'get', P>> extends { query?: infer Q } ? Q : never
>;

/**
 * A shape the API names (`src/server/routes/named.schema.ts`), as the generated client types it:
 * `ApiSchema<'Job'>`. The web never imports `src/server` (a lint rule): these are its types.
 */
export type ApiSchema<N extends keyof components['schemas']> = components['schemas'][N];

/** A request's JSON body as the route's schema accepts it: `ApiBody<'post', '/api/jobs'>`. */
export type ApiBody<M extends Method, P extends ApiPath<M>> = BodyOf<Operation<M, P>>;

/** What a successful request answers, typed by the route's response schema. */
export type ApiData<M extends Method, P extends ApiPath<M>> =
  SuccessOf<Operation<M, P>> extends { content: { 'application/json': infer D } } ? D : undefined;

const client = createClient<paths>({ baseUrl: '', credentials: 'same-origin' });

/**
 * Sends one request. The session cookie goes along (same origin); there is no CSRF token to add:
 * the server refuses cross-site writes by their Origin and Fetch Metadata (see SECURITY.md).
 */
export async function callApi<M extends Method, P extends ApiPath<M>>(
  method: M,
  path: P,
  input: ApiInput<M, P>,
): Promise<ApiData<M, P>> {
  const {
    path: pathParams,
    query,
    body,
  } = input as {
    path?: Record<string, unknown>;
    query?: Record<string, unknown>;
    body?: unknown;
  };
  let result: { data?: unknown; error?: unknown; response: Response };
  try {
    // openapi-fetch's own generics cannot follow a method chosen at run time; the types
    // above give callers the same guarantees.
    result = await client.request(
      method,
      path as never,
      {
        params: { path: pathParams, query },
        body,
      } as never,
    );
  } catch (failure) {
    throw new ApiError(0, 'network', String(failure), []);
  }
  const { response } = result;
  if (!response.ok) {
    const error = (
      result.error as
        { error?: { code: string; message: string; fields: FieldError[] } } | undefined
    )?.error;
    if (response.status === 401 && path !== '/api/auth/login')
      unauthenticatedListeners.forEach((listener) => listener());
    throw new ApiError(
      response.status,
      error?.code ?? 'network',
      error?.message ?? response.statusText,
      error?.fields ?? [],
    );
  }
  return result.data as ApiData<M, P>;
}

/** A path with its parameters filled in, e.g. for a query key or a download link. */
export function apiUrl<P extends ApiPath<'get'>>(path: P, input: ApiInput<'get', P>): string {
  const { path: pathParams = {}, query = {} } = input as {
    path?: Record<string, string | number>;
    query?: Record<string, unknown>;
  };
  const filled = path.replace(/\{(\w+)\}/g, (_, name: string) =>
    encodeURIComponent(String(pathParams[name])),
  );
  const search = new URLSearchParams();
  for (const [name, value] of Object.entries(query)) {
    if (value === undefined || value === null || value === '') continue;
    for (const item of Array.isArray(value) ? value : [value]) search.append(name, String(item));
  }
  const text = search.toString();
  return text ? `${filled}?${text}` : filled;
}
