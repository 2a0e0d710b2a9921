import { useCallback, useEffect, useRef, useState } from 'react';
import type { FocusAttribute } from '../../../domain/interview';
import { candidateProgress } from '../../api/invalidation';
import { useApiMutation } from '../../api/queries';
import type { ApiBody, ApiData, ApiSchema } from '../../api/client';

export type InterviewKit = ApiData<
  'get',
  '/api/applications/{applicationId}/interviews/{stage}/kit'
>;
type Scorecard = ApiSchema<'Scorecard'>;
type ScorecardInput = ApiBody<
  'put',
  '/api/applications/{applicationId}/interviews/{stage}/scorecard'
>;

type Rating = NonNullable<Scorecard['recommendation']>;
export type Content = Pick<ScorecardInput, 'recommendation' | 'summary'> & {
  ratings: { attribute: FocusAttribute; rating: Rating | null; evidence: string }[];
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
export function useScorecardDraft(kit: InterviewKit) {
  const path = { applicationId: kit.application.id, stage: kit.stage };
  const scorecardPath = '/api/applications/{applicationId}/interviews/{stage}/scorecard' as const;
  // A draft is the interviewer's alone: nothing else shows it until it is submitted.
  const drafting = useApiMutation('put', scorecardPath);
  // A submitted card reaches the panel's view, the decision summary, the comparison, the board.
  const sending = useApiMutation('put', scorecardPath, { invalidates: candidateProgress });
  const { mutate: saveDraft } = drafting;
  const [content, setContent] = useState<Content>(() => contentOf(kit));
  const [scorecard, setScorecard] = useState<Scorecard | null>(kit.ownScorecard);
  const saving = drafting.isPending || sending.isPending;
  const error = sending.error ?? drafting.error;
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
      saveDraft({ path, body: { action: 'draft', ...content } }, { onSuccess: setScorecard });
    }, autosaveDelayMs);
    pendingSave.current = timer;
    return () => clearTimeout(timer);
    // `path` is rebuilt each render from the kit's ids, which the effect already follows.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [content, submitted, kit.canScore, kit.application.id, kit.stage, saveDraft]);

  const flushDraft = async () => {
    try {
      setScorecard(await drafting.mutateAsync({ path, body: { action: 'draft', ...content } }));
    } catch {
      // Shown through `error`; the submit that follows reports its own outcome.
    }
  };

  const send = async (action: 'submit' | 'amend', reason?: string) => {
    // The submit carries everything; a draft save still waiting must not land after it.
    clearTimeout(pendingSave.current);
    pendingSave.current = undefined;
    const unsaved = dirty.current && !submitted;
    dirty.current = false;
    drafting.reset();
    // A submit the server refuses (a rating still missing) must not lose what was typed since
    // the last autosave: that waiting draft is saved first, whatever the submit then says.
    if (action === 'submit' && unsaved) await flushDraft();
    try {
      // A correction carries what it was made against: corrected since in another tab, or the
      // candidate moved on by a decision, and the server refuses it instead of overwriting.
      const seen =
        action === 'amend' && scorecard
          ? { expectedUpdatedAt: scorecard.updatedAt, expectedStage: kit.application.stage }
          : {};
      const body = { action, ...content, ...(reason ? { reason } : {}), ...seen };
      setScorecard(await sending.mutateAsync({ path, body }));
      return true;
    } catch {
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
