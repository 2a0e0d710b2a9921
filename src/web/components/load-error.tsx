import type { ApiError } from '../api/client';
import { useI18n } from '../i18n/i18n';
import { ErrorNotice } from './form-fields';

/** A read that failed: what went wrong, in the user's language, and a way to ask again. */
export function LoadError({
  error,
  retry,
}: {
  error: ApiError | null | undefined;
  retry: () => unknown;
}) {
  const { t } = useI18n();
  if (!error) return null;
  return (
    <div className="load-error">
      <ErrorNotice error={error} />
      <button className="button" type="button" onClick={() => void retry()}>
        {t('common.tryAgain')}
      </button>
    </div>
  );
}
