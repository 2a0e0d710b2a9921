import { useState, type DragEvent } from 'react';
import type { StageName as Stage } from '../../../server/routes/applications.schema';
import type { BoardCard } from '../../../server/routes/jobs.schema';
import { daysSince } from '../../api/dates';
import { candidateProgress } from '../../api/invalidation';
import { useApiMutation, useApiQuery } from '../../api/queries';
import { LoadError } from '../../components/load-error';
import { useI18n } from '../../i18n/i18n';
import { Link } from '../../router';
import { JobSummary } from '../jobs/job-summary';
import { JobTabs } from '../jobs/job-tabs';
import { useInterviewTime } from '../scheduling/interview-card';
import { MoveDialog, type MoveTarget } from './move-dialog';

const needsDialog = (stage: Stage) => stage === 'rejected' || stage === 'withdrawn';

export function BoardPage({ jobId }: { jobId: string }) {
  const { t } = useI18n();
  const { data, error, refetch } = useApiQuery('/api/jobs/{jobId}/board', { path: { jobId } });
  const quickMove = useApiMutation('post', '/api/applications/{applicationId}/move', {
    invalidates: candidateProgress,
  });
  const [selected, setSelected] = useState<string[]>([]);
  const [moveTarget, setMoveTarget] = useState<MoveTarget | undefined>();
  const [shownStage, setShownStage] = useState<string>('');
  const [status, setStatus] = useState('');

  if (error) return <LoadError error={error} retry={refetch} />;
  if (!data) return <p className="muted">{t('common.loading')}</p>;
  const stages = data.job.stages;
  const canMove = data.job.can.moveCandidates;

  const moved = (count: number) => {
    setMoveTarget(undefined);
    setSelected([]);
    setStatus(count > 1 ? t('move.bulkDone', { count }) : t('move.done'));
  };

  /** Forward moves go straight through; anything needing a reason, or refused, opens the dialog. */
  const requestMove = (card: BoardCard, toStage: Stage) => {
    const target: MoveTarget = {
      jobId,
      applicationIds: [card.applicationId],
      name: card.candidateName,
      toStage,
      stages,
      can: card.can,
    };
    if (needsDialog(toStage)) return setMoveTarget(target);
    quickMove.mutate(
      { path: { applicationId: card.applicationId }, body: { toStage } },
      {
        onSuccess: () => moved(1),
        onError: (failure) => setMoveTarget({ ...target, error: failure }),
      },
    );
  };

  const drop = (event: DragEvent, stage: Stage) => {
    event.preventDefault();
    const card = data.columns
      .flatMap((c) => c.cards)
      .find((c) => c.applicationId === event.dataTransfer.getData('text/plain'));
    if (card) requestMove(card, stage);
  };
  const toggle = (id: string) =>
    setSelected((s) => (s.includes(id) ? s.filter((x) => x !== id) : [...s, id]));
  const bulk = (toStage: Stage) => {
    const cards = data.columns.flatMap((column) => column.cards);
    const names = selected.map(
      (id) => cards.find((card) => card.applicationId === id)?.candidateName ?? '',
    );
    setMoveTarget({ jobId, applicationIds: selected, names, toStage, stages, can: data.job.can });
  };
  const columns = data.columns.filter((column) => !shownStage || column.stage === shownStage);

  return (
    <>
      <JobSummary job={data.job} />
      <JobTabs job={data.job} current="board" heading={false} />
      <div className="board-tools">
        <label className="inline-field">
          {t('board.showStage')}
          <select
            value={shownStage}
            onChange={(e) => setShownStage(e.target.value)}
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
        {data.job.can.addCandidates && (
          <Link className="button" href={`/candidates/new?jobId=${jobId}`}>
            {t('board.addCandidate')}
          </Link>
        )}
        {canMove && <p className="muted board-tools__hint">{t('board.dragHint')}</p>}
      </div>
      <p role="status" className="status-line">
        {status}
      </p>
      {selected.length > 0 && (
        <div
          className="bulk-bar"
          role="region"
          aria-label={t('board.selected', { count: selected.length })}
        >
          <strong>{t('board.selected', { count: selected.length })}</strong>
          <button className="button" type="button" onClick={() => bulk('user_interview')}>
            {t('board.bulkMove')}
          </button>
          <button className="button button--danger" type="button" onClick={() => bulk('rejected')}>
            {t('board.bulkReject')}
          </button>
          <button className="button button--quiet" type="button" onClick={() => setSelected([])}>
            {t('board.clearSelection')}
          </button>
        </div>
      )}
      <div className="board" aria-label={t('board.title')}>
        {columns.map((column) => (
          <section
            key={column.stage}
            className={`board__column board__column--${column.stage}`}
            aria-labelledby={`column-${column.stage}`}
            data-stage={column.stage}
            onDragOver={(e) => canMove && e.preventDefault()}
            onDrop={(e) => drop(e, column.stage)}
          >
            <h2 id={`column-${column.stage}`} className="board__column-title">
              {t(`stage.${column.stage}`)} <span className="count">{column.count}</span>
            </h2>
            {column.cards.length === 0 && <p className="board__empty">{t('board.empty')}</p>}
            <ul>
              {column.cards.map((card) => {
                const days = daysSince(card.stageEnteredAt);
                return (
                  <li
                    key={card.applicationId}
                    className="card"
                    draggable={canMove}
                    onDragStart={(e) => e.dataTransfer.setData('text/plain', card.applicationId)}
                    data-testid="board-card"
                  >
                    <div className="card__head">
                      {canMove && (
                        <input
                          type="checkbox"
                          aria-label={t('board.select', { name: card.candidateName })}
                          checked={selected.includes(card.applicationId)}
                          onChange={() => toggle(card.applicationId)}
                        />
                      )}
                      <Link href={`/candidates/${card.candidateId}`} className="card__name">
                        {card.candidateName}
                      </Link>
                    </div>
                    <p className="card__meta">
                      {days === 0
                        ? t('board.today')
                        : days === 1
                          ? t('board.inStageOne')
                          : t('board.inStage', { days })}
                    </p>
                    <CardStatus card={card} />
                    {card.tags.length > 0 && (
                      <p className="tags">
                        {card.tags.map((tag) => (
                          <span key={tag} className="tag">
                            {tag}
                          </span>
                        ))}
                      </p>
                    )}
                    {card.can.moveTo.length > 0 && (
                      <select
                        className="card__move"
                        aria-label={`${t('board.moveTo')} ${card.candidateName}`}
                        value=""
                        onChange={(e) => requestMove(card, e.target.value as Stage)}
                      >
                        <option value="">{t('board.moveTo')}</option>
                        {card.can.moveTo.map((stage) => (
                          <option key={stage} value={stage}>
                            {t(`stage.${stage}`)}
                          </option>
                        ))}
                      </select>
                    )}
                  </li>
                );
              })}
            </ul>
          </section>
        ))}
      </div>
      {moveTarget && (
        <MoveDialog target={moveTarget} onClose={() => setMoveTarget(undefined)} onMoved={moved} />
      )}
    </>
  );
}

/** The card's next interview and, computed by the server, why it needs someone now. */
function CardStatus({ card }: { card: BoardCard }) {
  const { t } = useI18n();
  const when = useInterviewTime();
  return (
    <>
      {card.nextInterview && (
        <p className="card__meta card__interview" data-testid="card-interview">
          {t('board.nextInterview', {
            when: when(card.nextInterview.startsAt, card.nextInterview.timeZone),
          })}
        </p>
      )}
      {card.needsAction.length > 0 && (
        <p className="card__attention" data-testid="card-attention">
          <span className="pill pill--overdue">{t('board.needsAction')}</span>{' '}
          {card.needsAction.map((reason) => t(`board.attention.${reason}`)).join(', ')}
        </p>
      )}
    </>
  );
}
