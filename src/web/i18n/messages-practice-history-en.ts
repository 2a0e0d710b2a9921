import type { practiceHistoryMessagesId } from './messages-practice-history';

export const practiceHistoryMessagesEn: Record<keyof typeof practiceHistoryMessagesId, string> = {
  'practice.history.private':
    'This history is kept only in this browser. Nothing is sent to the company or the employer.',
  'practice.history.attempts': 'Earlier attempts, newest first',
  'practice.history.stage.hr': 'HR interview',
  'practice.history.stage.user': 'User interview',
  'practice.history.noQuestion': '(no question)',
  'practice.history.open': 'Open',
  'practice.history.close': 'Close',
  'practice.history.nothingFlagged': 'Nothing flagged',
  'practice.history.more': 'Show {count} more',
  'practice.history.again': 'Practise this question again',
  'practice.history.recomputed':
    'The feedback is worked out again in this browser from the saved answer.',
  'practice.question.fromJob':
    "Written from the job's key terms: {terms} (kept as the job writes them).",
};
