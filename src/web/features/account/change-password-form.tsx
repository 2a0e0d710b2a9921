import { useState, type FormEvent } from 'react';
import type { ChangePasswordInput } from '../../../server/routes/security.schema';
import { useApiMutation } from '../../api/queries';
import { ErrorNotice, TextField, useFieldErrors } from '../../components/form-fields';
import { useI18n } from '../../i18n/i18n';

const empty = { currentPassword: '', newPassword: '', repeat: '' };

export function ChangePasswordForm() {
  const { t } = useI18n();
  const [draft, setDraft] = useState(empty);
  const changing = useApiMutation('post', '/api/auth/password');
  const { error } = changing;
  const [mismatch, setMismatch] = useState(false);
  const [done, setDone] = useState(false);
  const fieldError = useFieldErrors(error);
  const set = (key: keyof typeof empty, value: string) => setDraft((d) => ({ ...d, [key]: value }));
  const submit = (event: FormEvent) => {
    event.preventDefault();
    setDone(false);
    setMismatch(draft.newPassword !== draft.repeat);
    if (draft.newPassword !== draft.repeat) return;
    const body: ChangePasswordInput = {
      currentPassword: draft.currentPassword,
      newPassword: draft.newPassword,
    };
    changing.mutate(
      { body },
      {
        onSuccess: () => {
          setDraft(empty);
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
        value={draft.currentPassword}
        onChange={(e) => set('currentPassword', e.target.value)}
        error={fieldError('currentPassword')}
      />
      <TextField
        label={t('account.newPassword')}
        type="password"
        name="new-password"
        autoComplete="new-password"
        hint={t('setPassword.rules')}
        value={draft.newPassword}
        onChange={(e) => set('newPassword', e.target.value)}
        error={fieldError('newPassword')}
      />
      <TextField
        label={t('account.repeat')}
        type="password"
        name="repeat-password"
        autoComplete="new-password"
        value={draft.repeat}
        onChange={(e) => set('repeat', e.target.value)}
        error={mismatch ? t('setPassword.mismatch') : undefined}
      />
      {error && !error.fields.length && <ErrorNotice error={error} />}
      <button type="submit" className="button button--primary">
        {t('account.changePassword')}
      </button>
    </form>
  );
}
