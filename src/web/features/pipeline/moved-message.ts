import type { Stage } from '../../../domain/pipeline';
import type { ApiError } from '../../api/client';
import type { I18n } from '../../i18n/i18n';

/**
 * What HR reads after a move: who went where ("Dewi moved to User interview."), so a quick move
 * from a menu or a drag is confirmed in words, not only by a card changing column.
 */
export function movedMessage(
  t: I18n['t'],
  moved: { count: number; toStage: Stage; name?: string | undefined },
): string {
  if (moved.toStage === 'rejected') {
    if (moved.count > 1) return t('move.bulkRejected', { count: moved.count });
    return moved.name ? t('move.rejected', { name: moved.name }) : t('move.rejectedNoName');
  }
  const stage = t(`stage.${moved.toStage}`);
  if (moved.count > 1) return t('move.bulkDone', { count: moved.count, stage });
  return moved.name ? t('move.done', { name: moved.name, stage }) : t('move.doneNoName', { stage });
}

/** The cards a bulk move skipped because they had left the stage the board showed: who and where. */
export function bulkSkippedMessage(
  t: I18n['t'],
  skipped: readonly { name: string; stage: Stage; byName: string | null }[],
): string {
  if (!skipped.length) return '';
  const list = skipped
    .map((card) =>
      card.byName
        ? t('movedElsewhere.skippedCard', {
            name: card.name,
            stage: t(`stage.${card.stage}`),
            by: card.byName,
          })
        : t('movedElsewhere.skippedCardSomeone', {
            name: card.name,
            stage: t(`stage.${card.stage}`),
          }),
    )
    .join('; ');
  return t('movedElsewhere.bulkSkipped', { count: skipped.length, list });
}

/**
 * A move refused because the card had left the stage the mover saw: who moved it where and when
 * ("Rina already moved Dewi to HR interview at …"); undefined for any other outcome.
 */
export function movedElsewhereMessage(
  i18n: Pick<I18n, 't' | 'dateTime'>,
  error: ApiError | null | undefined,
  name: string,
): string | undefined {
  const refusal = error?.fields.find((field) => field.code === 'moved_elsewhere');
  if (!refusal) return undefined;
  const { stage, byName, at } = refusal.params ?? {};
  const where = i18n.t(`stage.${stage as Stage}`);
  return typeof byName === 'string' && typeof at === 'string'
    ? i18n.t('movedElsewhere.byAt', { by: byName, name, stage: where, at: i18n.dateTime(at) })
    : i18n.t('movedElsewhere.someone', { name, stage: where });
}
