import { daysSince } from '../../api/dates';
import { useI18n } from '../../i18n/i18n';
import { Link } from '../../router';
import { useShownName } from '../privacy/shown-name';
import { useInterviewTime } from '../scheduling/interview-card';
import type { Stage } from '../../../domain/pipeline';
import type { BoardCard } from './use-board-column';

export interface CardActions {
  canMove: boolean;
  isSelected(id: string): boolean;
  toggle(card: BoardCard): void;
  requestMove(card: BoardCard, toStage: Stage): void;
  dragStart(card: BoardCard): void;
}

/** One application on the board: who, how long in the stage, what needs doing, and moves. */
export function BoardCardItem({ card, actions }: { card: BoardCard; actions: CardActions }) {
  const { t } = useI18n();
  const name = useShownName()(card.candidateName, card.anonymised);
  const days = daysSince(card.stageEnteredAt);
  return (
    <>
      <div className="card__head">
        {actions.canMove && (
          <input
            type="checkbox"
            aria-label={t('board.select', { name })}
            checked={actions.isSelected(card.applicationId)}
            onChange={() => actions.toggle(card)}
          />
        )}
        <Link href={`/candidates/${card.candidateId}`} className="card__name">
          {name}
        </Link>
      </div>
      <p className="card__meta">
        {days === 0
          ? t('board.today')
          : card.workingDaysInStage === 1
            ? t('board.inStageOne')
            : t('board.inStage', { days: card.workingDaysInStage })}
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
          aria-label={`${t('board.moveTo')} ${name}`}
          value=""
          onChange={(e) => actions.requestMove(card, e.target.value as Stage)}
        >
          <option value="">{t('board.moveTo')}</option>
          {card.can.moveTo.map((stage) => (
            <option key={stage} value={stage}>
              {t(`stage.${stage}`)}
            </option>
          ))}
        </select>
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
