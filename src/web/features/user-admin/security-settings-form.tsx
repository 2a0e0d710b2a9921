import { useState } from 'react';
import type { SecuritySettingsOut } from '../../../server/routes/security.schema';
import { api, ApiError } from '../../api/client';
import { useFieldErrors } from '../../components/form-fields';
import { useResource } from '../../components/use-resource';
import { useI18n } from '../../i18n/i18n';

export function SecuritySettingsForm() {
  const { t } = useI18n();
  const { data, reload } = useResource<SecuritySettingsOut>('/api/admin/settings/security');
  const [error, setError] = useState<ApiError | undefined>();
  const [status, setStatus] = useState('');
  const fieldError = useFieldErrors(error);
  if (!data) return null;
  const change = async (requireAdminTwoFactor: boolean) => {
    try {
      await api('PUT', '/api/admin/settings/security', { requireAdminTwoFactor });
      setError(undefined);
      setStatus(t('users.saved'));
    } catch (failure) {
      setStatus('');
      setError(failure instanceof ApiError ? failure : undefined);
    }
    reload();
  };
  const problem = fieldError('requireAdminTwoFactor');
  return (
    <section className="fieldset" aria-labelledby="security-settings">
      <h2 id="security-settings">{t('users.securitySettings')}</h2>
      <label className="checkbox">
        <input
          type="checkbox"
          name="requireAdminTwoFactor"
          checked={data.requireAdminTwoFactor}
          onChange={(e) => void change(e.target.checked)}
        />
        {t('users.requireAdminTwoFactor')}
      </label>
      <small className="field__hint">{t('users.requireAdminTwoFactorHint')}</small>
      {problem && (
        <p className="field__error" role="alert">
          {problem}
        </p>
      )}
      {status && <p className="muted status-line">{status}</p>}
    </section>
  );
}
