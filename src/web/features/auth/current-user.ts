import { useQuery, useQueryClient } from '@tanstack/react-query';
import { useCallback, useEffect } from 'react';
import { type ApiError, apiUrl, asApiError, callApi, onUnauthenticated } from '../../api/client';
import { useApiMutation } from '../../api/queries';
import type { CurrentUser } from '../../session';

/**
 * Keyed like useApiQuery's reads, so invalidating '/api/auth/session' (a locale change) refetches
 * it. The check asks /api/auth/session, which answers a visitor who is not signed in with
 * `user: null`, not a 401: a signed-out page (sign-in, portal, careers) logs no console error.
 */
const meKey = [apiUrl('/api/auth/session', {})];

/**
 * Who is signed in: `undefined` while checking, `null` when nobody is (or the session ended).
 * Only a 503 is an error: the server is briefly unavailable, and saying so beats showing the
 * sign-in page to someone who is signed in. Every other failure means "sign in".
 */
export function useCurrentUser() {
  const queryClient = useQueryClient();
  const me = useQuery<{ user: CurrentUser } | null, ApiError>({
    queryKey: meKey,
    queryFn: async () => {
      try {
        const { user } = await callApi('get', '/api/auth/session', {});
        return user ? { user } : null;
      } catch (failure) {
        const error = asApiError(failure);
        if (error.status === 503) throw error;
        return null;
      }
    },
    retry: false,
    staleTime: Infinity,
    refetchOnWindowFocus: false,
  });
  const signedOut = useCallback(() => {
    const endedSession = Boolean(queryClient.getQueryData<{ user: CurrentUser } | null>(meKey));
    queryClient.setQueryData(meKey, null);
    // What the last user could read must not show to the next one. A visitor who was never
    // signed in (a candidate on a public page) keeps what the page has loaded: dropping it made
    // the page flash back to "loading" when the sign-in check answered after the page's read.
    if (endedSession) {
      queryClient.removeQueries({ predicate: ({ queryKey: [url] }) => url !== meKey[0] });
    }
  }, [queryClient]);
  useEffect(() => onUnauthenticated(signedOut), [signedOut]);
  const { mutateAsync: logout } = useApiMutation('post', '/api/auth/logout');
  const signedIn = useCallback(
    (user: CurrentUser) => queryClient.setQueryData(meKey, { user }),
    [queryClient],
  );
  const signOut = useCallback(async () => {
    await logout({}).catch(() => undefined);
    signedOut();
  }, [logout, signedOut]);
  const { refetch } = me;
  const retry = useCallback(() => void refetch(), [refetch]);
  return {
    user: me.data === undefined ? undefined : (me.data?.user ?? null),
    unavailable: me.data === undefined ? (me.error ?? undefined) : undefined,
    retry,
    signedIn,
    signOut,
  };
}
