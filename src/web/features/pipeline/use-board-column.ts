import { useInfiniteQuery } from '@tanstack/react-query';
import { type ApiData, type ApiError, apiUrl, asApiError, callApi } from '../../api/client';

export type BoardColumn = ApiData<'get', '/api/jobs/{jobId}/board/{column}'>;
export type BoardCard = BoardColumn['cards'][number];

/**
 * One stage column's cards, a page at a time. The board's own answer is the first page, so the
 * board opens with one request; "load more" continues from the column's `next` position. The key
 * is the column's URL, under `/api/jobs`, so every change that refreshes the board refetches the
 * pages loaded so far too.
 */
export function useBoardColumn(
  jobId: string,
  search: string,
  first: BoardColumn,
  firstLoadedAt: number,
) {
  const path = { jobId, column: first.stage };
  const query = search ? { q: search } : {};
  return useInfiniteQuery<BoardColumn, ApiError, { pages: BoardColumn[] }, [string], string | null>(
    {
      queryKey: [apiUrl('/api/jobs/{jobId}/board/{column}', { path, query })],
      queryFn: async ({ pageParam }) => {
        try {
          return await callApi('get', '/api/jobs/{jobId}/board/{column}', {
            path,
            query: pageParam ? { ...query, after: pageParam } : query,
          });
        } catch (failure) {
          throw asApiError(failure);
        }
      },
      initialPageParam: null,
      getNextPageParam: (last) => last.next,
      initialData: { pages: [first], pageParams: [null] },
      initialDataUpdatedAt: firstLoadedAt,
    },
  );
}
