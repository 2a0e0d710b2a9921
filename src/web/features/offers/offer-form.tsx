import { useState, type FormEvent } from 'react';
import type { ApiError } from '../../api/client';
import {
  ErrorNotice,
  FormActions,
  ChoiceField,
  SelectField,
  TextArea,
  TextField,
} from '../../components/form-fields';
import { workModes } from '../../../domain/job';
import { useI18n } from '../../i18n/i18n';
import { useOfferFieldErrors } from './offer-field-errors';
import {
  amountOf,
  lineKey,
  toTerms,
  type OfferFormState,
  type TermsShape,
} from './offer-form-state';
import { MinimumWageHint, type OfferWages } from './minimum-wage-hint';
import { OfferLines } from './offer-lines';
import { RupiahField } from './rupiah-field';
import { Checkbox } from '../../components/checkbox-group';

/** HR's offer form: a first draft, or a change that becomes the offer's next version. */
export function OfferForm({
  initial,
  title,
  submitLabel,
  busy,
  error,
  onSubmit,
  onCancel,
  onReload,
  wages,
}: {
  initial: OfferFormState;
  /** The minimum wage year by year, for the hint while typing (absent: the server says it on save). */
  wages?: OfferWages;
  title: string;
  submitLabel: string;
  busy: boolean;
  error: ApiError | null;
  onSubmit(terms: TermsShape): void;
  onCancel?: () => void;
  /** After a save refused over someone else's change: a new form from the stored offer. */
  onReload?: () => void;
}) {
  const { t } = useI18n();
  const [form, setForm] = useState(initial);
  const fieldError = useOfferFieldErrors(error);
  const set = <K extends keyof OfferFormState>(name: K, value: OfferFormState[K]) =>
    setForm((current) => ({ ...current, [name]: value }));
  const submit = (event: FormEvent) => {
    event.preventDefault();
    onSubmit(toTerms(form));
  };
  const pkwt = form.contractType === 'pkwt';
  // Errors about the job rather than a field (no province, so no minimum wage) show on top.
  const jobProblem = error?.field('province') && t('offers.jobHasNoProvince');

  return (
    <form className="offer-form" onSubmit={submit} noValidate aria-label={title}>
      <h4>{title}</h4>
      {jobProblem && (
        <p className="notice notice--error" role="alert">
          {jobProblem}
        </p>
      )}
      <TextField
        label={t('offers.jobTitle')}
        name="jobTitle"
        value={form.jobTitle}
        onChange={(e) => set('jobTitle', e.target.value)}
        error={fieldError('jobTitle')}
      />
      <div className="form__row">
        <SelectField
          label={t('offers.contractType')}
          name="contractType"
          value={form.contractType}
          onChange={(e) => set('contractType', e.target.value as OfferFormState['contractType'])}
          error={fieldError('contractType')}
        >
          <option value="pkwtt">{t('offers.contract.pkwtt')}</option>
          <option value="pkwt">{t('offers.contract.pkwt')}</option>
        </SelectField>
        {pkwt ? (
          <TextField
            label={t('offers.contractMonths')}
            name="contractMonths"
            inputMode="numeric"
            value={form.contractMonths}
            onChange={(e) => set('contractMonths', e.target.value.replace(/\D/g, ''))}
            error={fieldError('contractMonths')}
          />
        ) : (
          <TextField
            label={t('offers.probationMonths')}
            name="probationMonths"
            inputMode="numeric"
            hint={t('offers.probationHint')}
            value={form.probationMonths}
            onChange={(e) => set('probationMonths', e.target.value.replace(/\D/g, ''))}
            error={fieldError('probationMonths')}
          />
        )}
      </div>
      {pkwt && (
        <p className="muted offer-form__note">
          {t('offers.noProbationOnPkwt')}
          {fieldError('probationMonths') && (
            <small className="field__error" role="alert">
              {' '}
              {fieldError('probationMonths')}
            </small>
          )}
        </p>
      )}
      <RupiahField
        label={t('offers.grossMonthlySalary')}
        name="grossMonthlySalary"
        value={form.grossMonthlySalary}
        onValue={(value) => set('grossMonthlySalary', value)}
        error={fieldError('grossMonthlySalary')}
      />
      {wages && !fieldError('grossMonthlySalary') && (
        <MinimumWageHint
          wages={wages}
          startDate={form.startDate}
          salary={amountOf(form.grossMonthlySalary)}
        />
      )}

      <fieldset className="fieldset offer-lines">
        <legend>{t('offers.allowances')}</legend>
        <OfferLines
          lines={form.allowances}
          onLines={(lines) => set('allowances', lines)}
          newLine={() => ({ key: lineKey(), name: '', monthlyAmount: '' })}
          texts={{
            remove: t('offers.remove'),
            removeLine: (n) => t('offers.removeAllowance', { n }),
            add: t('offers.addAllowance'),
            empty: t('offers.noAllowances'),
          }}
        >
          {(line, index, change) => (
            <>
              <TextField
                label={t('offers.allowanceName', { n: index + 1 })}
                name={`allowances.${index}.name`}
                placeholder={t('offers.allowanceExample')}
                value={line.name}
                onChange={(e) => change({ name: e.target.value })}
                error={fieldError(`allowances.${index}.name`)}
              />
              <RupiahField
                label={t('offers.allowanceAmount', { n: index + 1 })}
                name={`allowances.${index}.monthlyAmount`}
                value={line.monthlyAmount}
                onValue={(value) => change({ monthlyAmount: value })}
                error={fieldError(`allowances.${index}.monthlyAmount`)}
              />
            </>
          )}
        </OfferLines>
      </fieldset>

      <fieldset className="fieldset offer-lines">
        <legend>{t('offers.benefits')}</legend>
        <Checkbox
          checked={form.thr}
          onChange={(checked) => set('thr', checked)}
          label={t('offers.thr')}
        />
        <Checkbox
          checked={form.bpjsKesehatan}
          onChange={(checked) => set('bpjsKesehatan', checked)}
          label={t('offers.bpjsKesehatan')}
        />
        <Checkbox
          checked={form.bpjsKetenagakerjaan}
          onChange={(checked) => set('bpjsKetenagakerjaan', checked)}
          label={t('offers.bpjsKetenagakerjaan')}
        />
        <OfferLines
          lines={form.benefits}
          onLines={(lines) => set('benefits', lines)}
          newLine={() => ({ key: lineKey(), text: '' })}
          lineClassName="offer-lines__line offer-lines__line--text"
          texts={{
            remove: t('offers.remove'),
            removeLine: (n) => t('offers.removeBenefit', { n }),
            add: t('offers.addBenefit'),
          }}
        >
          {(line, index, change) => (
            <TextField
              label={t('offers.benefitLine', { n: index + 1 })}
              name={`benefits.${index}`}
              placeholder={t('offers.benefitExample')}
              value={line.text}
              onChange={(e) => change({ text: e.target.value })}
              error={fieldError(`benefits.${index}`)}
            />
          )}
        </OfferLines>
      </fieldset>

      <fieldset className="fieldset">
        <legend>{t('offers.work')}</legend>
        <div className="form__row">
          <TextField
            label={t('offers.workingDays')}
            name="workingDays"
            placeholder={t('offers.workingDaysExample')}
            value={form.workingDays}
            onChange={(e) => set('workingDays', e.target.value)}
            error={fieldError('workingDays')}
          />
          <TextField
            label={t('offers.workingHours')}
            name="workingHours"
            placeholder="08.00–17.00 WIB"
            value={form.workingHours}
            onChange={(e) => set('workingHours', e.target.value)}
            error={fieldError('workingHours')}
          />
          <TextField
            label={t('offers.workLocation')}
            name="workLocation"
            value={form.workLocation}
            onChange={(e) => set('workLocation', e.target.value)}
            error={fieldError('workLocation')}
          />
          <ChoiceField
            label={t('offers.workMode')}
            name="workMode"
            value={form.workMode}
            onChange={(e) => set('workMode', e.target.value as OfferFormState['workMode'])}
            error={fieldError('workMode')}
            choices={workModes.map((mode) => ({ value: mode, label: t(`offers.mode.${mode}`) }))}
          />
          <TextField
            label={t('offers.startDate')}
            name="startDate"
            type="date"
            sendsText
            value={form.startDate}
            onChange={(e) => set('startDate', e.target.value)}
            error={fieldError('startDate')}
          />
          <TextField
            label={t('offers.expiresOn')}
            name="expiresOn"
            type="date"
            sendsText
            value={form.expiresOn}
            onChange={(e) => set('expiresOn', e.target.value)}
            error={fieldError('expiresOn')}
          />
        </div>
      </fieldset>
      <TextArea
        label={t('offers.note')}
        name="note"
        rows={3}
        value={form.note}
        onChange={(e) => set('note', e.target.value)}
        error={fieldError('note')}
      />
      {error && <ErrorNotice error={error} onReload={onReload} />}
      <FormActions
        submit={submitLabel}
        busy={busy}
        onCancel={onCancel}
        cancel={t('offers.cancel')}
      />
    </form>
  );
}
