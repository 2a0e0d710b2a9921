import { useState } from 'react';
import type { TalentPoolInvitationViewOutput } from '../../../server/routes/talent-pool.schema';
import { api } from '../../api/client';
import { ErrorNotice } from '../../components/form-fields';
import { useApiAction } from '../../components/use-api-action';
import { useResource } from '../../components/use-resource';
import { useI18n } from '../../i18n/i18n';
import { LinkUnavailable, useCandidateLanguage } from '../portal/candidate-link';

/**
 * A past candidate answers HR's invitation to the talent pool: what it means, for how long, and
 * two equal buttons. No account; the e-mailed link is the key.
 */
export function TalentPoolInvitationPage({ token }: { token: string }) {
  const { t, date } = useI18n();
  const url = `/api/talent-pool/${encodeURIComponent(token)}`;
  const { data, error, reload } = useResource<TalentPoolInvitationViewOutput>(url);
  const answer = useApiAction();
  const [answered, setAnswered] = useState<'agreed' | 'declined' | undefined>();
  useCandidateLanguage(data?.locale);
  // A wrong, expired or cut-off link (a mail client may wrap it) gets the same plain page.
  if (error?.status === 404 || error?.status === 400) {
    return (
      <LinkUnavailable
        title={t('pool.invite.unavailableTitle')}
        text={t('pool.invite.unavailable')}
      />
    );
  }
  if (error) return <ErrorNotice error={error} />;
  if (!data) return <p className="muted">{t('common.loading')}</p>;
  // What the candidate decided, just now or before; undefined while the question is open.
  const settled = answered ?? (data.state === 'open' ? undefined : data.state);
  const send = async (agree: boolean) => {
    const body = { agree, privacyNoticeVersion: data.privacyNoticeVersion };
    const sent = await answer.run(async () => {
      const result = await api<{ state: 'agreed' | 'declined' }>('POST', `${url}/answer`, body);
      setAnswered(result.state);
    });
    if (sent) reload();
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
        {!settled ? (
          <div className="form__actions">
            <button
              type="button"
              className="button button--primary"
              onClick={() => void send(true)}
            >
              {t('pool.invite.agree')}
            </button>
            <button type="button" className="button" onClick={() => void send(false)}>
              {t('pool.invite.decline')}
            </button>
          </div>
        ) : (
          <p className="notice notice--ok" role="status" data-testid="pool-answer">
            {t(`pool.invite.${settled}`)}
          </p>
        )}
        <ErrorNotice error={answer.error} />
      </section>
    </div>
  );
}
