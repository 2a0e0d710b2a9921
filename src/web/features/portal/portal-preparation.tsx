import { useI18n } from '../../i18n/i18n';
import type { PortalViewOutput } from './portal-page';

const checklist = {
  hr: ['1', '2', '3', '4', '5'],
  user: ['1', '2', '3', '4', '5'],
} as const;

/** What this stage is for, how it is assessed, a checklist, sample questions and the coach. */
export function PortalPreparation({
  view,
  stage,
}: {
  view: PortalViewOutput;
  stage: 'hr' | 'user';
}) {
  const { t, locale } = useI18n();
  const practice = `/practice?stage=${stage}&jobId=${view.job.id}`;
  // The booked length when this stage's interview is booked; the usual one only before that.
  const booked = view.nextInterview?.stage === stage ? view.nextInterview.durationMinutes : null;
  return (
    <>
      <section className="portal__card" aria-labelledby="about-stage">
        <h2 id="about-stage">{t(`portal.about.${stage}`)}</h2>
        <p>{t(`portal.about.${stage}.purpose`)}</p>
        {booked !== null ? (
          <p>{t('portal.about.bookedLength', { minutes: booked })}</p>
        ) : (
          stage === 'hr' && <p>{t('portal.about.hr.usualLength')}</p>
        )}
        <p>{t(`portal.about.${stage}.assessed`)}</p>
      </section>
      <section className="portal__card" aria-labelledby="checklist">
        <h2 id="checklist">{t('portal.checklist')}</h2>
        <ul className="portal__checklist">
          {checklist[stage].map((n) => (
            <li key={n}>
              <label className="checkbox">
                <input type="checkbox" />
                {t(`portal.check.${stage}.${n}`)}
              </label>
            </li>
          ))}
        </ul>
      </section>
      {view.sampleQuestions.length > 0 && (
        <section className="portal__card" aria-labelledby="sample-questions">
          <h2 id="sample-questions">{t('portal.sampleQuestions')}</h2>
          <ul>
            {view.sampleQuestions.map((question) => (
              <li key={question.id ?? question.text.en}>{question.text[locale]}</li>
            ))}
          </ul>
          <a className="button button--primary button--block" href={practice}>
            {t('portal.practice')}
          </a>
          <p className="muted">{t('portal.practiceHint')}</p>
        </section>
      )}
    </>
  );
}
