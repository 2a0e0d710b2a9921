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

export function saveAttempt(attempt: PracticeAttempt): PracticeAttempt[] {
  const attempts = [attempt, ...loadAttempts()].slice(0, keep);
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
