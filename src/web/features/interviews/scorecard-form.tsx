import { fromApiInstant, hasPassed } from '../../api/dates';
import { useEffect, useRef, useState, type RefObject } from 'react';
import { useDraft } from '../../components/draft';
import { FormError, TextArea } from '../../components/form-fields';
import { useI18n } from '../../i18n/i18n';
import { RatingChoice } from './rating-choice';
import type { ScorecardDraft } from './use-scorecard-draft';
import type { InterviewKit } from './use-scorecard-draft';

export function ScorecardForm({ kit, draft }: { kit: InterviewKit; draft: ScorecardDraft }) {
  const { t, dateTime } = useI18n();
  const { draft: amendment, bind, fieldError } = useDraft({ reason: '' }, draft.error);
  const [amending, setAmending] = useState(false);
  const waitsForInterview = useBeforeTime(kit.submitOpensAt);
  const section = useRef<HTMLElement>(null);
  const showFirstProblem = useFirstProblemShown(section, draft.error);
  const locked = !kit.canScore || (draft.submitted && !amending);
  const status = draft.saving
    ? t('scorecard.saving')
    : draft.scorecard?.submittedAt
      ? t('scorecard.submitted', { time: dateTime(draft.scorecard.submittedAt) })
      : draft.scorecard
        ? t('scorecard.saved', { time: dateTime(draft.scorecard.updatedAt) })
        : '';

  return (
    <section ref={section} className="kit-section scorecard" aria-labelledby="scorecard-title">
      <h2 id="scorecard-title">{t('scorecard.title')}</h2>
      <p className="muted">{t('scorecard.blindNote')}</p>
      {draft.content.ratings.map((rating, index) => (
        <div key={rating.attribute} className="scorecard__attribute">
          <RatingChoice
            name={`rating-${rating.attribute}`}
            label={t(`attribute.${rating.attribute}` as 'attribute.attitude')}
            value={rating.rating}
            disabled={locked}
            onChange={(value) => draft.setRating(index, value)}
            error={
              fieldError(`ratings.${index}.rating`) ?? fieldError(`ratings.${index}.attribute`)
            }
          />
          <TextArea
            label={t('scorecard.evidence')}
            name={`evidence-${rating.attribute}`}
            rows={2}
            value={rating.evidence}
            disabled={locked}
            onChange={(e) => draft.setEvidence(index, e.target.value)}
            error={fieldError(`ratings.${index}.evidence`)}
          />
        </div>
      ))}
      <RatingChoice
        name="recommendation"
        label={t('scorecard.recommendation')}
        value={draft.content.recommendation ?? null}
        disabled={locked}
        onChange={draft.setRecommendation}
        error={fieldError('recommendation')}
      />
      <TextArea
        label={t('scorecard.summary')}
        name="summary"
        value={draft.content.summary ?? ''}
        disabled={locked}
        onChange={(e) => draft.setSummary(e.target.value)}
        error={fieldError('summary')}
      />
      <p className="muted" role="status">
        {status}
      </p>
      <FormError error={draft.error} />
      {kit.canScore && !draft.submitted && waitsForInterview && (
        // A scorecard scores an interview: before it begins the notes save as a draft only.
        <p className="notice" data-testid="scorecard-opens">
          {t('scorecard.opensAt', { time: dateTime(kit.submitOpensAt!) })}
        </p>
      )}
      {kit.canScore && !draft.submitted && !waitsForInterview && (
        <button
          className="button button--primary button--block"
          type="button"
          onClick={() => void draft.submit().then((done) => done || showFirstProblem())}
        >
          {t('scorecard.submit')}
        </button>
      )}
      {kit.canScore && draft.submitted && !amending && (
        <button className="button" type="button" onClick={() => setAmending(true)}>
          {t('scorecard.amend')}
        </button>
      )}
      {amending && (
        <div className="amend">
          <TextArea
            label={t('scorecard.amendReason')}
            rows={2}
            {...bind('reason')}
            name="amendReason"
          />
          <div className="form__actions">
            <button
              className="button button--primary"
              type="button"
              onClick={() =>
                void draft
                  .amend(amendment.reason)
                  .then((done) => (done ? setAmending(false) : showFirstProblem()))
              }
            >
              {t('scorecard.saveAmendment')}
            </button>
            <button className="button" type="button" onClick={() => setAmending(false)}>
              {t('scorecard.cancelAmend')}
            </button>
          </div>
        </div>
      )}
    </section>
  );
}

/**
 * Whether `time` is still ahead; turns false when it comes, so a kit opened before the interview
 * offers Submit once the interview has begun without a reload.
 */
function useBeforeTime(time: string | null): boolean {
  const [before, setBefore] = useState(() => Boolean(time && !hasPassed(time)));
  useEffect(() => {
    const ahead = time ? fromApiInstant(time).getTime() - Date.now() : 0;
    setBefore(ahead > 0);
    if (ahead <= 0) return;
    // setTimeout holds at most ~24.8 days; a later interview re-checks then.
    const timer = setTimeout(() => setBefore(!hasPassed(time!)), Math.min(ahead, 2 ** 31 - 1));
    return () => clearTimeout(timer);
  }, [time]);
  return before;
}

/**
 * After a refused submit or correction: on a phone the first problem may be far above the button,
 * so it is brought into view and focused. The refusal's messages render when `error` reaches the
 * form, which may be after the refused promise settles: the effect runs once both have happened,
 * after React has put the messages on the page.
 */
function useFirstProblemShown(section: RefObject<HTMLElement | null>, error: unknown): () => void {
  const [wanted, setWanted] = useState(false);
  useEffect(() => {
    if (!wanted || !error) return;
    setWanted(false);
    const first = section.current?.querySelector('.rating--invalid, [aria-invalid="true"]');
    if (!first) return;
    first.scrollIntoView({ behavior: 'smooth', block: 'center' });
    // Focus too, so a keyboard or screen reader lands where the answer is missing.
    const fields = 'input:not([disabled]), textarea:not([disabled])';
    const field = first.matches(fields) ? first : first.querySelector(fields);
    if (field instanceof HTMLElement) field.focus({ preventScroll: true });
  }, [wanted, error, section]);
  return () => setWanted(true);
}
