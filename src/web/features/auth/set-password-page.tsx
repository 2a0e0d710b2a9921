import { useState, type FormEvent } from 'react';
import { useApiLookup, useApiMutation } from '../../api/queries';
import { ErrorNotice, TextField, useFieldErrors } from '../../components/form-fields';
import { LoadError } from '../../components/load-error';
import { LanguageSwitch } from '../../components/language-switch';
import { useI18n } from '../../i18n/i18n';

/**
 * Where a one-time link lands: /set-password#<token>. The token stays in the fragment, which the
 * browser never sends to a server, and reaches the API only in a request body.
 */
export function SetPasswordPage() {
  const { t } = useI18n();
  const token = window.location.hash.slice(1);
  const check = useApiLookup('/api/auth/password-links/check', { body: { token } });
  const using = useApiMutation('post', '/api/auth/password-links/use');
  const [password, setPassword] = useState('');
  const [repeat, setRepeat] = useState('');
  const [mismatch, setMismatch] = useState(false);
  const { error } = using;
  const done = using.isSuccess;
  const fieldError = useFieldErrors(error);
  // A link the server refuses (used, expired, unknown) is invalid; a network failure is not.
  const refused = (check.error && check.error.status >= 400) || error?.status === 404;
  const link = refused ? null : check.data;

  const submit = (event: FormEvent) => {
    event.preventDefault();
    setMismatch(password !== repeat);
    if (password !== repeat) return;
    using.mutate({ body: { token, password } });
  };
  const signIn = () => {
    // A full load, so the app starts at the sign-in page without the token in the address.
    window.location.assign('/');
  };

  return (
    <main className="login" id="main">
      <div className="login__card">
        <div className="login__top">
          <span className="brand">{t('app.name')}</span>
          <LanguageSwitch />
        </div>
        {check.error && !refused && <LoadError error={check.error} retry={check.refetch} />}
        {link === undefined && !check.error && <p className="muted">{t('common.loading')}</p>}
        {link === null && (
          <p className="notice notice--error" role="alert">
            {t('setPassword.invalid')}
          </p>
        )}
        {link && done && (
          <>
            <p className="notice" role="status">
              {t('setPassword.done')}
            </p>
            <button type="button" className="button button--primary button--block" onClick={signIn}>
              {t('setPassword.signIn')}
            </button>
          </>
        )}
        {link && !done && (
          <>
            <h1>
              {t(link.purpose === 'invitation' ? 'setPassword.invitation' : 'setPassword.reset')}
            </h1>
            <p className="muted">{t('setPassword.for', { name: link.name, email: link.email })}</p>
            <form onSubmit={submit} noValidate>
              {/* Lets password managers file the new password under the right account. */}
              <input type="hidden" name="username" autoComplete="username" value={link.email} />
              <TextField
                label={t('setPassword.password')}
                type="password"
                name="new-password"
                autoComplete="new-password"
                hint={t('setPassword.rules')}
                value={password}
                onChange={(e) => setPassword(e.target.value)}
                error={fieldError('password')}
              />
              <TextField
                label={t('setPassword.repeat')}
                type="password"
                name="repeat-password"
                autoComplete="new-password"
                value={repeat}
                onChange={(e) => setRepeat(e.target.value)}
                error={mismatch ? t('setPassword.mismatch') : undefined}
              />
              {error && !error.fields.length && !refused && <ErrorNotice error={error} />}
              <button className="button button--primary button--block" type="submit">
                {t('setPassword.submit')}
              </button>
            </form>
          </>
        )}
        {link === null && (
          <button type="button" className="button button--block" onClick={signIn}>
            {t('setPassword.signIn')}
          </button>
        )}
      </div>
    </main>
  );
}
