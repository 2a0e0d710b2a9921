import { useVirtualizer } from '@tanstack/react-virtual';
import { useEffect, useRef, type CSSProperties, type DragEvent } from 'react';
import { LoadError } from '../../components/load-error';
import { useI18n } from '../../i18n/i18n';
import { BoardCardItem, type CardActions } from './board-card';
import { useBoardColumn } from './use-board-column';
import type { BoardCard } from './use-board-column';
import type { ColumnPage } from './use-board-column';

/** Short columns show every card; from this many on, only the cards in view are in the page. */
const windowedFrom = 21;
/** Before the first measurement: a typical card's height, and how far past the view to draw. */
const estimatedCardHeight = 112;
const overscan = 6;

export interface ColumnProps {
  jobId: string;
  search: string;
  first: ColumnPage;
  loadedAt: number;
  actions: CardActions & { selectAll(cards: BoardCard[], on: boolean): void };
  onDrop(event: DragEvent): void;
}

/** A stage column: its exact count, the cards loaded so far (windowed when many), and more. */
export function BoardColumnView({ jobId, search, first, loadedAt, actions, onDrop }: ColumnProps) {
  const { t, number } = useI18n();
  const column = useBoardColumn(jobId, search, first, loadedAt);
  const pages = column.data?.pages ?? [first];
  const cards = pages.flatMap((page) => page.cards);
  const count = pages[0]!.count;
  const notShown = Math.max(0, count - cards.length);
  const loadMore = () => {
    if (column.hasNextPage && !column.isFetchingNextPage) void column.fetchNextPage();
  };
  const allSelected = cards.length > 0 && cards.every((c) => actions.isSelected(c.applicationId));

  return (
    <section
      className={`board__column board__column--${first.stage}`}
      aria-labelledby={`column-${first.stage}`}
      data-stage={first.stage}
      onDragOver={(e) => actions.canMove && e.preventDefault()}
      onDrop={onDrop}
    >
      <h2 id={`column-${first.stage}`} className="board__column-title">
        {t(`stage.${first.stage}`)} <span className="count">{count}</span>
      </h2>
      {actions.canMove && cards.length > 1 && (
        <label className="board__select-all">
          <input
            type="checkbox"
            checked={allSelected}
            onChange={() => actions.selectAll(cards, !allSelected)}
          />
          {notShown > 0
            ? t('board.selectShownOf', { count: number(cards.length), total: number(count) })
            : t('board.selectAll', { count: number(cards.length) })}
        </label>
      )}
      {cards.length === 0 && <p className="board__empty">{t('board.empty')}</p>}
      {cards.length >= windowedFrom ? (
        <WindowedCards cards={cards} actions={actions} onEndReached={loadMore} />
      ) : (
        <ul>
          {cards.map((card) => (
            <CardItem key={card.applicationId} card={card} actions={actions} />
          ))}
        </ul>
      )}
      {column.error && <LoadError error={column.error} retry={loadMore} />}
      {column.hasNextPage && (
        <button
          type="button"
          className="button button--quiet board__more"
          disabled={column.isFetchingNextPage}
          onClick={loadMore}
        >
          {column.isFetchingNextPage
            ? t('common.loading')
            : t('board.loadMore', { count: number(notShown) })}
        </button>
      )}
    </section>
  );
}

function CardItem({
  card,
  actions,
  ...positioning
}: {
  card: BoardCard;
  actions: CardActions;
  style?: CSSProperties;
  'data-index'?: number;
  ref?: (element: HTMLLIElement | null) => void;
}) {
  return (
    <li
      {...positioning}
      className="card"
      draggable={actions.canMove}
      onDragStart={(e) => {
        e.dataTransfer.setData('text/plain', card.applicationId);
        actions.dragStart(card);
      }}
      data-testid="board-card"
    >
      <BoardCardItem card={card} actions={actions} />
    </li>
  );
}

/**
 * A long column scrolls inside itself and keeps only the cards in view (plus a few) in the page:
 * thousands of cards would otherwise be tens of thousands of elements. Nearing the end loads the
 * next page.
 */
function WindowedCards({
  cards,
  actions,
  onEndReached,
}: {
  cards: BoardCard[];
  actions: CardActions;
  onEndReached(): void;
}) {
  const scroller = useRef<HTMLDivElement>(null);
  const windowed = useVirtualizer({
    count: cards.length,
    getScrollElement: () => scroller.current,
    estimateSize: () => estimatedCardHeight,
    getItemKey: (index) => cards[index]!.applicationId,
    overscan,
    gap: 8,
    // Drawn before the first measurement too, so the first frame is not empty.
    initialRect: { width: 240, height: 640 },
  });
  const items = windowed.getVirtualItems();
  const lastInView = items.at(-1)?.index ?? 0;
  useEffect(() => {
    if (lastInView >= cards.length - overscan) onEndReached();
  }, [lastInView, cards.length, onEndReached]);

  return (
    <div ref={scroller} className="board__cards">
      <ul className="board__window" style={{ height: windowed.getTotalSize() }}>
        {items.map((item) => (
          <CardItem
            key={item.key}
            card={cards[item.index]!}
            actions={actions}
            data-index={item.index}
            ref={windowed.measureElement}
            style={{ transform: `translateY(${item.start}px)` }}
          />
        ))}
      </ul>
    </div>
  );
}
