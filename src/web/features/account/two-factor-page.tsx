import { useState, type FormEvent } from 'react';
import { renderSVG } from 'uqr';
import type { TwoFactorSetup, TwoFactorStatusOut } from '../../../server/routes/security.schema';
import { api, ApiError } from '../../api/client';
import { ErrorNotice, TextField, useFieldErrors } from '../../components/form-fields';
import { useResource } from '../../components/use-resource';
import { useI18n } from '../../i18n/i18n';
import '../user-admin/user-admin.css';

/** Turn two-factor sign-in (TOTP) on or off for oneself. */
export function TwoFactorPage({
  onEnabled,
  heading: Heading = 'h1',
}: {
  onEnabled?: () => void;
  /** h1 as a page of its own (the enrolment an admin is sent to), h2 inside Account security. */
  heading?: 'h1' | 'h2';
}) {
  const { t } = useI18n();
  const { data: status, reload } = useResource<TwoFactorStatusOut>('/api/auth/two-factor');
  const [setup, setSetup] = useState<TwoFactorSetup | undefined>();
  const [code, setCode] = useState('');
  const [error, setError] = useState<ApiError | undefined>();
  const [message, setMessage] = useState('');
  const fieldError = useFieldErrors(error);

  const run = async (work: () => Promise<void>) => {
    try {
      await work();
      setError(undefined);
    } catch (failure) {
      setError(failure instanceof ApiError ? failure : undefined);
    }
  };
  const start = () =>
    run(async () => {
      setSetup(await api<TwoFactorSetup>('POST', '/api/auth/two-factor/setup'));
      setMessage('');
    });
  const confirm = (event: FormEvent) => {
    event.preventDefault();
    void run(async () => {
      await api('POST', '/api/auth/two-factor/confirm', { code });
      setSetup(undefined);
      setCode('');
      setMessage(t('twoFactor.enabled'));
      reload();
      onEnabled?.();
    });
  };
  const disable = (event: FormEvent) => {
    event.preventDefault();
    void run(async () => {
      await api('POST', '/api/auth/two-factor/disable', { code });
      setCode('');
      setMessage(t('twoFactor.disabled'));
      reload();
    });
  };
  if (!status) return <p className="muted">{t('common.loading')}</p>;

  const codeField = (
    <TextField
      label={t('twoFactor.code')}
      name="code"
      inputMode="numeric"
      autoComplete="one-time-code"
      maxLength={6}
      value={code}
      onChange={(e) => setCode(e.target.value)}
      error={fieldError('code')}
    />
  );
  return (
    <>
      <Heading>{t('twoFactor.title')}</Heading>
      {status.required && !status.enabled && (
        <p className="notice notice--warning" role="alert">
          {t('twoFactor.required')}
        </p>
      )}
      <p className="muted">{t('twoFactor.help')}</p>
      {message && (
        <p className="notice" role="status">
          {message}
        </p>
      )}
      <p data-testid="two-factor-status">
        <strong>{status.enabled ? t('twoFactor.statusOn') : t('twoFactor.statusOff')}</strong>
      </p>
      <ErrorNotice error={error?.fields.length ? undefined : error} />
      {!status.enabled && !setup && (
        <button type="button" className="button button--primary" onClick={() => void start()}>
          {t('twoFactor.start')}
        </button>
      )}
      {setup && (
        <form className="form" onSubmit={confirm} noValidate>
          <p>{t('twoFactor.scan')}</p>
          <img
            className="two-factor__qr"
            alt={t('twoFactor.qr')}
            src={`data:image/svg+xml;utf8,${encodeURIComponent(renderSVG(setup.uri))}`}
          />
          <p>
            {t('twoFactor.secret')}:{' '}
            <code className="two-factor__secret" data-testid="two-factor-secret">
              {setup.secret}
            </code>
          </p>
          {codeField}
          <button type="submit" className="button button--primary">
            {t('twoFactor.confirm')}
          </button>
        </form>
      )}
      {status.enabled && !status.required && (
        <form className="form" onSubmit={disable} noValidate>
          {codeField}
          <button type="submit" className="button button--danger">
            {t('twoFactor.disable')}
          </button>
        </form>
      )}
    </>
  );
}
