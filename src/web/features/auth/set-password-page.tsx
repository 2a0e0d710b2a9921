import { type FormEvent, useEffect, useRef } from 'react';
import { useApiLookup, useApiMutation } from '../../api/queries';
import { FormError, useFieldErrors } from '../../components/form-fields';
import { LoadError } from '../../components/load-error';
import { addressLocale, browserLocale, storedLocale, useI18n, type Locale } from '../../i18n/i18n';
import { AuthCard } from './auth-card';
import { NewPasswordFields, useNewPassword } from './new-password-fields';

/**
 * Where a one-time link lands: /set-password#<token>. The token stays in the fragment, which the
 * browser never sends to a server, and reaches the API only in a request body.
 */
export function SetPasswordPage() {
  const { t } = useI18n();
  const token = window.location.hash.slice(1);
  const check = useApiLookup('/api/auth/password-links/check', { body: { token } });
  const using = useApiMutation('post', '/api/auth/password-links/use');
  const newPassword = useNewPassword();
  const { error } = using;
  const done = using.isSuccess;
  const fieldError = useFieldErrors(error);
  // A link the server refuses (used, expired, unknown) is invalid; a network failure is not.
  const refused = (check.error && check.error.status >= 400) || error?.status === 404;
  const link = refused ? null : check.data;
  // A refused link names no user: the browser's language then, as a stranger's would be.
  useUserLanguage(link === null ? 'browser' : link?.locale);

  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (!newPassword.confirm()) return;
    using.mutate({ body: { token, password: newPassword.password } });
  };
  const signIn = () => {
    // A full load, so the app starts at the sign-in page without the token in the address.
    window.location.assign('/');
  };

  return (
    <AuthCard>
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
            <NewPasswordFields
              state={newPassword}
              label={t('setPassword.password')}
              repeatLabel={t('setPassword.repeat')}
              error={fieldError('password')}
            />
            {!refused && <FormError error={error} />}
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
    </AuthCard>
  );
}

/**
 * Opens the page in the language of the link's user (their e-mail came in it), once: a fresh
 * browser would otherwise show Indonesian to an English-speaking invitee. A link that is expired,
 * used or unknown names no user: then the browser's own language, unless this browser already
 * chose one. An address asking for a language wins, and the switcher still changes it afterwards.
 */
function useUserLanguage(userLocale: Locale | 'browser' | undefined) {
  const { locale, setLocale } = useI18n();
  const applied = useRef(false);
  useEffect(() => {
    if (!userLocale || applied.current) return;
    applied.current = true;
    const wanted = userLocale === 'browser' ? !storedLocale() && browserLocale() : userLocale;
    if (!addressLocale() && wanted && wanted !== locale) setLocale(wanted);
  }, [userLocale, locale, setLocale]);
}
