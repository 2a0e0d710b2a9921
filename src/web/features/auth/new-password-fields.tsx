import { useState } from 'react';
import { passwordLengthProblem } from '../../../domain/password-length';
import { TextField } from '../../components/form-fields';
import { useI18n } from '../../i18n/i18n';

/**
 * A new password typed twice; the form checks that the two match before it asks the server. Two
 * that differ are not sent, so the password's own length is named here beside the mismatch (its
 * strength is the server's to judge, once the two match).
 */
export function useNewPassword() {
  const [password, setPassword] = useState('');
  const [repeat, setRepeat] = useState('');
  const [mismatch, setMismatch] = useState(false);
  const [lengthProblem, setLengthProblem] = useState<string | null>(null);
  return {
    password,
    repeat,
    mismatch,
    lengthProblem,
    setPassword,
    setRepeat,
    /** Whether the two match; when they do not, the repeat field says so, and a bad length too. */
    confirm() {
      const differ = password !== repeat;
      setMismatch(differ);
      setLengthProblem(differ ? passwordLengthProblem(password) : null);
      return !differ;
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
  const { t, tk } = useI18n();
  const lengthError = state.lengthProblem
    ? tk('error', state.lengthProblem, t('error.password_too_short'))
    : undefined;
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
        error={lengthError ?? error}
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
