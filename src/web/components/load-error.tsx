import type { ApiError } from '../api/client';
import { useI18n } from '../i18n/i18n';
import { Link } from '../router';
import { ErrorNotice } from './form-fields';

/**
 * Whether asking again can help: the server was not reached, was briefly busy or failed (status 0,
 * 408, 429, 5xx). A refusal (403), a record that is gone (404) or any other 4xx answers the same
 * the next time.
 */
export function isRetryable(error: ApiError): boolean {
  return error.status === 0 || error.status === 408 || error.status === 429 || error.status >= 500;
}

/**
 * A read that failed: what went wrong, in the user's language, and the way on. "Try again" only
 * where it can help; otherwise a link back to Today (none in a dialog: `backToToday={false}`),
 * and the message does not ask to try again.
 */
export function LoadError({
  error,
  retry,
  missing,
  backToToday = true,
}: {
  error: ApiError | null | undefined;
  retry: () => unknown;
  /** The page's own words for a 403 or 404 (e.g. "not your interview"), in place of the common line. */
  missing?: string;
  backToToday?: boolean;
}) {
  const { t } = useI18n();
  if (!error) return null;
  const refused = error.status === 403 || error.status === 404;
  return (
    <div className="load-error">
      {missing && refused ? (
        <p className="notice notice--error" role="alert">
          {missing}
        </p>
      ) : (
        <ErrorNotice error={error} after={isRetryable(error) ? 'retry' : 'none'} />
      )}
      {isRetryable(error) ? (
        <button className="button" type="button" onClick={() => void retry()}>
          {t('common.tryAgain')}
        </button>
      ) : (
        backToToday && <Link href="/">{t('common.backToToday')}</Link>
      )}
    </div>
  );
}
