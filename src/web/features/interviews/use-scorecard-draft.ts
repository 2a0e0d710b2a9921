import { useCallback, useEffect, useRef, useState } from 'react';
import { api, ApiError } from '../../api/client';
import type { InterviewKit } from '../../../server/routes/interview-kits.schema';
import type { Scorecard, ScorecardInput } from '../../../server/routes/scorecards.schema';

type Rating = NonNullable<Scorecard['recommendation']>;
export type Content = Pick<ScorecardInput, 'recommendation' | 'summary'> & {
  ratings: { attribute: string; rating: Rating | null; evidence: string }[];
  questionNotes: Record<string, string>;
};

function contentOf(kit: InterviewKit): Content {
  const own = kit.ownScorecard;
  return {
    ratings: kit.plan.attributes.map((attribute) => {
      const saved = own?.ratings.find((r) => r.attribute === attribute);
      return { attribute, rating: saved?.rating ?? null, evidence: saved?.evidence ?? '' };
    }),
    recommendation: own?.recommendation ?? null,
    summary: own?.summary ?? '',
    questionNotes: own?.questionNotes ?? {},
  };
}

const autosaveDelayMs = 800;

/**
 * The interviewer's scorecard while the interview runs: every change autosaves as a draft
 * shortly after typing stops; submit and amend send the whole card.
 */
export function useScorecardDraft(kit: InterviewKit, onSubmitted: () => void) {
  const url = `/api/applications/${kit.application.id}/interviews/${kit.stage}/scorecard`;
  const [content, setContent] = useState<Content>(() => contentOf(kit));
  const [scorecard, setScorecard] = useState<Scorecard | null>(kit.ownScorecard);
  const [saving, setSaving] = useState(false);
  const [error, setError] = useState<ApiError | undefined>();
  const dirty = useRef(false);
  const pendingSave = useRef<ReturnType<typeof setTimeout> | undefined>(undefined);
  const submitted = Boolean(scorecard?.submittedAt);

  const update = useCallback((change: (current: Content) => Content) => {
    dirty.current = true;
    setContent(change);
  }, []);

  useEffect(() => {
    if (!dirty.current || submitted || !kit.canScore) return;
    const timer = setTimeout(() => {
      pendingSave.current = undefined;
      dirty.current = false;
      setSaving(true);
      api<Scorecard>('PUT', url, { action: 'draft', ...content })
        .then((saved) => {
          setScorecard(saved);
          setError(undefined);
        })
        .catch((failure: unknown) => setError(failure instanceof ApiError ? failure : undefined))
        .finally(() => setSaving(false));
    }, autosaveDelayMs);
    pendingSave.current = timer;
    return () => clearTimeout(timer);
  }, [content, submitted, kit.canScore, url]);

  const send = async (action: 'submit' | 'amend', reason?: string) => {
    // The submit carries everything; a draft save still waiting must not land after it.
    clearTimeout(pendingSave.current);
    dirty.current = false;
    try {
      const saved = await api<Scorecard>('PUT', url, {
        action,
        ...content,
        ...(reason ? { reason } : {}),
      });
      setScorecard(saved);
      setError(undefined);
      onSubmitted();
      return true;
    } catch (failure) {
      setError(failure instanceof ApiError ? failure : undefined);
      return false;
    }
  };

  return {
    content,
    scorecard,
    submitted,
    saving,
    error,
    setRating: (index: number, rating: Rating) =>
      update((c) => ({
        ...c,
        ratings: c.ratings.map((r, i) => (i === index ? { ...r, rating } : r)),
      })),
    setEvidence: (index: number, evidence: string) =>
      update((c) => ({
        ...c,
        ratings: c.ratings.map((r, i) => (i === index ? { ...r, evidence } : r)),
      })),
    setNote: (key: string, note: string) =>
      update((c) => ({ ...c, questionNotes: { ...c.questionNotes, [key]: note } })),
    setRecommendation: (recommendation: Rating) => update((c) => ({ ...c, recommendation })),
    setSummary: (summary: string) => update((c) => ({ ...c, summary })),
    submit: () => send('submit'),
    amend: (reason: string) => send('amend', reason),
  };
}

export type ScorecardDraft = ReturnType<typeof useScorecardDraft>;
