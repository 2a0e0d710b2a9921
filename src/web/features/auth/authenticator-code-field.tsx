import { TextField } from '../../components/form-fields';
import { useI18n } from '../../i18n/i18n';

/** Digits kept from what was typed or pasted: "123 456" from an app that groups them is 123456. */
export const authenticatorDigits = (typed: string) => typed.replace(/\D/g, '').slice(0, 6);

/**
 * The one field for a second factor: six digits from the authenticator app (sign-in, turning
 * two-factor on or off, a new set of recovery codes) or, with `recovery`, a recovery code as
 * printed (letters, a hyphen). A code pasted with a space still fits: the digits are kept.
 */
export function AuthenticatorCodeField({
  label,
  value,
  onChange,
  error,
  recovery = false,
  autoFocus = false,
}: {
  label: string;
  value: string;
  onChange(value: string): void;
  error?: string | undefined;
  recovery?: boolean;
  autoFocus?: boolean;
}) {
  const { t } = useI18n();
  return (
    <TextField
      // A new input when the kind changes, so the browser's autofill follows the new kind.
      key={recovery ? 'recovery' : 'app'}
      label={label}
      hint={recovery ? t('login.recoveryCodeHint') : t('login.codeHint')}
      name="code"
      inputMode={recovery ? 'text' : 'numeric'}
      autoComplete={recovery ? 'off' : 'one-time-code'}
      autoCapitalize="none"
      spellCheck={false}
      maxLength={recovery ? 20 : undefined}
      autoFocus={autoFocus}
      value={value}
      onChange={(e) => onChange(recovery ? e.target.value : authenticatorDigits(e.target.value))}
      error={error}
    />
  );
}
