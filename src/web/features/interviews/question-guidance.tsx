import { useI18n } from '../../i18n/i18n';

/** What a good answer shows and the red flags, folded away until the interviewer wants them. */
export function QuestionGuidance({
  goodAnswer,
  redFlags,
}: {
  goodAnswer: { id: string; en: string };
  redFlags: { id: string; en: string };
}) {
  const { t, locale } = useI18n();
  return (
    <details className="guidance">
      <summary>
        {t('interview.goodAnswer')} / {t('interview.redFlags')}
      </summary>
      <p>
        <strong>{t('interview.goodAnswer')}:</strong> {goodAnswer[locale]}
      </p>
      <p>
        <strong>{t('interview.redFlags')}:</strong> {redFlags[locale]}
      </p>
    </details>
  );
}
