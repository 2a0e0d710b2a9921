import { useI18n } from '../../i18n/i18n';

/**
 * Whom an offer that needs approval asks (a draft) or waits for (awaiting approval), by name, and
 * that one approval is enough: the approver and HR should not wait for everyone named.
 */
export function OfferApproversNote({
  status,
  names,
}: {
  status: 'draft' | 'awaiting_approval';
  names: readonly string[];
}) {
  const { t } = useI18n();
  const text =
    names.length === 0
      ? t('offers.noApprover')
      : t(status === 'draft' ? 'offers.willAsk' : 'offers.waitingFor', {
          names: names.join(', '),
        });
  return <p data-testid="offer-approvers">{text}</p>;
}
