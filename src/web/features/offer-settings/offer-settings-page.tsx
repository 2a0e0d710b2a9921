import { useState, type FormEvent } from 'react';
import { useApiMutation, useApiQuery } from '../../api/queries';
import { ChoiceField, FormError, useFieldErrors } from '../../components/form-fields';
import { LoadError } from '../../components/load-error';
import { useI18n } from '../../i18n/i18n';
import { OfferSettingsTabs } from './offer-settings-tabs';
import type { ApiData } from '../../api/client';
import { Checkbox } from '../../components/checkbox-group';

type OfferSettingsOutput = ApiData<'get', '/api/admin/offer-settings'>;

/** Admins decide whether every offer needs approval and name an approver. */
export function OfferSettingsPage() {
  const { t } = useI18n();
  const { data, error, refetch } = useApiQuery('/api/admin/offer-settings', {});
  return (
    <>
      <OfferSettingsTabs />
      <p className="muted">{t('offerApproval.intro')}</p>
      <LoadError error={error} retry={refetch} />
      {data && <ApprovalForm settings={data} />}
    </>
  );
}

function ApprovalForm({ settings }: { settings: OfferSettingsOutput }) {
  const { t, tk } = useI18n();
  const [everyOffer, setEveryOffer] = useState(settings.everyOfferNeedsApproval);
  const [approverId, setApproverId] = useState(settings.approver?.id ?? '');
  const saving = useApiMutation('put', '/api/admin/offer-settings', {
    invalidates: ['/api/admin/offer-settings'],
  });
  const fieldError = useFieldErrors(saving.error);
  const save = (event: FormEvent) => {
    event.preventDefault();
    saving.mutate({
      body: { everyOfferNeedsApproval: everyOffer, approverId: approverId || null },
    });
  };
  return (
    <form className="fieldset" onSubmit={save} noValidate>
      <Checkbox
        name="everyOfferNeedsApproval"
        checked={everyOffer}
        onChange={setEveryOffer}
        label={t('offerApproval.everyOffer')}
      />
      <small className="field__hint">{t('offerApproval.everyOfferHint')}</small>
      <ChoiceField
        label={t('offerApproval.approver')}
        name="approverId"
        value={approverId}
        hint={t('offerApproval.approverHint')}
        error={fieldError('approverId')}
        onChange={(e) => setApproverId(e.target.value)}
        placeholder={t('offerApproval.noApprover')}
        choices={settings.eligibleApprovers.map((user) => ({
          value: user.id,
          label: `${user.name} (${tk('role', user.role)})`,
        }))}
      />
      <FormError error={saving.error} />
      <div className="form__actions">
        <button className="button button--primary" type="submit" disabled={saving.isPending}>
          {t('offerApproval.save')}
        </button>
        {saving.isSuccess && <small role="status">{t('common.saved')}</small>}
      </div>
    </form>
  );
}
