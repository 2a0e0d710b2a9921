import { useState, type FormEvent } from 'react';
import { renderSVG } from 'uqr';
import { useApiMutation, useApiQuery } from '../../api/queries';
import { FormError, useFieldErrors } from '../../components/form-fields';
import { LoadError } from '../../components/load-error';
import { useI18n } from '../../i18n/i18n';
import { AuthenticatorCodeField } from '../auth/authenticator-code-field';
import '../user-admin/user-admin.css';
import type { ApiData } from '../../api/client';
import { RecoveryCodeList, RecoveryCodesStatus } from './recovery-codes';
import './recovery-codes.css';

type TwoFactorSetup = ApiData<'post', '/api/auth/two-factor/setup'>;

/** Turning it on or off shows in the admins' user list too. */
export const twoFactorReads = ['/api/auth/two-factor', '/api/admin/users'] as const;

/** Turn two-factor sign-in (TOTP) on or off for oneself. */
export function TwoFactorPage({
  heading: Heading = 'h1',
  onEnabled,
}: {
  /** h1 as a page of its own (the enrolment an admin is sent to), h2 inside Account security. */
  heading?: 'h1' | 'h2';
  /**
   * The enrolment gate's: two-factor is on, and these are the first recovery codes. The gate
   * shows them (this page may be gone by then) and refreshes the status once they are saved.
   */
  onEnabled?: (recoveryCodes: string[]) => void;
}) {
  const { t } = useI18n();
  const statusQuery = useApiQuery('/api/auth/two-factor', {});
  const status = statusQuery.data;
  const [setup, setSetup] = useState<TwoFactorSetup | undefined>();
  const [code, setCode] = useState('');
  const [message, setMessage] = useState('');
  // Shown once, right after two-factor is turned on or a new set is made.
  const [recoveryCodes, setRecoveryCodes] = useState<string[] | undefined>();
  const starting = useApiMutation('post', '/api/auth/two-factor/setup');
  // Under the gate the status is refreshed by the gate, after the codes are saved: refreshed
  // here, it would let the app through while the codes are still to be written down.
  const confirming = useApiMutation('post', '/api/auth/two-factor/confirm', {
    invalidates: onEnabled ? [] : twoFactorReads,
  });
  const invalidates = twoFactorReads;
  const disabling = useApiMutation('post', '/api/auth/two-factor/disable', { invalidates });
  const actions = [starting, confirming, disabling];
  const error = starting.error ?? confirming.error ?? disabling.error;
  const fieldError = useFieldErrors(error);
  const begin = () => actions.forEach((action) => action.reset());

  const start = () => {
    begin();
    starting.mutate(
      {},
      {
        onSuccess: (created) => {
          setSetup(created);
          setMessage('');
        },
      },
    );
  };
  const confirm = (event: FormEvent) => {
    event.preventDefault();
    begin();
    confirming.mutate(
      { body: { code } },
      {
        onSuccess: (enabled) => {
          setSetup(undefined);
          setCode('');
          if (onEnabled) return onEnabled(enabled.recoveryCodes);
          setMessage(t('twoFactor.enabled'));
          setRecoveryCodes(enabled.recoveryCodes);
        },
      },
    );
  };
  const disable = (event: FormEvent) => {
    event.preventDefault();
    begin();
    disabling.mutate(
      { body: { code } },
      {
        onSuccess: () => {
          setCode('');
          setMessage(t('twoFactor.disabled'));
        },
      },
    );
  };
  if (statusQuery.error) return <LoadError error={statusQuery.error} retry={statusQuery.refetch} />;
  if (!status) return <p className="muted">{t('common.loading')}</p>;

  const codeField = (
    <AuthenticatorCodeField
      label={t('twoFactor.code')}
      value={code}
      onChange={setCode}
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
      <FormError error={error} />
      {!status.enabled && !setup && (
        <button type="button" className="button button--primary" onClick={start}>
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
      {recoveryCodes && (
        <RecoveryCodeList
          codes={recoveryCodes}
          onDone={() => {
            setRecoveryCodes(undefined);
            setMessage('');
          }}
        />
      )}
      {status.enabled && !recoveryCodes && (
        <RecoveryCodesStatus left={status.recoveryCodesLeft} onMade={setRecoveryCodes} />
      )}
      {status.enabled && !status.required && !recoveryCodes && (
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
