import { useState, type FormEvent } from 'react';
import { useApiMutation } from '../../api/queries';
import { FormError, TextField, useFieldErrors } from '../../components/form-fields';
import { useI18n } from '../../i18n/i18n';
import { NewPasswordFields, useNewPassword } from '../auth/new-password-fields';
import type { ApiBody } from '../../api/client';

type ChangePasswordInput = ApiBody<'post', '/api/auth/password'>;

export function ChangePasswordForm() {
  const { t } = useI18n();
  const [currentPassword, setCurrentPassword] = useState('');
  const newPassword = useNewPassword();
  const changing = useApiMutation('post', '/api/auth/password');
  const { error } = changing;
  const [done, setDone] = useState(false);
  const fieldError = useFieldErrors(error);
  const submit = (event: FormEvent) => {
    event.preventDefault();
    setDone(false);
    if (!newPassword.confirm()) return;
    const body: ChangePasswordInput = { currentPassword, newPassword: newPassword.password };
    changing.mutate(
      { body },
      {
        onSuccess: () => {
          setCurrentPassword('');
          newPassword.clear();
          setDone(true);
        },
      },
    );
  };
  return (
    <form className="form" onSubmit={submit} noValidate aria-labelledby="password-title">
      <h2 id="password-title">{t('account.password')}</h2>
      {done && (
        <p className="notice" role="status">
          {t('account.passwordChanged')}
        </p>
      )}
      <TextField
        label={t('account.currentPassword')}
        type="password"
        name="current-password"
        autoComplete="current-password"
        value={currentPassword}
        onChange={(e) => setCurrentPassword(e.target.value)}
        error={fieldError('currentPassword')}
      />
      <NewPasswordFields
        state={newPassword}
        label={t('account.newPassword')}
        repeatLabel={t('account.repeat')}
        error={fieldError('newPassword')}
      />
      <FormError error={error} />
      <button type="submit" className="button button--primary">
        {t('account.changePassword')}
      </button>
    </form>
  );
}
