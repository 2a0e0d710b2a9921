import { useI18n } from '../../i18n/i18n';
import { AttemptComparison } from './attempt-comparison';
import { AttemptList } from './attempt-list';
import { clearAttempts, exportAttempts, type PracticeAttempt } from './practice-history';

/**
 * Earlier attempts, newest first, each opening its answer and feedback again; and the attempts
 * at the current question side by side, to see how the answer improved.
 */
export function PracticeHistory({
  attempts,
  question,
  onCleared,
  onPractiseAgain,
}: {
  attempts: PracticeAttempt[];
  question: string;
  onCleared(): void;
  onPractiseAgain(attempt: PracticeAttempt): void;
}) {
  const { t } = useI18n();
  const same = attempts.filter((attempt) => attempt.question === question);
  return (
    <section className="kit-section" aria-labelledby="history-title">
      <h2 id="history-title">{t('practice.history')}</h2>
      <p className="muted">{t('practice.history.private')}</p>
      {attempts.length === 0 && <p className="muted">{t('practice.historyEmpty')}</p>}
      {same.length > 1 && <AttemptComparison same={same} />}
      {attempts.length > 0 && <AttemptList attempts={attempts} onPractiseAgain={onPractiseAgain} />}
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
