import { ratingsAround } from '../../../domain/scorecard';
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
  /** One scorecard's recommendation is a word; an average is its figure and the words around it. */
  const recommendationWords = (average: number, scorecards: number) => {
    const words = ratingsAround(average).map((rating) => t(`rating.${rating}`));
    if (scorecards === 1 && words.length === 1) return words[0]!;
    return words.length === 1
      ? `${number(average, 2)} (${words[0]})`
      : t('decision.recommendationBetween', {
          value: number(average, 2),
          lower: words[0]!,
          higher: words[1]!,
        });
  };
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
                  value:
                    summary.recommendation != null
                      ? recommendationWords(summary.recommendation, summary.scorecards)
                      : '—',
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
