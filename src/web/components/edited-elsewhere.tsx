import type { ApiError, FieldError } from '../api/client';
import { useI18n } from '../i18n/i18n';

/** The API's refusal of a save made from a form opened before someone else's change, if it is one. */
export function editedElsewhereOf(error: ApiError | null | undefined): FieldError | undefined {
  return error?.fields.find((field) => field.code === 'edited_elsewhere');
}

/**
 * Says who changed the record and when, while the form keeps what the user typed; `onReload`
 * (where the page can) replaces it with the stored record, so the user chooses when to lose it.
 */
export function EditedElsewhereNotice({
  error,
  onReload,
}: {
  error: ApiError | null | undefined;
  onReload?: (() => void) | undefined;
}) {
  const { t, dateTime } = useI18n();
  const refusal = editedElsewhereOf(error);
  if (!refusal) return null;
  const byName = typeof refusal.params?.byName === 'string' ? refusal.params.byName : null;
  const at = typeof refusal.params?.at === 'string' ? refusal.params.at : null;
  return (
    <div className="notice notice--error" role="alert" data-testid="edited-elsewhere">
      <strong>{t('editedElsewhere.title')}</strong>
      <p>
        {byName && at
          ? t('editedElsewhere.byAt', { name: byName, at: dateTime(at) })
          : t('editedElsewhere.someone')}
      </p>
      {onReload && (
        <button className="button" type="button" onClick={onReload}>
          {t('editedElsewhere.reload')}
        </button>
      )}
    </div>
  );
}
