import { useQueryClient } from '@tanstack/react-query';
import { useState, type ReactNode } from 'react';
import { invalidateApi, useApiQuery } from '../../api/queries';
import { LoadError } from '../../components/load-error';
import { useI18n } from '../../i18n/i18n';
import { RecoveryCodeList } from './recovery-codes';
import { TwoFactorPage, twoFactorReads } from './two-factor-page';
import './recovery-codes.css';

/**
 * When the company requires two-factor sign-in of admins, an admin without it sees only the
 * enrolment page (the server refuses everything else too) until it is on and the recovery codes
 * shown then are saved.
 */
export function TwoFactorGate({ children }: { children: ReactNode }) {
  const { t } = useI18n();
  const queryClient = useQueryClient();
  const { data, error, refetch } = useApiQuery('/api/auth/two-factor', {});
  // The first recovery codes, kept here until "I have saved them": the gate decides what shows,
  // so the codes do not depend on the enrolment page still being there when they arrive.
  const [codes, setCodes] = useState<string[] | undefined>();
  // Saved: the app opens at once, without waiting for the status to be read again.
  const [enrolled, setEnrolled] = useState(false);
  if (codes) {
    return (
      <>
        <h1>{t('twoFactor.title')}</h1>
        <p className="notice" role="status">
          {t('twoFactor.enabled')}
        </p>
        <RecoveryCodeList
          codes={codes}
          onDone={() => {
            setCodes(undefined);
            setEnrolled(true);
            void invalidateApi(queryClient, twoFactorReads);
          }}
        />
      </>
    );
  }
  if (error) return <LoadError error={error} retry={refetch} />;
  if (!data) return <p className="muted">{t('common.loading')}</p>;
  if (data.required && !data.enabled && !enrolled) return <TwoFactorPage onEnabled={setCodes} />;
  return <>{children}</>;
}
