import { useI18n } from '../../i18n/i18n';

/**
 * What someone whose role has no offers (an interviewer) reads on an offers address they followed
 * or typed: the plain word of the offers list, no filters and no retry, they would not help.
 */
export function OffersNotForRole() {
  const { t } = useI18n();
  return (
    <>
      <h1>{t('offerList.title')}</h1>
      <p className="muted" data-testid="offer-list-not-for-role">
        {t('offerList.notForRole')}
      </p>
    </>
  );
}
