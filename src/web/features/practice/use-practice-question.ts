import { useEffect, useMemo, useState } from 'react';
import { jobFocusQuestions } from '../../../domain/question-bank/job-focus-questions';
import type { ApiData } from '../../api/client';
import { useApiQuery } from '../../api/queries';

type PracticeQuestion = ApiData<'get', '/api/coach/questions'>['items'][number];

/** A question asked again from the history, kept as it was asked until the user moves on. */
export interface PinnedQuestion {
  text: string;
  language: 'id' | 'en';
}

/**
 * The question on screen: the API's for the stage and job; for a pasted job description at the
 * user interview, first the ones written from its terms here (the same module the API uses);
 * or one pinned from the history.
 */
export function usePracticeQuestion(choice: {
  stage: 'hr' | 'user';
  language: 'id' | 'en';
  jobId: string;
  pasted: { title: string; terms: string[] } | null;
}) {
  const { stage, language, jobId, pasted } = choice;
  const [index, setIndex] = useState(0);
  const [pinned, setPinned] = useState<PinnedQuestion | null>(null);
  const questions = useApiQuery('/api/coach/questions', {
    query: { stage, ...(jobId ? { jobId } : {}) },
  });
  const isPasted = pasted !== null;
  useEffect(() => setIndex(0), [stage, jobId, isPasted]);
  const written = useMemo(
    (): PracticeQuestion[] =>
      pasted && stage === 'user'
        ? jobFocusQuestions(pasted).map((question) => ({ id: null, ...question }))
        : [],
    [pasted, stage],
  );
  const items = [...written, ...(questions.data?.items ?? [])];
  const question = pinned ? null : (items[index % Math.max(items.length, 1)] ?? null);
  return {
    questions,
    count: items.length,
    /** The bank's or written question, or null when one from the history is pinned. */
    question,
    text: pinned?.text ?? question?.text[language] ?? '',
    textLanguage: pinned?.language ?? language,
    next: () => (setPinned(null), setIndex((i) => i + 1)),
    pin: setPinned,
  };
}
