import { useCallback, useRef, useState } from 'react';
import {
  QueryClient,
  useMutation,
  useQuery,
  useQueryClient,
  type UseQueryResult,
} from '@tanstack/react-query';
import {
  apiUrl,
  asApiError,
  callApi,
  type ApiData,
  type ApiError,
  type ApiInput,
  type ApiPath,
  type Method,
} from './client';

/**
 * One cache for the whole app. Every page reads through it and every change invalidates the
 * reads it touches, so no page keeps showing a state the server has already left.
 */
export function createQueryClient(): QueryClient {
  return new QueryClient({
    defaultOptions: {
      queries: {
        // A failure shows at once with "try again"; a 4xx answer will not change by retrying.
        retry: (count, error) => count < 1 && asApiError(error).status === 0,
        staleTime: 10_000,
        refetchOnWindowFocus: true,
      },
    },
  });
}

/** A query's key is its filled-in URL: invalidating a URL prefix reaches every read under it. */
function queryKey<P extends ApiPath<'get'>>(path: P, input: ApiInput<'get', P>): [string] {
  return [apiUrl(path, input)];
}

export type ApiQuery<P extends ApiPath<'get'>> = UseQueryResult<ApiData<'get', P>, ApiError>;

/**
 * Reads a GET route. `input` carries the path and query parameters; `null` waits (e.g. until a
 * parameter is known). Failures arrive as `error` (an ApiError, status 0 for a network failure).
 */
export function useApiQuery<P extends ApiPath<'get'>>(
  path: P,
  input: ApiInput<'get', P> | null,
  options: { refetchInterval?: number } = {},
): ApiQuery<P> {
  return useQuery<ApiData<'get', P>, ApiError>({
    queryKey: input ? queryKey(path, input) : ['idle', path],
    queryFn: async () => {
      try {
        return await callApi('get', path, input!);
      } catch (failure) {
        throw asApiError(failure);
      }
    },
    enabled: input !== null,
    ...options,
  });
}

/** URL prefixes whose reads a change makes stale, fixed or computed from the request. */
type Invalidates<M extends Method, P extends ApiPath<M>> =
  readonly string[] | ((input: ApiInput<M, P>, data: ApiData<M, P>) => readonly string[]);

/**
 * Changes data through a route and then refetches every read whose URL starts with one of
 * `invalidates`: e.g. a reject invalidates the application, its interviews, the job's board and
 * the candidate page. `mutateAsync` rejects with an ApiError; `error` keeps it for the form.
 */
export function useApiMutation<M extends Exclude<Method, 'get'>, P extends ApiPath<M>>(
  method: M,
  path: P,
  {
    invalidates = [],
    shows,
  }: {
    invalidates?: Invalidates<M, P>;
    /**
     * Puts the answer into cached reads at once (see `showInRead`), before the refetch: the page
     * shows the change the moment the server confirmed it.
     */
    shows?: (data: ApiData<M, P>, cache: CachedReads) => void;
  } = {},
) {
  const queryClient = useQueryClient();
  // The requests on their way, by their input: the same one sent again before the first answers
  // (a double click, Enter pressed twice) is not sent, and `isPending` is true from the press on.
  // The key each input was sent under, so its answer frees that key (a file's key is made once).
  const running = useRef(new Map<unknown, string>());
  const [, settled] = useState(0);
  const mutation = useMutation<ApiData<M, P>, ApiError, ApiInput<M, P>>({
    mutationFn: async (input) => {
      try {
        return await callApi(method, path, input);
      } catch (failure) {
        throw asApiError(failure);
      }
    },
    onSuccess: async (data, input) => {
      shows?.(data, cachedReads(queryClient));
      const prefixes = typeof invalidates === 'function' ? invalidates(input, data) : invalidates;
      await invalidateApi(queryClient, prefixes);
    },
    // Refused because someone else changed the record first: what this page shows is stale, so
    // the same reads refresh (a form keeps what the user typed; the board shows the card anew).
    onError: async (error) => {
      if (!staleRefusals.has(error.code) || typeof invalidates === 'function') return;
      await invalidateApi(queryClient, invalidates);
    },
    onSettled: (_data, _error, input) => {
      running.current.delete(input);
      settled((count) => count + 1);
    },
  });
  const send = mutation.mutate;
  // Stable like TanStack's own `mutate`: pages call it from effects that depend on it.
  const mutate = useCallback<typeof send>(
    (...request) => {
      const key = requestKey(request[0]);
      if ([...running.current.values()].includes(key)) return;
      running.current.set(request[0], key);
      settled((count) => count + 1);
      send(...request);
    },
    [send],
  );
  // The same guard for callers that await the answer: the same request pressed again while on its
  // way is not sent again; the second caller gets the first one's answer.
  const sendAsync = mutation.mutateAsync;
  const answers = useRef(new Map<string, Promise<ApiData<M, P>>>());
  const mutateAsync = useCallback<typeof sendAsync>(
    (...request) => {
      const key = requestKey(request[0]);
      const onItsWay = answers.current.get(key);
      if (onItsWay) return onItsWay;
      running.current.set(request[0], key);
      settled((count) => count + 1);
      const answer = sendAsync(...request).finally(() => answers.current.delete(key));
      answers.current.set(key, answer);
      return answer;
    },
    [sendAsync],
  );
  return {
    ...mutation,
    mutate,
    mutateAsync,
    isPending: mutation.isPending || running.current.size > 0,
  };
}

let uniqueFile = 0;
/**
 * A request's input as text, to know the same request sent twice. Files do not show in JSON:
 * an input carrying one counts as new every time (two files uploaded at once both go).
 */
const requestKey = (input: unknown): string =>
  JSON.stringify(input ?? null, (_key, value: unknown) =>
    value instanceof Blob || value instanceof FormData ? `file ${++uniqueFile}` : value,
  );

const staleRefusals = new Set(['edited_elsewhere', 'moved_elsewhere']);

/** Reads in the cache that a mutation may update in place with what the server answered. */
export interface CachedReads {
  update<P extends ApiPath<'get'>>(
    path: P,
    input: ApiInput<'get', P>,
    change: (cached: ApiData<'get', P>) => ApiData<'get', P>,
  ): void;
}

function cachedReads(queryClient: QueryClient): CachedReads {
  return {
    update: (path, input, change) => {
      queryClient.setQueryData<ApiData<'get', typeof path>>(queryKey(path, input), (cached) =>
        cached === undefined ? cached : change(cached),
      );
    },
  };
}

/** Refetches (or marks stale, when no page shows them) the reads under these URL prefixes. */
export function invalidateApi(queryClient: QueryClient, prefixes: readonly string[]) {
  return queryClient.invalidateQueries({
    predicate: ({ queryKey: [url] }) =>
      typeof url === 'string' &&
      prefixes.some(
        (prefix) => url === prefix || url.startsWith(`${prefix}/`) || url.startsWith(`${prefix}?`),
      ),
  });
}

/**
 * A read sent as POST because what identifies it is a secret (a one-time link's token) that
 * must travel in the body, never in a URL. Cached under the path alone: nothing invalidates it.
 */
export function useApiLookup<P extends ApiPath<'post'>>(
  path: P,
  input: ApiInput<'post', P>,
): UseQueryResult<ApiData<'post', P>, ApiError> {
  return useQuery<ApiData<'post', P>, ApiError>({
    queryKey: ['lookup', path],
    queryFn: async () => {
      try {
        return await callApi('post', path, input);
      } catch (failure) {
        throw asApiError(failure);
      }
    },
    staleTime: Infinity,
    refetchOnWindowFocus: false,
  });
}
