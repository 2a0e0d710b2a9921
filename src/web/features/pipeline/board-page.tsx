import { useRef, useState, type DragEvent, type FormEvent } from 'react';
import { candidateProgress } from '../../api/invalidation';
import { useApiMutation, useApiQuery } from '../../api/queries';
import { LoadError } from '../../components/load-error';
import { useI18n } from '../../i18n/i18n';
import { Link, useSearchValues } from '../../router';
import { JobSummary } from '../jobs/job-summary';
import { useShownName } from '../privacy/shown-name';
import { JobTabs } from '../jobs/job-tabs';
import type { CardActions } from './board-card';
import { BoardColumnView } from './board-column';
import { MoveDialog, type MoveTarget } from './move-dialog';
import { movedElsewhereMessage, movedMessage } from './moved-message';
import type { Stage } from '../../../domain/pipeline';
import type { BoardCard } from './use-board-column';

/** The most applications one bulk move takes (the API's limit). */
const bulkLimit = 500;

/**
 * A move that ends the application, or that may call off a booked interview (the dialog names
 * which and the e-mail the candidate gets), is confirmed in the dialog first.
 */
const needsDialog = (card: BoardCard, stage: Stage) =>
  stage === 'rejected' || stage === 'withdrawn' || card.nextInterview !== null;

export function BoardPage({ jobId }: { jobId: string }) {
  const i18n = useI18n();
  const shownName = useShownName();
  const { t } = i18n;
  // Searching happens on the server, so counts and pages stay exact however big the job is. The
  // words and the stage shown live in the address: reload, Back and a shared link keep them.
  const [{ q: search, stage: shownStage }, changeSearch] = useSearchValues(['q', 'stage']);
  const { data, error, refetch, dataUpdatedAt } = useApiQuery('/api/jobs/{jobId}/board', {
    path: { jobId },
    query: search ? { q: search } : {},
  });
  const quickMove = useApiMutation('post', '/api/applications/{applicationId}/move', {
    invalidates: candidateProgress,
  });
  /** Selected applications by id, with the name the move dialog lists and the stage shown. */
  const [selected, setSelected] = useState<ReadonlyMap<string, { name: string; stage: Stage }>>(
    new Map(),
  );
  const [moveTarget, setMoveTarget] = useState<MoveTarget | undefined>();
  const [status, setStatus] = useState('');
  const dragged = useRef<BoardCard | undefined>(undefined);

  if (error) return <LoadError error={error} retry={refetch} />;
  if (!data) return <p className="muted">{t('common.loading')}</p>;
  const stages = data.job.stages;
  const canMove = data.job.can.moveCandidates;

  const moved = (count: number, toStage: Stage, name?: string, skipped = '') => {
    setMoveTarget(undefined);
    setSelected(new Map());
    // Cards moved elsewhere meanwhile were left alone: said after what did move.
    const done = count > 0 ? movedMessage(t, { count, toStage, name }) : '';
    setStatus([done, skipped].filter(Boolean).join(' '));
    // The board shows the skipped cards where they are now.
    if (skipped) void refetch();
  };

  /** Forward moves go straight through; anything needing a reason, or refused, opens the dialog. */
  const requestMove = (card: BoardCard, toStage: Stage) => {
    const target: MoveTarget = {
      jobId,
      applicationIds: [card.applicationId],
      name: shownName(card.candidateName, card.anonymised),
      toStage,
      // The stage this board shows the card in: the server refuses the move if it has left it.
      fromStage: card.stage,
      stages,
      can: card.can,
    };
    if (needsDialog(card, toStage)) return setMoveTarget(target);
    quickMove.mutate(
      { path: { applicationId: card.applicationId }, body: { toStage, expectedStage: card.stage } },
      {
        onSuccess: () => moved(1, toStage, shownName(card.candidateName, card.anonymised)),
        onError: (failure) => {
          // Someone moved the card first: say so (the board refreshes); nothing to ask here.
          const elsewhere = movedElsewhereMessage(
            i18n,
            failure,
            shownName(card.candidateName, card.anonymised),
          );
          if (elsewhere) setStatus(elsewhere);
          else setMoveTarget({ ...target, error: failure });
        },
      },
    );
  };

  const drop = (event: DragEvent, stage: Stage) => {
    event.preventDefault();
    const card = dragged.current;
    dragged.current = undefined;
    if (card && card.applicationId === event.dataTransfer.getData('text/plain')) {
      requestMove(card, stage);
    }
  };
  const select = (cards: BoardCard[], on: boolean) =>
    setSelected((current) => {
      const next = new Map(current);
      for (const card of cards) {
        if (on)
          next.set(card.applicationId, {
            name: shownName(card.candidateName, card.anonymised),
            stage: card.stage,
          });
        else next.delete(card.applicationId);
      }
      return next;
    });
  const actions: CardActions & { selectAll: typeof select } = {
    canMove,
    isSelected: (id) => selected.has(id),
    toggle: (card) => select([card], !selected.has(card.applicationId)),
    selectAll: select,
    requestMove,
    dragStart: (card) => (dragged.current = card),
  };
  // "Move selected" lets HR pick the stage (no stage chosen for them); cards all in one stage are
  // not offered that stage, and Hired only from the offer, as for one card.
  const bulk = (toStage?: Stage) => {
    const cards = [...selected.values()];
    const sharedStage = cards.every((card) => card.stage === cards[0]?.stage)
      ? cards[0]?.stage
      : undefined;
    setMoveTarget({
      jobId,
      applicationIds: [...selected.keys()],
      names: cards.map((card) => card.name),
      // The stage this board shows each card in: one moved elsewhere since is skipped.
      expectedStages: Object.fromEntries(
        [...selected].map(([applicationId, card]) => [applicationId, card.stage]),
      ),
      toStage,
      fromStage: sharedStage,
      stages: sharedStage ? stages : stages.filter((stage) => stage !== 'hired'),
      can: data.job.can,
    });
  };
  const columns = data.columns.filter((column) => !shownStage || column.stage === shownStage);
  const searchFor = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    changeSearch({ q: String(new FormData(event.currentTarget).get('q') ?? '').trim() });
  };

  return (
    <>
      <JobSummary job={data.job} />
      <JobTabs job={data.job} current="board" heading={false} />
      <div className="board-tools">
        <label className="inline-field">
          {t('board.showStage')}
          <select
            value={shownStage}
            onChange={(e) => changeSearch({ stage: e.target.value })}
            name="shownStage"
          >
            <option value="">{t('board.allStages')}</option>
            {data.columns.map((column) => (
              <option key={column.stage} value={column.stage}>
                {t(`stage.${column.stage}`)} ({column.count})
              </option>
            ))}
          </select>
        </label>
        <form className="board-search" role="search" onSubmit={searchFor}>
          <input
            // Back and Forward change the words in the address: a new box shows them.
            key={search}
            type="search"
            name="q"
            defaultValue={search}
            maxLength={200}
            aria-label={t('board.search')}
            placeholder={t('board.searchPlaceholder')}
          />
          <button className="button" type="submit">
            {t('board.searchButton')}
          </button>
        </form>
        {data.job.can.addCandidates && (
          <Link className="button" href={`/candidates/new?jobId=${jobId}`}>
            {t('board.addCandidate')}
          </Link>
        )}
        {canMove && <p className="muted board-tools__hint">{t('board.dragHint')}</p>}
      </div>
      {search && (
        <p className="muted" data-testid="board-search-summary">
          {t('board.searchShown', {
            search,
            count: data.columns.reduce((sum, column) => sum + column.count, 0),
          })}
        </p>
      )}
      <p role="status" className="status-line">
        {status}
      </p>
      {selected.size > 0 && (
        <div
          className="bulk-bar"
          role="region"
          aria-label={t('board.selected', { count: selected.size })}
        >
          <strong>{t('board.selected', { count: selected.size })}</strong>
          {selected.size > bulkLimit && <span>{t('board.tooMany', { max: bulkLimit })}</span>}
          <button
            className="button"
            type="button"
            disabled={selected.size > bulkLimit}
            onClick={() => bulk()}
          >
            {t('board.bulkMove')}
          </button>
          <button
            className="button button--danger"
            type="button"
            disabled={selected.size > bulkLimit}
            onClick={() => bulk('rejected')}
          >
            {t('board.bulkReject')}
          </button>
          <button
            className="button button--quiet"
            type="button"
            onClick={() => setSelected(new Map())}
          >
            {t('board.clearSelection')}
          </button>
        </div>
      )}
      <div className="board" aria-label={t('board.title')}>
        {columns.map((column) => (
          <BoardColumnView
            key={`${column.stage}:${search}`}
            jobId={jobId}
            search={search}
            first={column}
            loadedAt={dataUpdatedAt}
            actions={actions}
            onDrop={(event) => drop(event, column.stage)}
          />
        ))}
      </div>
      {moveTarget && (
        <MoveDialog
          target={moveTarget}
          onClose={() => setMoveTarget(undefined)}
          onMoved={(count, toStage, skipped) => moved(count, toStage, moveTarget.name, skipped)}
        />
      )}
    </>
  );
}
