import { useEffect, useState } from 'react';
import type { TalentPoolInvitationViewOutput } from '../../../server/routes/talent-pool.schema';
import { api, ApiError } from '../../api/client';
import { ErrorNotice } from '../../components/form-fields';
import { useResource } from '../../components/use-resource';
import { storedLocale, useI18n } from '../../i18n/i18n';

/**
 * A past candidate answers HR's invitation to the talent pool: what it means, for how long, and
 * two equal buttons. No account; the e-mailed link is the key.
 */
export function TalentPoolInvitationPage({ token }: { token: string }) {
  const { t, date, setLocale } = useI18n();
  const url = `/api/talent-pool/${encodeURIComponent(token)}`;
  const { data, error, reload } = useResource<TalentPoolInvitationViewOutput>(url);
  const [answerError, setAnswerError] = useState<ApiError | undefined>();
  useEffect(() => {
    if (data && !storedLocale()) setLocale(data.locale);
  }, [data, setLocale]);
  if (error?.status === 404) {
    return (
      <section className="portal portal--unavailable">
        <h1>{t('pool.invite.unavailableTitle')}</h1>
        <p>{t('pool.invite.unavailable')}</p>
      </section>
    );
  }
  if (error) return <ErrorNotice error={error} />;
  if (!data) return <p className="muted">{t('common.loading')}</p>;
  const answer = async (agree: boolean) => {
    try {
      await api('POST', `${url}/answer`, {
        agree,
        privacyNoticeVersion: data.privacyNoticeVersion,
      });
      setAnswerError(undefined);
      reload();
    } catch (failure) {
      setAnswerError(failure instanceof ApiError ? failure : undefined);
    }
  };
  return (
    <div className="portal">
      <h1>{t('pool.invite.title')}</h1>
      <section className="portal__card">
        <p>{t('pool.invite.greeting', { name: data.candidateName })}</p>
        <p>{t('pool.invite.intro', { company: data.companyName, job: data.jobTitle ?? '' })}</p>
        <p>{t('pool.invite.what', { months: data.retentionMonths })}</p>
        <p className="muted">
          {t('pool.invite.version', { version: data.privacyNoticeVersion })}{' '}
          {data.state === 'open' && t('pool.invite.expires', { date: date(data.expiresAt) })}
        </p>
        {data.state === 'open' ? (
          <div className="form__actions">
            <button
              type="button"
              className="button button--primary"
              onClick={() => void answer(true)}
            >
              {t('pool.invite.agree')}
            </button>
            <button type="button" className="button" onClick={() => void answer(false)}>
              {t('pool.invite.decline')}
            </button>
          </div>
        ) : (
          <p className="notice notice--ok" role="status" data-testid="pool-answer">
            {t(`pool.invite.${data.state}`)}
          </p>
        )}
        <ErrorNotice error={answerError} />
      </section>
    </div>
  );
}
