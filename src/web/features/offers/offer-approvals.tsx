import type { ApiData } from '../../api/client';
import { useI18n } from '../../i18n/i18n';

type Approval = ApiData<'get', '/api/offers/{offerId}'>['approvals'][number];

/** Each approval or rejection: who, which version, when, and why. */
export function OfferApprovals({ approvals }: { approvals: readonly Approval[] }) {
  const { t, dateTime } = useI18n();
  if (approvals.length === 0) return null;
  return (
    <div className="offer-approvals">
      <h4>{t('offers.approvals')}</h4>
      <ul className="decision__history" data-testid="offer-approvals">
        {approvals.map((approval) => (
          <li key={approval.id}>
            {t('offers.approvalEntry', {
              name: approval.approverName,
              decision: t(`offers.approvalDecision.${approval.decision}`),
              n: approval.version,
              when: dateTime(approval.decidedAt),
            })}
            {approval.reason && (
              <>
                {' '}
                <q className="history__note">{approval.reason}</q>
              </>
            )}
          </li>
        ))}
      </ul>
    </div>
  );
}
