import { useI18n } from '../../i18n/i18n';
import type { ApiSchema } from '../../api/client';

type StageSummaryOutput = ApiSchema<'StageSummary'>;

/** One stage's score with its recommendation, or why it cannot be shown. */
export function StageScore({
  label,
  summary,
  hiddenBecause,
}: {
  label: string;
  summary: StageSummaryOutput | null;
  hiddenBecause: 'submit_first' | 'no_access' | null;
}) {
  const { t, number } = useI18n();
  return (
    <div className="stage-score">
      <dt>{label}</dt>
      <dd>
        {summary === null ? (
          <span className="muted">
            {t(hiddenBecause === 'no_access' ? 'decision.noAccess' : 'decision.hidden')}
          </span>
        ) : summary.scorecards === 0 ? (
          <span className="muted">{t('decision.noScores')}</span>
        ) : (
          <>
            <strong className="stage-score__value">
              {summary.average != null && number(summary.average, 2)}
            </strong>
            <span className="muted">
              {' '}
              {t(
                summary.scorecards === 1 ? 'decision.recommendationOne' : 'decision.recommendation',
                {
                  value: summary.recommendation != null ? number(summary.recommendation, 2) : '—',
                  count: summary.scorecards,
                },
              )}
            </span>
          </>
        )}
      </dd>
    </div>
  );
}
