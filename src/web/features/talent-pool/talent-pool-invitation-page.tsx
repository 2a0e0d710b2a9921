import { apiUrl } from '../../api/client';
import { useApiMutation, useApiQuery } from '../../api/queries';
import { ErrorNotice } from '../../components/form-fields';
import { LoadError } from '../../components/load-error';
import { useI18n } from '../../i18n/i18n';
import { LinkUnavailable, useCandidateLanguage } from '../portal/candidate-link';
import { ActionButton } from '../../components/action-button';

/**
 * A past candidate answers HR's invitation to the talent pool: what it means, for how long, and
 * two equal buttons. No account; the e-mailed link is the key.
 */
export function TalentPoolInvitationPage({ token }: { token: string }) {
  const { t, date } = useI18n();
  const path = { token };
  const { data, error, refetch } = useApiQuery('/api/talent-pool/{token}', { path });
  const answer = useApiMutation('post', '/api/talent-pool/{token}/answer', {
    invalidates: [apiUrl('/api/talent-pool/{token}', { path })],
  });
  const answered = answer.data?.state;
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
  if (error) return <LoadError error={error} retry={refetch} />;
  if (!data) return <p className="muted">{t('common.loading')}</p>;
  // What the candidate decided, just now or before; undefined while the question is open.
  const settled = answered ?? (data.state === 'open' ? undefined : data.state);
  const send = (agree: boolean) =>
    answer.mutate({ path, body: { agree, privacyNoticeVersion: data.privacyNoticeVersion } });
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
            <ActionButton
              className="button button--primary"
              request={answer}
              onClick={() => send(true)}
            >
              {t('pool.invite.agree')}
            </ActionButton>
            <ActionButton className="button" request={answer} onClick={() => send(false)}>
              {t('pool.invite.decline')}
            </ActionButton>
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
