import { useState, type FormEvent } from 'react';
import { formatRupiah } from '../../../domain/money';
import { offerDeclineReasons } from '../../../domain/offers/offer-answer';
import { offerDateText } from '../../../domain/offers/offer-answer-wording';
import { type ApiData, type ApiError, apiUrl } from '../../api/client';
import { useApiMutation, useApiQuery } from '../../api/queries';
import {
  ErrorNotice,
  FieldError,
  ChoiceField,
  TextArea,
  TextField,
} from '../../components/form-fields';
import { useDraft } from '../../components/draft';
import { useI18n } from '../../i18n/i18n';
import { Checkbox } from '../../components/checkbox-group';

type PortalOfferOutput = ApiData<'get', '/api/portal/{token}/offer'>;

type Offer = NonNullable<PortalOfferOutput['offer']>;
type Terms = NonNullable<Offer['terms']>;
type Answer = 'accept' | 'decline' | 'counter';

/** What an answer changes: the offer and the candidate's page (their stage moves). */
const offerViews = (token: string) => [
  apiUrl('/api/portal/{token}/offer', { path: { token } }),
  apiUrl('/api/portal/{token}', { path: { token } }),
];

/** The offer in plain words, and the candidate's three answers while it is open. */
export function PortalOffer({
  token,
  candidateName,
  awaitingOffer,
}: {
  token: string;
  candidateName: string;
  /** At the offer stage: before HR sends the offer, the candidate reads what happens next. */
  awaitingOffer: boolean;
}) {
  const { t, locale } = useI18n();
  const { data } = useApiQuery('/api/portal/{token}/offer', { path: { token } });
  const [answering, setAnswering] = useState<Answer | null>(null);
  const offer = data?.offer;
  if (!offer) return data && awaitingOffer ? <OfferNextSteps /> : null;
  return (
    <section className="portal__card portal-offer" aria-labelledby="portal-offer">
      <h2 id="portal-offer">{t('offerAnswer.title')}</h2>
      <OfferState offer={offer} />
      {offer.terms && offer.state !== 'declined' && offer.state !== 'withdrawn' && (
        <>
          <OfferTerms terms={offer.terms} accepted={offer.state === 'accepted'} />
          <a
            className="button button--block"
            href={apiUrl('/api/portal/{token}/offer/letter', {
              path: { token },
              query: { locale },
            })}
            download
            data-testid="offer-letter"
          >
            {t('offerAnswer.downloadLetter')}
          </a>
        </>
      )}
      {offer.state === 'open' && !answering && (
        <div className="portal__actions">
          <button
            type="button"
            className="button button--primary button--block"
            onClick={() => setAnswering('accept')}
          >
            {t('offerAnswer.accept')}
          </button>
          <button
            type="button"
            className="button button--block"
            onClick={() => setAnswering('counter')}
          >
            {t('offerAnswer.askChanges')}
          </button>
          <button
            type="button"
            className="button button--quiet button--block"
            onClick={() => setAnswering('decline')}
          >
            {t('offerAnswer.decline')}
          </button>
        </div>
      )}
      {offer.state === 'open' && answering === 'accept' && (
        <AcceptForm token={token} name={candidateName} onCancel={() => setAnswering(null)} />
      )}
      {offer.state === 'open' && answering === 'decline' && (
        <DeclineForm token={token} onCancel={() => setAnswering(null)} />
      )}
      {offer.state === 'open' && answering === 'counter' && (
        <CounterForm token={token} onCancel={() => setAnswering(null)} />
      )}
    </section>
  );
}

/** Where the offer stands, said first: open until when, expired, waiting for HR, answered. */
function OfferState({ offer }: { offer: Offer }) {
  const { t, locale } = useI18n();
  const date = (value: string) => offerDateText(value, locale);
  const answer = offer.lastAnswer;
  const expiresOn = offer.terms?.expiresOn;
  const heldFirm = answer?.reply?.kind === 'hold_firm' ? answer.reply : null;
  return (
    <div data-testid="offer-state" data-state={offer.state}>
      {offer.state === 'open' && expiresOn && (
        <p className="notice">{t('offerAnswer.openUntil', { date: date(expiresOn) })}</p>
      )}
      {offer.state === 'open' && heldFirm && (
        <p className="notice notice--warning" role="status">
          {t('offerAnswer.heldFirm')}
          {heldFirm.note && <span className="portal__line">“{heldFirm.note}”</span>}
        </p>
      )}
      {offer.state === 'expired' && expiresOn && (
        <p className="notice notice--warning" role="status">
          {t('offerAnswer.expired', { date: date(expiresOn) })}
        </p>
      )}
      {offer.state === 'awaiting_reply' && answer && (
        <div className="notice" role="status">
          <p>{t('offerAnswer.awaitingReply')}</p>
          <ul className="portal__checklist">
            {answer.counterSalary !== null && (
              <li>
                {t('offerAnswer.youProposedSalary', { amount: formatRupiah(answer.counterSalary) })}
              </li>
            )}
            {answer.counterStartDate && (
              <li>{t('offerAnswer.youProposedStart', { date: date(answer.counterStartDate) })}</li>
            )}
          </ul>
        </div>
      )}
      {offer.state === 'revising' && (
        <p className="notice" role="status">
          {t('offerAnswer.revising')}
        </p>
      )}
      {offer.state === 'accepted' && (
        <p className="notice notice--ok" role="status">
          {t('offerAnswer.accepted', { date: date(offer.terms?.startDate ?? '') })}
        </p>
      )}
      {offer.state === 'declined' && (
        <p className="notice" role="status">
          {t('offerAnswer.declined')}
        </p>
      )}
      {(offer.state === 'accepted' || offer.state === 'declined') && answer?.givenOn && (
        <p className="muted" data-testid="offer-given-outside">
          {t('offerAnswer.givenOutside', {
            via: t(`offerAnswer.givenVia.${answer.givenVia ?? 'phone'}`),
            date: date(answer.givenOn),
          })}
        </p>
      )}
      {offer.state === 'withdrawn' && (
        <p className="notice" role="status">
          {t('offerAnswer.withdrawn')}
        </p>
      )}
    </div>
  );
}

/** The terms in plain words: what they are paid, on what contract, from when and where. */
function OfferTerms({ terms, accepted }: { terms: Terms; accepted: boolean }) {
  const { t, locale } = useI18n();
  const fixedTotal =
    terms.grossMonthlySalary + terms.allowances.reduce((sum, a) => sum + a.monthlyAmount, 0);
  const contract =
    terms.contractType === 'pkwt'
      ? t('offerAnswer.contract.pkwt', { months: terms.contractMonths ?? 0 })
      : t('offerAnswer.contract.pkwtt');
  return (
    <>
      <p className="portal-offer__summary">
        {t(accepted ? 'offerAnswer.summaryAccepted' : 'offerAnswer.summary', {
          job: terms.jobTitle,
          contract,
          start: offerDateText(terms.startDate, locale),
        })}
        {terms.probationMonths > 0 &&
          ` ${t('offerAnswer.probation', { months: terms.probationMonths })}`}
      </p>
      <dl className="portal__facts">
        <dt>{t('offerAnswer.salary')}</dt>
        <dd>
          <strong className="portal-offer__amount" data-testid="offer-salary">
            {formatRupiah(terms.grossMonthlySalary)}
          </strong>{' '}
          <span className="muted">{t('offerAnswer.perMonthGross')}</span>
        </dd>
        {terms.allowances.length > 0 && (
          <>
            <dt>{t('offerAnswer.allowances')}</dt>
            <dd>
              <ul className="portal__people">
                {terms.allowances.map((allowance) => (
                  <li key={allowance.name}>
                    {allowance.name}:{' '}
                    <span className="portal-offer__money">
                      {formatRupiah(allowance.monthlyAmount)}
                    </span>{' '}
                    <span className="muted">{t('offerAnswer.perMonth')}</span>
                  </li>
                ))}
              </ul>
              <span className="portal__line">
                {t('offerAnswer.fixedTotal', { amount: formatRupiah(fixedTotal) })}
              </span>
            </dd>
          </>
        )}
        <dt>{t('offerAnswer.protection')}</dt>
        <dd>
          <ul className="portal__people">
            {terms.thr && <li>{t('offerAnswer.thr')}</li>}
            {terms.bpjsKesehatan && <li>{t('offerAnswer.bpjsKesehatan')}</li>}
            {terms.bpjsKetenagakerjaan && <li>{t('offerAnswer.bpjsKetenagakerjaan')}</li>}
            {terms.benefits.map((benefit) => (
              <li key={benefit}>{benefit}</li>
            ))}
          </ul>
        </dd>
        {(terms.workingDays || terms.workingHours) && (
          <>
            <dt>{t('offerAnswer.workingTime')}</dt>
            <dd>{[terms.workingDays, terms.workingHours].filter(Boolean).join(', ')}</dd>
          </>
        )}
        <dt>{t('offerAnswer.place')}</dt>
        <dd>
          {t(`offerAnswer.mode.${terms.workMode}`)}
          {terms.workLocation && <span className="portal__line">{terms.workLocation}</span>}
        </dd>
      </dl>
      {terms.note && <p className="portal-offer__note">{terms.note}</p>}
    </>
  );
}

function AcceptForm({ token, name, onCancel }: { token: string; name: string; onCancel(): void }) {
  const { t } = useI18n();
  const accepting = useApiMutation('post', '/api/portal/{token}/offer/accept', {
    invalidates: offerViews(token),
  });
  const { draft, set, bind, fieldError } = useDraft(
    { signedName: '', consent: false },
    accepting.error,
  );
  const submit = (event: FormEvent) => {
    event.preventDefault();
    accepting.mutate({ path: { token }, body: draft });
  };
  return (
    <form className="portal__form" onSubmit={submit} noValidate data-testid="accept-form">
      <TextField
        label={t('offerAnswer.typeName')}
        hint={t('offerAnswer.typeNameHint', { name })}
        autoComplete="name"
        {...bind('signedName')}
      />
      <Checkbox
        name="consent"
        checked={draft.consent}
        onChange={(checked) => set('consent', checked)}
        label={t('offerAnswer.consent')}
      />
      <FieldError error={fieldError('consent')} />
      <FormError error={accepting.error} fields={['signedName', 'consent']} />
      <AnswerActions
        submitLabel={t('offerAnswer.acceptSubmit')}
        kind="primary"
        busy={accepting.isPending}
        onCancel={onCancel}
      />
    </form>
  );
}

function DeclineForm({ token, onCancel }: { token: string; onCancel(): void }) {
  const { t } = useI18n();
  const declining = useApiMutation('post', '/api/portal/{token}/offer/decline', {
    invalidates: offerViews(token),
  });
  const { draft, bind } = useDraft({ reason: '', note: '' }, declining.error);
  const submit = (event: FormEvent) => {
    event.preventDefault();
    const chosen = offerDeclineReasons.find((value) => value === draft.reason) ?? null;
    declining.mutate({ path: { token }, body: { reason: chosen, note: draft.note } });
  };
  return (
    <form className="portal__form" onSubmit={submit} noValidate data-testid="decline-form">
      <ChoiceField
        label={t('offerAnswer.declineReason')}
        {...bind('reason')}
        placeholder={t('offerAnswer.noReason')}
        choices={offerDeclineReasons.map((value) => ({
          value,
          label: t(`offerAnswer.reason.${value}`),
        }))}
      />
      <TextArea label={t('offerAnswer.declineNote')} rows={2} {...bind('note')} />
      <FormError error={declining.error} fields={['reason', 'note']} />
      <AnswerActions
        submitLabel={t('offerAnswer.declineSubmit')}
        kind="danger"
        busy={declining.isPending}
        onCancel={onCancel}
      />
    </form>
  );
}

function CounterForm({ token, onCancel }: { token: string; onCancel(): void }) {
  const { t } = useI18n();
  const countering = useApiMutation('post', '/api/portal/{token}/offer/counter', {
    invalidates: offerViews(token),
  });
  const { draft, bind } = useDraft(
    { grossMonthlySalary: '', startDate: '', note: '' },
    countering.error,
  );
  const submit = (event: FormEvent) => {
    event.preventDefault();
    // The amount and the date go as typed (9.500.000, 9,5 juta; 31/12/2026 read as a date): the
    // server reads them and names every slip at once, the amount's beside the date's.
    countering.mutate({
      path: { token },
      body: {
        grossMonthlySalary: draft.grossMonthlySalary.trim() || null,
        startDate: draft.startDate.trim() || null,
        note: draft.note,
      },
    });
  };
  return (
    <form className="portal__form" onSubmit={submit} noValidate data-testid="counter-form">
      <p className="muted">{t('offerAnswer.counterIntro')}</p>
      <TextField
        label={t('offerAnswer.counterSalary')}
        hint={t('offerAnswer.counterSalaryHint')}
        inputMode="decimal"
        {...bind('grossMonthlySalary')}
      />
      <TextField
        label={t('offerAnswer.counterStart')}
        type="date"
        sendsText
        {...bind('startDate')}
      />
      <TextArea label={t('offerAnswer.counterNote')} rows={3} {...bind('note')} />
      <FormError error={countering.error} fields={['grossMonthlySalary', 'startDate', 'note']} />
      <AnswerActions
        submitLabel={t('offerAnswer.counterSubmit')}
        kind="primary"
        busy={countering.isPending}
        onCancel={onCancel}
      />
    </form>
  );
}

/** An answer form's buttons: send it (once at a time), or go back to the offer. */
function AnswerActions(props: {
  submitLabel: string;
  kind: string;
  busy: boolean;
  onCancel(): void;
}) {
  const { t } = useI18n();
  return (
    <div className="portal__actions">
      <button
        type="submit"
        className={`button button--${props.kind} button--block`}
        disabled={props.busy}
      >
        {props.submitLabel}
      </button>
      <button type="button" className="button button--block button--quiet" onClick={props.onCancel}>
        {t('portal.cancel')}
      </button>
    </div>
  );
}

/** A refusal no field shows (the offer expired meanwhile, already answered), in plain words. */
function FormError({ error, fields }: { error: ApiError | null; fields: string[] }) {
  const { tk } = useI18n();
  if (!error) return null;
  const other = error.fields.find((field) => !fields.includes(field.path));
  if (!error.fields.length) return <ErrorNotice error={error} />;
  if (!other) return null;
  return (
    <p className="notice notice--error" role="alert">
      {tk('error', other.code ?? '', other.message)}
    </p>
  );
}

/** Before the offer arrives: who prepares it, the salary talk, and how to get ready. */
function OfferNextSteps() {
  const { t } = useI18n();
  return (
    <section className="portal__card" aria-labelledby="offer-next" data-testid="offer-next-steps">
      <h2 id="offer-next">{t('portal.offerNext.title')}</h2>
      <ol>
        <li>{t('portal.offerNext.prepare')}</li>
        <li>{t('portal.offerNext.salary')}</li>
        <li>{t('portal.offerNext.ready')}</li>
      </ol>
    </section>
  );
}
