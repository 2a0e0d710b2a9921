import { useId, useState } from 'react';
import { answerLabels, type AnswerAnalysis } from '../../../domain/coach/answer-analysis';
import type { AnswerFeedback, FeedbackPoint } from '../../../domain/coach/feedback';
import { useI18n, type I18n } from '../../i18n/i18n';
import { HighlightedAnswer, type Mark } from './highlighted-answer';

/** The labels that praise the answer; every other label flags something to fix. */
export const positiveLabels: ReadonlySet<string> = new Set([
  'situation',
  'task',
  'action',
  'result',
  'quantified',
]);

/** Numbers in a message written the reader's way: "30,3" in Indonesian, "30.3" in English. */
function localNumbers(number: I18n['number']) {
  const shape = { decimals: 1, upTo: true, grouping: false };
  return (params: Record<string, string | number>): Record<string, string> =>
    Object.fromEntries(
      Object.entries(params).map(([k, v]) => [k, typeof v === 'number' ? number(v, shape) : v]),
    );
}

/** The coach's verdict: a summary, what went well, the top three to improve, each with its evidence. */
export function FeedbackView({
  answer,
  analysis,
  feedback,
  wordsPerMinute,
  inHistory = false,
}: {
  answer: string;
  analysis: AnswerAnalysis;
  feedback: AnswerFeedback;
  wordsPerMinute: number | null;
  /** An earlier attempt opened in the history: its headings sit one level lower. */
  inHistory?: boolean;
}) {
  const { t, number } = useI18n();
  const titleId = useId();
  const Title = inHistory ? 'h3' : 'h2';
  const Heading = inHistory ? 'h4' : 'h3';
  // The focused point remembers which feedback it came from: a new answer gets new feedback, and the
  // old point's offsets would otherwise mark arbitrary characters of the new text.
  const [focused, setFocused] = useState<{ of: AnswerFeedback; point: FeedbackPoint } | null>(null);
  const focus = focused?.of === feedback ? focused.point : null;
  const local = localNumbers(number);
  const message = (point: FeedbackPoint) => t(`coach.feedback.${point.code}`, local(point.params));
  const marks: Mark[] = focus
    ? focus.evidence.map((e) => ({ ...e, tone: 'focus', title: message(focus) }))
    : answerLabels.flatMap((label) =>
        analysis.labels[label].value
          ? analysis.labels[label].evidence.map((e) => ({
              ...e,
              tone:
                label === 'fillerHeavy'
                  ? ('filler' as const)
                  : positiveLabels.has(label)
                    ? ('good' as const)
                    : ('bad' as const),
              title: t(`label.${label}`),
            }))
          : [],
      );
  const { metrics } = analysis;
  const detected = answerLabels.filter((label) => analysis.labels[label].value);
  const point = (item: FeedbackPoint, tone: 'good' | 'bad') => (
    <li key={item.code} className={`feedback-point feedback-point--${tone}`}>
      <span>{message(item)}</span>
      {item.evidence.length > 0 && (
        <button
          className="button button--small button--quiet"
          type="button"
          aria-pressed={focus === item}
          onClick={() => setFocused(focus === item ? null : { of: feedback, point: item })}
        >
          {t('practice.showEvidence')}
        </button>
      )}
    </li>
  );
  return (
    <section
      className={inHistory ? 'feedback-past' : 'kit-section feedback'}
      aria-labelledby={titleId}
    >
      <Title id={titleId}>{t('practice.summary')}</Title>
      <p className={`notice feedback__summary feedback__summary--${feedback.summary}`}>
        {t(`coach.summary.${feedback.summary}`)}
      </p>
      <Heading>{t('practice.improvements')}</Heading>
      {feedback.improvements.length ? (
        <ol className="feedback-list">{feedback.improvements.map((item) => point(item, 'bad'))}</ol>
      ) : (
        <p className="muted">{t('practice.noImprovements')}</p>
      )}
      {feedback.strengths.length > 0 && (
        <>
          <Heading>{t('practice.strengths')}</Heading>
          <ul className="feedback-list">{feedback.strengths.map((item) => point(item, 'good'))}</ul>
        </>
      )}
      <Heading>{t('practice.yourAnswer')}</Heading>
      <HighlightedAnswer answer={answer} marks={marks} />
      <Heading>{t('practice.labels')}</Heading>
      {detected.length ? (
        <p className="tags">
          {detected.map((label) => (
            <span key={label} className={`tag tag--${positiveLabels.has(label) ? 'good' : 'bad'}`}>
              {t(`label.${label}`)}
            </span>
          ))}
        </p>
      ) : (
        <p className="muted">{t('practice.noLabels')}</p>
      )}
      <Heading>{t('practice.metrics')}</Heading>
      <ul className="metrics">
        <li>{t('practice.metric.words', { count: metrics.words })}</li>
        <li>{t('practice.metric.time', { seconds: Math.round(metrics.speakingSeconds) })}</li>
        {wordsPerMinute !== null && <li>{t('practice.metric.wpm', { wpm: wordsPerMinute })}</li>}
        <li>
          {t(
            'practice.metric.fillers',
            local({
              count: metrics.fillers,
              rate: Math.round(metrics.fillersPer100Words * 10) / 10,
            }),
          )}
        </li>
        <li>{t('practice.metric.numbers', { count: metrics.numbers.length })}</li>
        {metrics.jobTerms.used.length > 0 && (
          <li>
            {t('practice.termsUsed', {
              terms: metrics.jobTerms.used.map((u) => u.term).join(', '),
            })}
          </li>
        )}
        {metrics.jobTerms.missed.length > 0 && (
          <li>{t('practice.termsMissed', { terms: metrics.jobTerms.missed.join(', ') })}</li>
        )}
      </ul>
    </section>
  );
}
