import { answerLabels } from '../../../domain/coach/answer-analysis';
import { useI18n } from '../../i18n/i18n';
import { clearAttempts, exportAttempts, type PracticeAttempt } from './practice-history';

/** Earlier attempts, the ones at the current question first, to compare how the answer improved. */
export function PracticeHistory({
  attempts,
  question,
  onCleared,
}: {
  attempts: PracticeAttempt[];
  question: string;
  onCleared(): void;
}) {
  const { t, dateTime } = useI18n();
  const same = attempts.filter((attempt) => attempt.question === question);
  return (
    <section className="kit-section" aria-labelledby="history-title">
      <h2 id="history-title">{t('practice.history')}</h2>
      {attempts.length === 0 && <p className="muted">{t('practice.historyEmpty')}</p>}
      {same.length > 1 && (
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
      )}
      {attempts.length > 0 && (
        <div className="form__actions">
          <button className="button" type="button" onClick={exportAttempts}>
            {t('practice.export')}
          </button>
          <button
            className="button button--quiet"
            type="button"
            onClick={() => {
              clearAttempts();
              onCleared();
            }}
          >
            {t('practice.clear')}
          </button>
        </div>
      )}
    </section>
  );
}
