import { useState } from 'react';
import { useApiMutation, useApiQuery } from '../../api/queries';
import { ErrorNotice, FieldError, useFieldErrors } from '../../components/form-fields';
import { LoadError } from '../../components/load-error';
import { useI18n } from '../../i18n/i18n';
import { Checkbox } from '../../components/checkbox-group';

export function SecuritySettingsForm() {
  const { t } = useI18n();
  const path = '/api/admin/settings/security' as const;
  const { data, error: loadError, refetch } = useApiQuery(path, {});
  // Requiring two-factor sign-in changes what each admin's own account page asks of them.
  const saving = useApiMutation('put', path, { invalidates: [path, '/api/auth/two-factor'] });
  const { error } = saving;
  const [status, setStatus] = useState('');
  const fieldError = useFieldErrors(error);
  if (loadError) return <LoadError error={loadError} retry={refetch} />;
  if (!data) return null;
  const change = (requireAdminTwoFactor: boolean) => {
    setStatus('');
    saving.mutate(
      { body: { requireAdminTwoFactor } },
      { onSuccess: () => setStatus(t('users.saved')) },
    );
  };
  const problem = fieldError('requireAdminTwoFactor');
  return (
    <section className="fieldset" aria-labelledby="security-settings">
      <h2 id="security-settings">{t('users.securitySettings')}</h2>
      <Checkbox
        name="requireAdminTwoFactor"
        checked={data.requireAdminTwoFactor}
        disabled={saving.isPending}
        onChange={change}
        label={t('users.requireAdminTwoFactor')}
      />
      <small className="field__hint">{t('users.requireAdminTwoFactorHint')}</small>
      <FieldError error={problem} />
      {error && !problem && <ErrorNotice error={error} />}
      {status && <p className="muted status-line">{status}</p>}
    </section>
  );
}
