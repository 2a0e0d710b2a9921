import type { AnswerLabel } from '../../../domain/coach/answer-analysis';

/** One practice attempt, kept only in this browser's local storage. */
export interface PracticeAttempt {
  id: string;
  at: string;
  stage: 'hr' | 'user';
  language: 'id' | 'en';
  question: string;
  answer: string;
  labels: AnswerLabel[];
  words: number;
  fillersPer100Words: number;
  wordsPerMinute: number | null;
  /** The job practised for, and its terms, so the attempt's feedback can be worked out again. */
  jobId?: string | undefined;
  jobTerms?: string[] | undefined;
}

const storageKey = 'seleksi.practice.history';
const keep = 200;

export function loadAttempts(): PracticeAttempt[] {
  try {
    const parsed: unknown = JSON.parse(localStorage.getItem(storageKey) ?? '[]');
    return Array.isArray(parsed) ? (parsed as PracticeAttempt[]) : [];
  } catch {
    return [];
  }
}

/** The same answer to the same question, in the same stage and language. */
function sameAnswer(a: PracticeAttempt, b: PracticeAttempt): boolean {
  return (
    a.stage === b.stage &&
    a.language === b.language &&
    a.question === b.question &&
    a.answer.trim() === b.answer.trim()
  );
}

/**
 * Records one submitted answer. Asking again about the answer just recorded (the "try again"
 * button before editing, a double tap, the feedback looked at again on a narrower window) shows
 * its feedback but is the same attempt, so nothing is added.
 */
export function saveAttempt(attempt: PracticeAttempt): PracticeAttempt[] {
  const earlier = loadAttempts();
  if (earlier[0] && sameAnswer(earlier[0], attempt)) return earlier;
  const attempts = [attempt, ...earlier].slice(0, keep);
  localStorage.setItem(storageKey, JSON.stringify(attempts));
  return attempts;
}

export function clearAttempts(): void {
  localStorage.removeItem(storageKey);
}

/** Hands the history to the user as a file; nothing leaves the browser otherwise. */
export function exportAttempts(): void {
  const blob = new Blob([JSON.stringify(loadAttempts(), null, 2)], { type: 'application/json' });
  const link = document.createElement('a');
  link.href = URL.createObjectURL(blob);
  link.download = 'seleksi-practice-history.json';
  link.click();
  URL.revokeObjectURL(link.href);
}
