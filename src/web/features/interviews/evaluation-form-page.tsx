import { ratings } from '../../../domain/scorecard';
import { useApiQuery } from '../../api/queries';
import { LoadError } from '../../components/load-error';
import { useI18n } from '../../i18n/i18n';
import { Link } from '../../router';
import { useSession } from '../../session';

/** The interview evaluation form on paper: blank for interviews run offline, or filled from one's scorecard. */
export function EvaluationFormPage({
  applicationId,
  stage,
  blank,
}: {
  applicationId: string;
  stage: 'hr' | 'user';
  blank: boolean;
}) {
  const { t, locale, date } = useI18n();
  const { user } = useSession();
  const {
    data: kit,
    error,
    refetch,
  } = useApiQuery('/api/applications/{applicationId}/interviews/{stage}/kit', {
    path: { applicationId, stage },
  });
  if (error) return <LoadError error={error} retry={refetch} />;
  if (!kit) return <p className="muted">{t('common.loading')}</p>;
  const card = blank ? null : kit.ownScorecard;
  const line = (value: string | undefined) =>
    value ? (
      <span className="form-sheet__value">{value}</span>
    ) : (
      <span className="form-sheet__line" />
    );
  return (
    <article className="form-sheet">
      <div className="no-print form__actions">
        <button className="button button--primary" type="button" onClick={() => window.print()}>
          {t('form.printNow')}
        </button>
        <Link className="button" href={`/applications/${applicationId}/interviews/${stage}`}>
          {t('form.backToKit')}
        </Link>
      </div>
      <h1>{t('form.title', { stage: t(`interview.${stage}`) })}</h1>
      <p className="muted">{kit.template.purpose[locale]}</p>
      <dl className="form-sheet__meta">
        <div>
          <dt>{t('interview.candidate')}</dt>
          <dd>{line(blank ? undefined : kit.candidate.fullName)}</dd>
        </div>
        <div>
          <dt>{t('form.position')}</dt>
          <dd>{line(kit.job.title)}</dd>
        </div>
        <div>
          <dt>{t('form.interviewer')}</dt>
          <dd>{line(card ? user.name : undefined)}</dd>
        </div>
        <div>
          <dt>{t('form.date')}</dt>
          <dd>{line(card?.submittedAt ? date(card.submittedAt) : undefined)}</dd>
        </div>
      </dl>
      <table className="form-sheet__table">
        <thead>
          <tr>
            <th scope="col">{t('questions.attribute')}</th>
            {ratings.map((rating) => (
              <th key={rating} scope="col">
                {t(`rating.${rating}`)}
              </th>
            ))}
            <th scope="col">{t('scorecard.evidence')}</th>
          </tr>
        </thead>
        <tbody>
          {kit.plan.attributes.map((attribute) => {
            const rated = card?.ratings.find((r) => r.attribute === attribute);
            return (
              <tr key={attribute}>
                <th scope="row">{t(`attribute.${attribute}`)}</th>
                {ratings.map((rating) => (
                  <td key={rating} className="form-sheet__box" aria-label={t(`rating.${rating}`)}>
                    {rated?.rating === rating ? '☒' : '☐'}
                  </td>
                ))}
                <td className="form-sheet__evidence">{rated?.evidence}</td>
              </tr>
            );
          })}
          <tr>
            <th scope="row">{t('scorecard.recommendation')}</th>
            {ratings.map((rating) => (
              <td key={rating} className="form-sheet__box">
                {card?.recommendation === rating ? '☒' : '☐'}
              </td>
            ))}
            <td />
          </tr>
        </tbody>
      </table>
      <h2>{t('interview.questions')}</h2>
      <ol className="form-sheet__questions">
        {kit.questions.map((question) => (
          <li key={question.key}>
            <p>{question.text[locale]}</p>
            <div className="form-sheet__notes">{card?.questionNotes[question.key]}</div>
          </li>
        ))}
      </ol>
      <h2>{t('scorecard.summary')}</h2>
      <div className="form-sheet__notes form-sheet__notes--tall">{card?.summary}</div>
      <p className="form-sheet__signature">{t('form.signature')}</p>
    </article>
  );
}
