import { useCallback } from 'react';
import { useI18n } from '../../i18n/i18n';

/**
 * A candidate's name as the reader sees it: an erased or anonymised person's stored placeholder
 * reads "Anonymous" / "Anonim" in the reader's language (the API says which records are).
 */
export function useShownName(): (name: string, anonymised: boolean | undefined) => string {
  const { t } = useI18n();
  return useCallback((name, anonymised) => (anonymised ? t('privacy.anonymousName') : name), [t]);
}
