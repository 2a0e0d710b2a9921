import { useI18n } from '../../i18n/i18n';
import type { ApiData } from '../../api/client';
import { Item, ListSection } from './today-page';

type UserVerdict = NonNullable<ApiData<'get', '/api/today'>['userVerdicts']>[number];

/**
 * The hiring manager's verdicts at the user interview HR has yet to act on: the candidate hears
 * nothing until HR sends the rejection or starts the offer, both from the candidate's page.
 */
export function UserVerdicts({ items }: { items: UserVerdict[] }) {
  const { t, dateTime } = useI18n();
  return (
    <ListSection name="userVerdicts" count={items.length}>
      {items.map((item) => (
        <Item
          key={item.applicationId}
          href={`/candidates/${item.candidateId}`}
          title={
            <>
              <span className={`pill pill--verdict-${item.verdict}`}>
                {t(`today.userVerdicts.${item.verdict}`)}
              </span>{' '}
              {item.candidateName}
            </>
          }
          details={`${item.jobTitle} · ${t('today.userVerdicts.by', {
            name: item.decidedByName,
            date: dateTime(item.decidedAt),
          })}`}
        />
      ))}
    </ListSection>
  );
}
