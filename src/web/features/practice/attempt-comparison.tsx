import { answerLabels } from '../../../domain/coach/answer-analysis';
import { useI18n } from '../../i18n/i18n';
import type { PracticeAttempt } from './practice-history';

/** The attempts at one question side by side: which labels each answer earned. */
export function AttemptComparison({ same }: { same: PracticeAttempt[] }) {
  const { t, dateTime } = useI18n();
  return (
    <>
      {/* Ten labels do not fit a phone: the table scrolls, the attempt column stays put. */}
      <p className="muted scroll-hint" id="history-scroll-hint">
        {t('practice.scrollHint')}
      </p>
      <div
        className="table-scroll table-scroll--sticky-first"
        tabIndex={0}
        role="region"
        aria-labelledby="history-title"
        aria-describedby="history-scroll-hint"
      >
        <table className="comparison">
          <caption className="muted">{t('practice.compare')}</caption>
          <thead>
            <tr>
              <th scope="col">#</th>
              <th scope="col">{t('practice.metric.words', { count: '' }).trim()}</th>
              {answerLabels.map((label) => (
                <th key={label} scope="col">
                  {t(`label.${label}`)}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {same.map((attempt, index) => (
              <tr key={attempt.id}>
                <th scope="row" title={dateTime(attempt.at)}>
                  {t('practice.attempt', { n: same.length - index })}
                </th>
                <td>{attempt.words}</td>
                {answerLabels.map((label) => (
                  <td key={label}>{attempt.labels.includes(label) ? '✓' : '·'}</td>
                ))}
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </>
  );
}
