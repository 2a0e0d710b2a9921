import { useState, type FormEvent } from 'react';
import { useApiMutation } from '../../api/queries';
import { FormError, TextField, useFieldErrors } from '../../components/form-fields';
import { useI18n } from '../../i18n/i18n';
import { AuthenticatorCodeField } from '../auth/authenticator-code-field';

/** The codes in clear, shown once: to copy or save as a text file before leaving. */
export function RecoveryCodeList({ codes, onDone }: { codes: string[]; onDone(): void }) {
  const { t } = useI18n();
  const [copied, setCopied] = useState(false);
  const text = `${t('recoveryCodes.fileHeading')}\n\n${codes.join('\n')}\n`;
  const copy = () => {
    void navigator.clipboard.writeText(text).then(() => setCopied(true));
  };
  const download = () => {
    const link = document.createElement('a');
    link.href = URL.createObjectURL(new Blob([text], { type: 'text/plain' }));
    link.download = 'seleksi-recovery-codes.txt';
    link.click();
    // Revoked at once, Firefox and Safari may cancel the download it just started.
    setTimeout(() => URL.revokeObjectURL(link.href), 0);
  };
  return (
    <section className="recovery-codes" aria-labelledby="recovery-codes-title">
      <h3 id="recovery-codes-title">{t('recoveryCodes.title')}</h3>
      <p className="notice notice--warning">{t('recoveryCodes.showOnce')}</p>
      <ol className="recovery-codes__list" data-testid="recovery-codes">
        {codes.map((code) => (
          <li key={code}>
            <code>{code}</code>
          </li>
        ))}
      </ol>
      <div className="recovery-codes__actions">
        {/* No clipboard on a plain-http address: the download still works there. */}
        {navigator.clipboard && (
          <button type="button" className="button" onClick={copy}>
            {copied ? t('recoveryCodes.copied') : t('recoveryCodes.copy')}
          </button>
        )}
        <button type="button" className="button" onClick={download}>
          {t('recoveryCodes.download')}
        </button>
        <button type="button" className="button button--primary" onClick={onDone}>
          {t('recoveryCodes.saved')}
        </button>
      </div>
    </section>
  );
}

/**
 * How many codes are left, a prompt when none or few are, and making a new set (with the
 * password or a current code from the app; the old set stops working).
 */
export function RecoveryCodesStatus({
  left,
  onMade,
}: {
  left: number;
  onMade(codes: string[]): void;
}) {
  const { t } = useI18n();
  const [open, setOpen] = useState(false);
  const [password, setPassword] = useState('');
  const [code, setCode] = useState('');
  const making = useApiMutation('post', '/api/auth/two-factor/recovery-codes', {
    invalidates: ['/api/auth/two-factor'],
  });
  const fieldError = useFieldErrors(making.error);
  const submit = (event: FormEvent) => {
    event.preventDefault();
    const body = code.trim() ? { code: code.trim() } : { password };
    making.mutate(
      { body },
      {
        onSuccess: ({ recoveryCodes }) => {
          setOpen(false);
          setPassword('');
          setCode('');
          onMade(recoveryCodes);
        },
      },
    );
  };
  return (
    <section className="recovery-codes" aria-labelledby="recovery-codes-status">
      <h3 id="recovery-codes-status">{t('recoveryCodes.title')}</h3>
      {left === 0 ? (
        <p className="notice notice--warning" role="alert" data-testid="recovery-codes-left">
          {t('recoveryCodes.none')}
        </p>
      ) : (
        <p className={left <= 3 ? 'notice notice--warning' : ''} data-testid="recovery-codes-left">
          {t(left <= 3 ? 'recoveryCodes.few' : 'recoveryCodes.left', { count: String(left) })}
        </p>
      )}
      {!open ? (
        <button type="button" className="button" onClick={() => setOpen(true)}>
          {left === 0 ? t('recoveryCodes.make') : t('recoveryCodes.makeNew')}
        </button>
      ) : (
        <form className="form" onSubmit={submit} noValidate>
          {left > 0 && <p className="muted">{t('recoveryCodes.replaceWarning')}</p>}
          <TextField
            label={t('recoveryCodes.password')}
            type="password"
            autoComplete="current-password"
            name="password"
            value={password}
            onChange={(e) => setPassword(e.target.value)}
            error={fieldError('password')}
          />
          <AuthenticatorCodeField
            label={t('recoveryCodes.orCode')}
            value={code}
            onChange={setCode}
            error={fieldError('code')}
          />
          {making.error?.code === 'too_many_attempts' ? (
            <p className="notice notice--error" role="alert">
              {t('recoveryCodes.tooMany')}
            </p>
          ) : (
            <FormError error={making.error} />
          )}
          <button type="submit" className="button button--primary" disabled={making.isPending}>
            {t('recoveryCodes.makeSubmit')}
          </button>
        </form>
      )}
    </section>
  );
}
