import type { FormEvent } from 'react';
import { formatRupiahDigits } from '../../../domain/money';
import { provinceNames, provinces } from '../../../domain/province';
import { useApiMutation } from '../../api/queries';
import { useDraft } from '../../components/draft';
import { ChoiceField, FormError, TextField, FormActions } from '../../components/form-fields';
import { useFirstProblemFocused } from '../../components/first-problem';
import { useI18n } from '../../i18n/i18n';
import type { MinimumWageOutput } from './minimum-wages-page';

const listPath = '/api/admin/minimum-wages';

/**
 * Adds a minimum wage, or corrects one; the amount is typed as people write it (5,4 juta). The
 * year and the amount go as typed: the server reads them and names every field's problem at once.
 */
export function MinimumWageForm({
  wage,
  onDone,
}: {
  wage: MinimumWageOutput | undefined;
  onDone(): void;
}) {
  const { t } = useI18n();
  const adding = useApiMutation('post', listPath, { invalidates: [listPath] });
  const changing = useApiMutation('put', '/api/admin/minimum-wages/{minimumWageId}', {
    invalidates: [listPath],
  });
  const error = adding.error ?? changing.error;
  const { draft, set, bind, fieldError } = useDraft(
    {
      province: wage?.province ?? '',
      city: wage?.city ?? '',
      year: String(wage?.year ?? new Date().getFullYear() + 1),
      amount: wage ? formatRupiahDigits(wage.monthlyAmount) : '',
      decree: wage?.decree ?? '',
    },
    error,
  );
  const form = useFirstProblemFocused<HTMLFormElement>(error);
  const save = (event: FormEvent) => {
    event.preventDefault();
    const body = {
      province: draft.province,
      city: draft.city.trim() || null,
      year: draft.year.trim(),
      monthlyAmount: draft.amount.trim(),
      decree: draft.decree,
    };
    if (wage) {
      changing.mutate({ path: { minimumWageId: wage.id }, body }, { onSuccess: onDone });
    } else adding.mutate({ body }, { onSuccess: onDone });
  };
  return (
    <form ref={form} className="fieldset minimum-wages__form" onSubmit={save} noValidate>
      <h2>{wage ? t('minimumWages.editing') : t('minimumWages.add')}</h2>
      <ChoiceField
        label={t('minimumWages.province')}
        {...bind('province')}
        placeholder="—"
        choices={provinces.map((province) => ({ value: province, label: provinceNames[province] }))}
      />
      <TextField
        label={t('minimumWages.city')}
        hint={t('minimumWages.cityHint')}
        {...bind('city')}
      />
      <TextField label={t('minimumWages.year')} inputMode="numeric" {...bind('year')} />
      <TextField
        label={t('minimumWages.amount')}
        name="monthlyAmount"
        inputMode="decimal"
        value={draft.amount}
        hint={t('minimumWages.amountHint')}
        error={fieldError('monthlyAmount')}
        onChange={(e) => set('amount', e.target.value)}
      />
      <TextField
        label={t('minimumWages.decree')}
        hint={t('minimumWages.decreeHint')}
        {...bind('decree')}
      />
      <FormError error={error} />
      <FormActions
        submit={t('minimumWages.save')}
        onCancel={onDone}
        cancel={t('minimumWages.cancel')}
      />
    </form>
  );
}
