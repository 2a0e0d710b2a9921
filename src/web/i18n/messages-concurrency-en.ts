import type { concurrencyMessagesId } from './messages-concurrency';

export const concurrencyMessagesEn: Record<keyof typeof concurrencyMessagesId, string> = {
  'editedElsewhere.title': 'Someone else changed this',
  'editedElsewhere.byAt':
    '{name} saved a change at {at}, after you opened this form. Your changes are not saved; what you typed is still below.',
  'editedElsewhere.someone':
    'Someone saved a change after you opened this form. Your changes are not saved; what you typed is still below.',
  'editedElsewhere.reload': 'Load the latest (replaces what you typed)',
  'movedElsewhere.byAt':
    '{by} already moved {name} to {stage} at {at}. Nothing was moved; the board is refreshed.',
  'movedElsewhere.someone':
    'Someone else already moved {name} to {stage}. Nothing was moved; the board is refreshed.',
  'movedElsewhere.bulkSkipped':
    '{count} not moved: someone else moved them after your board was loaded: {list}. The board is refreshed.',
  'movedElsewhere.skippedCard': '{name} (now in {stage}, by {by})',
  'movedElsewhere.skippedCardSomeone': '{name} (now in {stage})',
  'error.edited_elsewhere': 'Someone else changed this after you opened it.',
  'error.moved_elsewhere': 'Someone else already moved this candidate.',
};
