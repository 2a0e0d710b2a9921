import { useI18n } from '../../i18n/i18n';
import type { ApiData } from '../../api/client';
import { decisionAnchor } from '../decisions/application-decision';
import { Item, ListSection } from './today-page';

type HrDecision = NonNullable<ApiData<'get', '/api/today'>['hrDecisions']>[number];

/**
 * The HR interviews HR should pass or end: the candidate waits on the HR gate, decided on the
 * candidate's page, once the panel has scored (or its scores are late).
 */
export function HrDecisions({ items }: { items: HrDecision[] }) {
  const { t, date } = useI18n();
  return (
    <ListSection name="hrDecisions" count={items.length}>
      {items.map((item) => (
        <Item
          key={item.applicationId}
          href={`/candidates/${item.candidateId}#${decisionAnchor(item.applicationId)}`}
          title={item.candidateName}
          details={`${item.jobTitle} · ${
            item.reason === 'overdue' && item.interviewEndsAt
              ? t('today.hrDecisions.overdue', { date: date(item.interviewEndsAt) })
              : t('today.hrDecisions.scorecards_in')
          }`}
        />
      ))}
    </ListSection>
  );
}
