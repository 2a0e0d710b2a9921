import { useInfiniteQuery } from '@tanstack/react-query';
import { type ApiData, type ApiError, apiUrl, asApiError, callApi } from '../../api/client';

/** A column page as the API sends it. */
export type ColumnPage = ApiData<'get', '/api/jobs/{jobId}/board/{column}'>;
type CardAbilities = ColumnPage['can'];

/**
 * A card with its abilities (the API sends them once per column, and on a card only if they
 * differ) and the stage of the column it was loaded in: a move says it expects the card there.
 */
export type BoardCard = Omit<ColumnPage['cards'][number], 'can'> & {
  can: CardAbilities;
  stage: ColumnPage['stage'];
};
export type BoardColumn = Omit<ColumnPage, 'cards'> & { cards: BoardCard[] };

/** Every card of a column page with its own abilities, as the board's components read them. */
export function withCardAbilities(page: ColumnPage): BoardColumn {
  return {
    ...page,
    cards: page.cards.map((card) => ({ ...card, can: card.can ?? page.can, stage: page.stage })),
  };
}

/**
 * One stage column's cards, a page at a time. The board's own answer is the first page, so the
 * board opens with one request; "load more" continues from the column's `next` position. The key
 * is the column's URL, under `/api/jobs`, so every change that refreshes the board refetches the
 * pages loaded so far too.
 */
export function useBoardColumn(
  jobId: string,
  search: string,
  first: ColumnPage,
  firstLoadedAt: number,
) {
  const path = { jobId, column: first.stage };
  const query = search ? { q: search } : {};
  return useInfiniteQuery<BoardColumn, ApiError, { pages: BoardColumn[] }, [string], string | null>(
    {
      queryKey: [apiUrl('/api/jobs/{jobId}/board/{column}', { path, query })],
      queryFn: async ({ pageParam }) => {
        try {
          return withCardAbilities(
            await callApi('get', '/api/jobs/{jobId}/board/{column}', {
              path,
              query: pageParam ? { ...query, after: pageParam } : query,
            }),
          );
        } catch (failure) {
          throw asApiError(failure);
        }
      },
      initialPageParam: null,
      getNextPageParam: (last) => last.next,
      initialData: { pages: [withCardAbilities(first)], pageParams: [null] },
      initialDataUpdatedAt: firstLoadedAt,
    },
  );
}
