import { useState, type FormEvent } from 'react';
import { formatRupiah, parseRupiah } from '../../../domain/money';
import { salaryBases, type SalaryBasis } from '../../../domain/salary';
import { useApiMutation, useApiQuery } from '../../api/queries';
import { ErrorNotice, TextArea, TextField } from '../../components/form-fields';
import { useDraft } from '../../components/draft';
import { LoadError } from '../../components/load-error';
import { useI18n } from '../../i18n/i18n';
import { apiUrl, type ApiBody, type ApiData } from '../../api/client';
import './salary-expectations.css';

type SalaryExpectation = ApiData<
  'get',
  '/api/applications/{applicationId}/salary-expectations'
>['history'][number];
type SalaryExpectationInput = ApiBody<
  'post',
  '/api/applications/{applicationId}/salary-expectations'
>;

interface SalaryCan {
  readSalaryExpectations: boolean;
  recordSalaryExpectation: boolean;
}

/**
 * The candidate's salary expectation for one application: the latest, its history, and HR's form
 * to record what the candidate states. Shown only to those the server lets read it.
 */
export function SalaryExpectationsPanel({
  applicationId,
  can,
  inKit = false,
}: {
  applicationId: string;
  can: SalaryCan;
  /** In the interview kit it is a section of its own, like the kit's others. */
  inKit?: boolean;
}) {
  if (!can.readSalaryExpectations) return null;
  return <Panel applicationId={applicationId} inKit={inKit} />;
}

function Panel({ applicationId, inKit }: { applicationId: string; inKit: boolean }) {
  const { t } = useI18n();
  const { data, error, refetch } = useApiQuery(
    '/api/applications/{applicationId}/salary-expectations',
    { path: { applicationId } },
  );
  if (error) return <LoadError error={error} retry={refetch} />;
  if (!data) return null;
  const earlier = data.history.slice(1);
  return (
    <section
      className={inKit ? 'kit-section salary salary--kit' : 'salary'}
      aria-labelledby={`salary-${applicationId}`}
    >
      {inKit ? (
        <h2 id={`salary-${applicationId}`}>{t('salary.title')}</h2>
      ) : (
        <h3 id={`salary-${applicationId}`}>{t('salary.title')}</h3>
      )}
      <p className="muted">{t('salary.onlyFor')}</p>
      {data.latest ? (
        <ExpectationLine expectation={data.latest} latest />
      ) : (
        <p className="muted">{t('salary.none')}</p>
      )}
      {earlier.length > 0 && (
        <>
          <h4>{t('salary.history')}</h4>
          <ul className="salary__history">
            {earlier.map((expectation) => (
              <li key={expectation.id}>
                <ExpectationLine expectation={expectation} />
              </li>
            ))}
          </ul>
        </>
      )}
      {data.can.recordSalaryExpectation && <RecordForm applicationId={applicationId} />}
    </section>
  );
}

function ExpectationLine({
  expectation,
  latest = false,
}: {
  expectation: SalaryExpectation;
  latest?: boolean;
}) {
  const { t, dateTime } = useI18n();
  const amount = t('salary.perMonth', { amount: formatRupiah(expectation.monthlyAmount) });
  const terms = [
    t(`salary.basis.${expectation.basis ?? 'unknown'}`),
    expectation.negotiable === null
      ? null
      : t(expectation.negotiable ? 'salary.negotiable' : 'salary.notNegotiable'),
  ].filter((term) => term !== null);
  const source = t(`salary.source.${expectation.source}`);
  return (
    <div className="salary__entry" data-testid={latest ? 'salary-latest' : 'salary-earlier'}>
      {latest ? <strong className="salary__amount">{amount}</strong> : <span>{amount}</span>}{' '}
      <span className="muted">({terms.join(', ')})</span>
      <br />
      <small className="muted">
        <time dateTime={expectation.recordedAt}>{dateTime(expectation.recordedAt)}</time> ·{' '}
        {expectation.recordedByName
          ? t('salary.heardBy', { source, name: expectation.recordedByName })
          : source}
      </small>
      {expectation.note && <q className="history__note">{expectation.note}</q>}
    </div>
  );
}

function RecordForm({ applicationId }: { applicationId: string }) {
  const { t, tk } = useI18n();
  const [amountProblem, setAmountProblem] = useState<{ code: string; message: string }>();
  const recording = useApiMutation(
    'post',
    '/api/applications/{applicationId}/salary-expectations',
    {
      invalidates: [
        apiUrl('/api/applications/{applicationId}/salary-expectations', {
          path: { applicationId },
        }),
      ],
    },
  );
  const { draft, setDraft, set, bind } = useDraft(
    { monthlyAmount: '', basis: 'gross' as SalaryBasis, negotiable: true as boolean, note: '' },
    recording.error,
  );
  const amount = bind('monthlyAmount');
  const submit = (event: FormEvent) => {
    event.preventDefault();
    // The amount is read as people type it (8.500.000, 8,5 juta); the server checks it again.
    const parsed = parseRupiah(draft.monthlyAmount, 'monthlyAmount');
    if (!parsed.ok) {
      setAmountProblem(parsed.problems[0]);
      return;
    }
    setAmountProblem(undefined);
    const body: SalaryExpectationInput = { ...draft, monthlyAmount: parsed.value };
    recording.mutate(
      { path: { applicationId }, body },
      { onSuccess: () => setDraft((saved) => ({ ...saved, monthlyAmount: '', note: '' })) },
    );
  };
  const amountError = amountProblem
    ? tk('error', amountProblem.code, amountProblem.message)
    : amount.error;
  return (
    <form className="salary__form" onSubmit={submit} noValidate>
      <fieldset className="fieldset">
        <legend>{t('salary.record')}</legend>
        <TextField
          label={t('salary.amount')}
          hint={t('salary.amountHint')}
          inputMode="numeric"
          {...amount}
          error={amountError}
        />
        <p className="field__label">{t('salary.basis')}</p>
        <div className="segmented">
          {salaryBases.map((option) => (
            <label key={option} className="segmented__option">
              <input
                type="radio"
                name={`basis-${applicationId}`}
                value={option}
                checked={draft.basis === option}
                onChange={() => set('basis', option)}
              />
              <span>{t(`salary.basis.${option}`)}</span>
            </label>
          ))}
        </div>
        <p className="field__label">{t('salary.negotiableQuestion')}</p>
        <div className="segmented">
          {([true, false] as const).map((option) => (
            <label key={String(option)} className="segmented__option">
              <input
                type="radio"
                name={`negotiable-${applicationId}`}
                value={String(option)}
                checked={draft.negotiable === option}
                onChange={() => set('negotiable', option)}
              />
              <span>{t(option ? 'salary.yes' : 'salary.no')}</span>
            </label>
          ))}
        </div>
        <TextArea label={t('salary.note')} rows={2} {...bind('note')} name="salaryNote" />
        {recording.error && !recording.error.fields.length && (
          <ErrorNotice error={recording.error} />
        )}
        <button className="button button--primary" type="submit" disabled={recording.isPending}>
          {t('salary.save')}
        </button>
        {recording.isSuccess && !draft.monthlyAmount && (
          <small className="muted" role="status">
            {t('salary.saved')}
          </small>
        )}
      </fieldset>
    </form>
  );
}
