import { useApiQuery } from '../../api/queries';
import { LoadError } from '../../components/load-error';
import { useI18n } from '../../i18n/i18n';
import type { ApiSchema } from '../../api/client';

type Scorecard = ApiSchema<'Scorecard'>;

/** The panel's submitted scorecards, as the server lets this reader see them (blind scoring). */
export function PanelScorecards({
  applicationId,
  stage,
}: {
  applicationId: string;
  stage: 'hr' | 'user';
}) {
  const { t } = useI18n();
  const { data, error, refetch } = useApiQuery(
    '/api/applications/{applicationId}/interviews/{stage}/scorecards',
    { path: { applicationId, stage } },
  );
  if (error) return <LoadError error={error} retry={refetch} />;
  if (!data) return null;
  return (
    <section className="kit-section" aria-labelledby="panel-title">
      <h2 id="panel-title">{t('scorecard.panel')}</h2>
      {data.hidden > 0 && <p className="notice">{t('scorecard.hidden', { count: data.hidden })}</p>}
      {data.others.length === 0 && data.hidden === 0 && (
        <p className="muted">{t('scorecard.none')}</p>
      )}
      {data.others.map((card) => (
        <ScorecardSummary key={card.id} card={card} />
      ))}
    </section>
  );
}

export function ScorecardSummary({ card }: { card: Scorecard }) {
  const { t, dateTime } = useI18n();
  return (
    <article className="scorecard-summary">
      <h3>
        {card.recommendation ? t(`rating.${card.recommendation}`) : '—'}{' '}
        <span className="muted">{t('scorecard.by', { name: card.interviewerName })}</span>
      </h3>
      <ul>
        {card.ratings.map((rating) => (
          <li key={rating.attribute}>
            <strong>{t(`attribute.${rating.attribute}`)}</strong>:{' '}
            {rating.rating ? t(`rating.${rating.rating}`) : '—'}
            {rating.evidence && <span className="muted"> — {rating.evidence}</span>}
          </li>
        ))}
      </ul>
      {card.summary && <p className="prewrap">{card.summary}</p>}
      {card.revisions.length > 0 && (
        <details>
          <summary>
            {t('scorecard.revisions')} ({card.revisions.length})
          </summary>
          <ul>
            {card.revisions.map((revision) => (
              <li key={revision.at}>
                {dateTime(revision.at)} · {revision.changedByName}: {revision.reason} (
                {revision.recommendation ? t(`rating.${revision.recommendation}`) : '—'})
              </li>
            ))}
          </ul>
        </details>
      )}
    </article>
  );
}
