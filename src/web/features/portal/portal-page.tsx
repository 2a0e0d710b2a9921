import { useState, type FormEvent } from 'react';
import { type ApiData, type ApiError, apiUrl } from '../../api/client';
import { useApiMutation, useApiQuery } from '../../api/queries';
import { DateTimeField } from '../../components/date-time-field';
import { useDraft } from '../../components/draft';
import { ErrorNotice, FieldError, FormError, TextArea } from '../../components/form-fields';
import { LoadError } from '../../components/load-error';
import { useI18n } from '../../i18n/i18n';
import { zoneLabel } from '../../../domain/scheduling/zoned-time';
import { useInterviewTime } from '../scheduling/interview-card';
import { LinkUnavailable, useCandidateLanguage } from './candidate-link';
import { PortalDataRequest } from './portal-data-request';
import { PortalPreparation } from './portal-preparation';
import { PortalSteps } from './portal-steps';
import { PortalTalentPool } from './portal-talent-pool';
import { ActionButton } from '../../components/action-button';
import { PortalOffer } from './portal-offer';

export type PortalViewOutput = ApiData<'get', '/api/portal/{token}'>;

/** Where an offer may have been sent: at the offer, and after it was answered. */
const offerStatuses: readonly PortalViewOutput['status'][] = ['offer', 'hired', 'not_continued'];

/** The candidate's private page: where they stand, the next interview, and what to prepare. */
export function PortalPage({ token }: { token: string }) {
  const { t } = useI18n();
  const { data, error, refetch } = useApiQuery('/api/portal/{token}', { path: { token } });
  useCandidateLanguage(data?.locale);
  // A wrong, expired or cut-off link (a mail client may wrap it) gets the same plain page.
  if (error?.status === 404 || error?.status === 400) {
    return <LinkUnavailable title={t('portal.unavailableTitle')} text={t('portal.unavailable')} />;
  }
  if (error) return <LoadError error={error} retry={refetch} />;
  if (!data) return <p className="muted">{t('common.loading')}</p>;
  return (
    <div className="portal">
      <h1>{t('portal.greeting', { name: data.candidateName })}</h1>
      <p className="muted">
        {t('portal.applicationFor', { job: data.job.title, company: data.companyName })}
      </p>
      <p className="portal__status" data-testid="portal-status">
        {t(`portal.status.${data.status}`)}
      </p>
      {data.viewedByStaff && (
        <p className="notice notice--warning" role="note" data-testid="portal-staff-view">
          {t('portal.staffView')}
        </p>
      )}
      <PortalSteps steps={data.steps} />
      {offerStatuses.includes(data.status) && (
        <PortalOffer
          token={token}
          candidateName={data.candidateName}
          awaitingOffer={data.status === 'offer'}
        />
      )}
      {data.missedInterview && <MissedInterview missed={data.missedInterview} />}
      {data.nextInterview && <NextInterview view={data} token={token} />}
      {data.preparationStage && data.acceptsActions && (
        <PortalPreparation view={data} stage={data.preparationStage} />
      )}
      {data.offersTalentPool && <PortalTalentPool token={token} member={data.talentPoolMember} />}
      <PortalDataRequest token={token} />
      {data.acceptsActions && <Withdraw token={token} />}
    </div>
  );
}

/** A no-show, said kindly: no blame, no HR note, and that HR will be in touch about a new time. */
function MissedInterview({ missed }: { missed: NonNullable<PortalViewOutput['missedInterview']> }) {
  const { t } = useI18n();
  // The candidate goes by the place's own time: no Jakarta time beside it.
  const when = useInterviewTime(null);
  return (
    <section
      className="portal__card"
      aria-labelledby="missed-interview"
      data-testid="portal-missed"
    >
      <h2 id="missed-interview">{t('portal.missed.title')}</h2>
      <p>
        {t('portal.missed.text', {
          stage: t(`interviews.stage.${missed.stage}`),
          when: when(missed.startsAt, missed.timeZone),
        })}
      </p>
    </section>
  );
}

/** What a candidate's action changes: their own page. */
const portalView = (token: string) => [apiUrl('/api/portal/{token}', { path: { token } })];

function NextInterview({ view, token }: { view: PortalViewOutput; token: string }) {
  const { t } = useI18n();
  // The candidate goes by the place's own time: no Jakarta time beside it.
  const when = useInterviewTime(null);
  const [asking, setAsking] = useState(false);
  const interview = view.nextInterview!;
  const path = { token, interviewId: interview.id };
  const confirming = useApiMutation(
    'post',
    '/api/portal/{token}/interviews/{interviewId}/confirm',
    {
      invalidates: portalView(token),
    },
  );
  const { error } = confirming;
  // While a request for another time waits, confirming the current time withdraws it.
  const requestPending = interview.candidateResponse === 'reschedule_requested';
  return (
    <section className="portal__card" aria-labelledby="next-interview">
      <h2 id="next-interview">
        {t('portal.nextInterview')}: {t(`interviews.stage.${interview.stage}`)}
      </h2>
      <dl className="portal__facts">
        <dt>{t('portal.when')}</dt>
        <dd data-testid="portal-when">{when(interview.startsAt, interview.timeZone)}</dd>
        <dt>{t('portal.howLong')}</dt>
        <dd>{t('interviews.minutes', { minutes: interview.durationMinutes })}</dd>
        <dt>{t('portal.where')}</dt>
        <dd>
          {interview.mode === 'online' ? (
            <>
              {t('interviews.online')} ·{' '}
              <a href={interview.meetingUrl} rel="noreferrer noopener" target="_blank">
                {t('portal.joinOnline')}
              </a>
            </>
          ) : (
            <>
              {interview.address}
              {interview.room && (
                <span className="portal__line">{t('portal.room', { room: interview.room })}</span>
              )}
              {interview.receptionContact && (
                <span className="portal__line">
                  {t('portal.reception', { name: interview.receptionContact })}
                </span>
              )}
            </>
          )}
        </dd>
        <dt>{t('portal.who')}</dt>
        <dd>
          <ul className="portal__people">
            {interview.interviewers.map((person) => (
              <li key={person.name}>
                <strong>{person.name}</strong>
                {person.title && `, ${person.title}`}{' '}
                <span className="muted">({t(`portal.part.${person.part}`)})</span>
              </li>
            ))}
          </ul>
        </dd>
      </dl>
      {view.acceptsActions && interview.candidateResponse === 'confirmed' && (
        <p className="notice notice--ok" role="status">
          {t('portal.confirmed')}
        </p>
      )}
      {view.acceptsActions && interview.candidateResponse === 'reschedule_requested' && (
        <p className="notice notice--warning" role="status">
          {t('portal.rescheduleRequested')}
        </p>
      )}
      <ActionError error={error} />
      {view.acceptsActions && !asking && (
        <div className="portal__actions">
          {interview.candidateResponse !== 'confirmed' && (
            <ActionButton
              className="button button--primary button--block"
              request={confirming}
              onClick={() => confirming.mutate({ path })}
            >
              {t(requestPending ? 'portal.keepCurrentTime' : 'portal.confirm')}
            </ActionButton>
          )}
          <button type="button" className="button button--block" onClick={() => setAsking(true)}>
            {t(requestPending ? 'portal.changeProposal' : 'portal.askReschedule')}
          </button>
        </div>
      )}
      {asking && (
        <RescheduleRequest
          token={token}
          interviewId={interview.id}
          timeZone={interview.timeZone}
          onDone={() => setAsking(false)}
          onCancel={() => setAsking(false)}
        />
      )}
    </section>
  );
}

function RescheduleRequest({
  token,
  interviewId,
  timeZone,
  onDone,
  onCancel,
}: {
  token: string;
  interviewId: string;
  timeZone: string;
  onDone(): void;
  onCancel(): void;
}) {
  const { t, locale } = useI18n();
  const [times, setTimes] = useState(['', '', '']);
  const asking = useApiMutation(
    'post',
    '/api/portal/{token}/interviews/{interviewId}/reschedule-request',
    { invalidates: portalView(token) },
  );
  const { error } = asking;
  const { draft, bind, fieldError } = useDraft({ reason: '' }, error);
  // Empty proposals are left out; a refusal names the sent list's index, shown at its own field.
  const filled = times.flatMap((value, index) => (value ? [index] : []));
  const submit = (event: FormEvent) => {
    event.preventDefault();
    asking.mutate(
      {
        path: { token, interviewId },
        body: { proposedTimes: filled.map((index) => times[index]!), reason: draft.reason },
      },
      { onSuccess: onDone },
    );
  };
  const zone = zoneLabel(timeZone, new Date(), locale);
  return (
    <form className="portal__form" onSubmit={submit} noValidate>
      <p className="field__label">{t('portal.proposedTimes', { zone })}</p>
      {times.map((value, index) => (
        <DateTimeField
          key={index}
          label={t('portal.proposedTime', { n: index + 1 })}
          name={`proposedTime${index}`}
          value={value}
          onChange={(e) => setTimes(times.map((x, i) => (i === index ? e.target.value : x)))}
          error={fieldError(`proposedTimes.${filled.indexOf(index)}`)}
        />
      ))}
      {fieldError('proposedTimes') && !error?.fields.some((f) => /\.\d+$/.test(f.path)) && (
        <FieldError error={fieldError('proposedTimes')} />
      )}
      <TextArea label={t('portal.reason')} rows={3} {...bind('reason')} />
      <FormError error={error} />
      <div className="portal__actions">
        <button
          type="submit"
          className="button button--primary button--block"
          disabled={asking.isPending}
        >
          {t('portal.sendRequest')}
        </button>
        <button type="button" className="button button--block button--quiet" onClick={onCancel}>
          {t('portal.cancel')}
        </button>
      </div>
    </form>
  );
}

function Withdraw({ token }: { token: string }) {
  const { t } = useI18n();
  const [open, setOpen] = useState(false);
  const withdrawing = useApiMutation('post', '/api/portal/{token}/withdraw', {
    invalidates: portalView(token),
  });
  const { error } = withdrawing;
  const { draft, set } = useDraft({ reason: '' });
  if (!open) {
    return (
      <p className="portal__withdraw">
        <button type="button" className="button button--quiet" onClick={() => setOpen(true)}>
          {t('portal.withdraw')}
        </button>
      </p>
    );
  }
  return (
    <form
      className="portal__card"
      onSubmit={(e) => {
        e.preventDefault();
        withdrawing.mutate({ path: { token }, body: draft });
      }}
    >
      <p>{t('portal.withdrawQuestion')}</p>
      <TextArea
        label={t('portal.withdrawReason')}
        name="withdrawReason"
        rows={2}
        value={draft.reason}
        onChange={(e) => set('reason', e.target.value)}
      />
      <ActionError error={error} />
      <div className="portal__actions">
        <button type="submit" className="button button--danger button--block">
          {t('portal.withdrawSubmit')}
        </button>
        <button type="button" className="button button--block" onClick={() => setOpen(false)}>
          {t('portal.cancel')}
        </button>
      </div>
    </form>
  );
}

/** A refused action in the candidate's words (e.g. the process has ended). */
function ActionError({ error }: { error: ApiError | null }) {
  const { tk } = useI18n();
  const problem = error?.fields[0];
  if (!error) return null;
  if (!problem) return <ErrorNotice error={error} />;
  return (
    <p className="notice notice--error" role="alert">
      {tk('error', problem.code ?? '', problem.message)}
    </p>
  );
}
