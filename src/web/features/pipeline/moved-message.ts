import type { Stage } from '../../../domain/pipeline';
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
