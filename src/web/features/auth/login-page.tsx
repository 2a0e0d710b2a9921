import { useState, type FormEvent } from 'react';
import { useApiMutation } from '../../api/queries';
import { useDraft } from '../../components/draft';
import { ErrorNotice, TextField } from '../../components/form-fields';
import { useI18n } from '../../i18n/i18n';
import { AuthCard } from './auth-card';
import { AuthenticatorCodeField } from './authenticator-code-field';
import type { CurrentUser } from '../../session';

export function LoginPage({ onSignedIn }: { onSignedIn(user: CurrentUser): void }) {
  const { t } = useI18n();
  // Asked for once the server says the account uses two-factor sign-in.
  const [code, setCode] = useState<string | undefined>();
  // A recovery code in place of the app's (a lost phone): a text field instead of six digits.
  const [recovery, setRecovery] = useState(false);
  const signingIn = useApiMutation('post', '/api/auth/login');
  const { error } = signingIn;
  const busy = signingIn.isPending;
  const { draft, bind, fieldError } = useDraft({ email: '', password: '' }, error);

  const submit = (event: FormEvent) => {
    event.preventDefault();
    signingIn.mutate(
      { body: { ...draft, ...(code === undefined ? {} : { code }) } },
      {
        onSuccess: ({ user }) => onSignedIn(user),
        onError: (failure) => {
          if (failure.code === 'two_factor_required') setCode(code ?? '');
        },
      },
    );
  };

  return (
    <AuthCard>
      <h1>{t('login.title')}</h1>
      <p className="muted">{t('app.tagline')}</p>
      <form onSubmit={submit} noValidate>
        <TextField
          label={t('login.email')}
          type="email"
          autoComplete="username"
          {...bind('email')}
        />
        <TextField
          label={t('login.password')}
          type="password"
          autoComplete="current-password"
          {...bind('password')}
        />
        {code !== undefined && (
          <>
            <AuthenticatorCodeField
              label={recovery ? t('login.recoveryCode') : t('login.code')}
              recovery={recovery}
              autoFocus
              value={code}
              onChange={setCode}
              // The first answer only asks for the code; a refused code says so.
              error={error?.field('code')?.code === 'wrong_code' ? fieldError('code') : undefined}
            />
            <button
              type="button"
              className="button button--quiet"
              onClick={() => {
                setRecovery(!recovery);
                setCode('');
              }}
            >
              {recovery ? t('login.useAuthenticator') : t('login.useRecoveryCode')}
            </button>
          </>
        )}
        {error?.status === 401 && error.code !== 'two_factor_required' && (
          <p className="notice notice--error" role="alert">
            {t('login.failed')}
          </p>
        )}
        {error?.status === 429 && (
          <p className="notice notice--error" role="alert">
            {t('login.tooMany')}
          </p>
        )}
        {error && error.status >= 500 && <ErrorNotice error={error} />}
        <button className="button button--primary button--block" type="submit" disabled={busy}>
          {t('login.submit')}
        </button>
      </form>
      <p className="login__practice">
        <a href="/practice">{t('practice.title')}</a> · {t('login.practiceHint')}
      </p>
    </AuthCard>
  );
}
