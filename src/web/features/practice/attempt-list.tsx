import { useMemo, useState } from 'react';
import { analyzeAnswer } from '../../../domain/coach/analyze-answer';
import { buildFeedback } from '../../../domain/coach/feedback';
import { useI18n } from '../../i18n/i18n';
import { FeedbackView, positiveLabels } from './feedback-view';
import type { PracticeAttempt } from './practice-history';

/** A phone shows a screenful at a time; the rest one tap away. */
const pageSize = 10;

/** Every earlier attempt, newest first, each one tap from its answer and feedback again. */
export function AttemptList({
  attempts,
  onPractiseAgain,
}: {
  attempts: PracticeAttempt[];
  onPractiseAgain(attempt: PracticeAttempt): void;
}) {
  const { t } = useI18n();
  const [openId, setOpenId] = useState<string | null>(null);
  const [shown, setShown] = useState(pageSize);
  const rest = attempts.length - shown;
  return (
    <>
      <h3 id="attempts-title">{t('practice.history.attempts')}</h3>
      <ol className="attempt-list" aria-labelledby="attempts-title">
        {attempts.slice(0, shown).map((attempt) => (
          <AttemptItem
            key={attempt.id}
            attempt={attempt}
            open={openId === attempt.id}
            onToggle={() => setOpenId(openId === attempt.id ? null : attempt.id)}
            onPractiseAgain={() => onPractiseAgain(attempt)}
          />
        ))}
      </ol>
      {rest > 0 && (
        <button
          className="button button--small"
          type="button"
          onClick={() => setShown(shown + pageSize)}
        >
          {t('practice.history.more', { count: Math.min(rest, pageSize) })}
        </button>
      )}
    </>
  );
}

function AttemptItem({
  attempt,
  open,
  onToggle,
  onPractiseAgain,
}: {
  attempt: PracticeAttempt;
  open: boolean;
  onToggle(): void;
  onPractiseAgain(): void;
}) {
  const { t, dateTime } = useI18n();
  const flags = attempt.labels.filter((label) => !positiveLabels.has(label));
  const strengths = attempt.labels.filter((label) => positiveLabels.has(label));
  const detailId = `attempt-${attempt.id}`;
  return (
    <li className="attempt">
      <p className="attempt__meta muted">
        {dateTime(attempt.at)} · {t(`practice.history.stage.${attempt.stage}`)} ·{' '}
        {t('practice.metric.words', { count: attempt.words })}
      </p>
      <p className="attempt__question" lang={attempt.language}>
        {attempt.question || t('practice.history.noQuestion')}
      </p>
      <p className="tags">
        {/* The flags first: they are what the next attempt should fix. */}
        {[...flags, ...strengths].map((label) => (
          <span key={label} className={`tag tag--${positiveLabels.has(label) ? 'good' : 'bad'}`}>
            {t(`label.${label}`)}
          </span>
        ))}
        {attempt.labels.length === 0 && (
          <span className="tag">{t('practice.history.nothingFlagged')}</span>
        )}
      </p>
      <button
        className="button button--small"
        type="button"
        aria-expanded={open}
        aria-controls={detailId}
        onClick={onToggle}
      >
        {open ? t('practice.history.close') : t('practice.history.open')}
      </button>
      {open && (
        <div id={detailId} className="attempt__detail">
          <AttemptFeedback attempt={attempt} />
          <button className="button button--primary" type="button" onClick={onPractiseAgain}>
            {t('practice.history.again')}
          </button>
        </div>
      )}
    </li>
  );
}

/**
 * The attempt's feedback, worked out again from the saved answer: the analysis is deterministic
 * and runs in the browser, so the history keeps the answer, not a copy of every finding.
 */
function AttemptFeedback({ attempt }: { attempt: PracticeAttempt }) {
  const { t } = useI18n();
  const { analysis, feedback } = useMemo(() => {
    const input = {
      language: attempt.language,
      stage: attempt.stage,
      question: attempt.question,
      answer: attempt.answer,
      jobTerms: attempt.jobTerms ?? [],
    };
    const result = analyzeAnswer(input);
    return { analysis: result, feedback: buildFeedback(result, input) };
  }, [attempt]);
  return (
    <>
      <FeedbackView
        answer={attempt.answer}
        analysis={analysis}
        feedback={feedback}
        wordsPerMinute={attempt.wordsPerMinute}
        inHistory
      />
      <p className="muted">{t('practice.history.recomputed')}</p>
    </>
  );
}
