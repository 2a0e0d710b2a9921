import { useState } from 'react';
import { TextField } from '../../components/form-fields';
import { useI18n } from '../../i18n/i18n';

/** A new password typed twice; the form checks that the two match before it asks the server. */
export function useNewPassword() {
  const [password, setPassword] = useState('');
  const [repeat, setRepeat] = useState('');
  const [mismatch, setMismatch] = useState(false);
  return {
    password,
    repeat,
    mismatch,
    setPassword,
    setRepeat,
    /** Whether the two match; when they do not, the repeat field says so. */
    confirm() {
      setMismatch(password !== repeat);
      return password === repeat;
    },
    clear() {
      setPassword('');
      setRepeat('');
    },
  };
}

type NewPassword = ReturnType<typeof useNewPassword>;

/** The new password (with the server's rules and its answer) and its repetition. */
export function NewPasswordFields({
  state,
  label,
  repeatLabel,
  error,
}: {
  state: NewPassword;
  label: string;
  repeatLabel: string;
  error: string | undefined;
}) {
  const { t } = useI18n();
  return (
    <>
      <TextField
        label={label}
        type="password"
        name="new-password"
        autoComplete="new-password"
        hint={t('setPassword.rules')}
        value={state.password}
        onChange={(e) => state.setPassword(e.target.value)}
        error={error}
      />
      <TextField
        label={repeatLabel}
        type="password"
        name="repeat-password"
        autoComplete="new-password"
        value={state.repeat}
        onChange={(e) => state.setRepeat(e.target.value)}
        error={state.mismatch ? t('setPassword.mismatch') : undefined}
      />
    </>
  );
}
